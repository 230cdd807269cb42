/**
 * Checks the UI strings (`src/content/i18n/<locale>.json`): every locale has every key of the source locale,
 * no key the source lacks, and exactly the plural forms its language needs (i18next `_one`, `_few`… suffixes,
 * decided by `Intl.PluralRules`, so Russian needs one/few/many/other and Japanese only other).
 */
import type { ContentIssue } from './issues.ts';
import type { RawContent } from './load.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

export function pluralCategories(lang: string): string[] {
	return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
}

/** Splits keys into plain keys and plural bases (`phrases.count_one` -> `phrases.count`). */
function shape(keys: readonly string[]) {
	const plain = new Set<string>();
	const plural = new Map<string, Set<string>>();
	for (const key of keys) {
		const m = pluralSuffix.exec(key);
		if (m) {
			const base = key.slice(0, m.index);
			if (!plural.has(base)) plural.set(base, new Set());
			plural.get(base)!.add(m[1]!);
		} else plain.add(key);
	}
	return { plain, plural };
}

export function checkUiStrings(
	content: RawContent,
	locales: readonly string[],
	sourceLocale: string,
	langOf: (locale: string) => string = (l) => l,
	required: (locale: string) => boolean = () => true,
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const source = content.ui.get(sourceLocale);
	if (!source) return [{ file: `src/content/i18n/${sourceLocale}.json`, message: 'the source UI strings are missing.' }];
	const strings = (data: unknown) => (data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {});
	const src = shape(Object.keys(strings(source.data)));

	for (const locale of locales) {
		const file = content.ui.get(locale);
		const path = `src/content/i18n/${locale}.json`;
		if (!file) {
			if (required(locale)) issues.push({ file: path, message: `the UI strings of "${locale}" are missing.` });
			continue;
		}
		const data = strings(file.data);
		for (const [key, value] of Object.entries(data)) {
			if (typeof value !== 'string' || !value.trim()) issues.push({ file: path, entry: key, message: 'the value must be a non-empty text.' });
		}
		const have = shape(Object.keys(data));
		for (const key of src.plain) {
			if (required(locale) && !have.plain.has(key)) issues.push({ file: path, entry: key, message: `the UI string "${key}" is missing in "${locale}". Add it (see ${source.file}).` });
		}
		for (const key of have.plain) {
			if (!src.plain.has(key) && !src.plural.has(key)) issues.push({ file: path, entry: key, message: `"${key}" does not exist in the source UI strings (${source.file}): remove it or fix its spelling.` });
		}
		const needed = pluralCategories(langOf(locale));
		for (const base of src.plural.keys()) {
			const forms = have.plural.get(base) ?? new Set();
			// A language being added may leave a plural string out entirely (it falls back), but not half of it.
			if (!required(locale) && forms.size === 0) continue;
			for (const form of needed) {
				if (!forms.has(form)) issues.push({ file: path, entry: `${base}_${form}`, message: `the plural form "${form}" of "${base}" is missing: "${locale}" needs ${needed.map((f) => `${base}_${f}`).join(', ')}.` });
			}
			for (const form of forms) {
				if (!needed.includes(form)) issues.push({ file: path, entry: `${base}_${form}`, message: `"${locale}" has no plural form "${form}"; remove this key (it needs ${needed.join(', ')}).` });
			}
		}
		for (const base of have.plural.keys()) {
			if (!src.plural.has(base)) issues.push({ file: path, entry: base, message: `the plural key "${base}" does not exist in the source UI strings (${source.file}).` });
		}
	}
	return issues;
}
