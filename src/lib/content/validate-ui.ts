/**
 * Checks the UI strings (`src/content/i18n/<locale>.json`): every locale has every key of the source locale,
 * no key the source lacks, and exactly the plural forms its language needs (i18next `_one`, `_few`… suffixes,
 * decided by `Intl.PluralRules`, so Russian needs one/few/many/other and Japanese only other).
 */
import { suggest, type ContentIssue } from './issues.ts';
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

/** i18next interpolation variables of a string: `{{count}}`, `{{- name}}`, `{{amount, number}}` -> count, name, amount. */
export function interpolationVariables(text: string): string[] {
	return [...new Set([...text.matchAll(/\{\{-?\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]!))];
}

/**
 * Variables must be the source's (as Weblate's and Crowdin's default checks require): a translated name such
 * as {{cuenta}} is never filled in and shows raw on the page. A singular form may leave out {{count}}
 * ("одна фраза"); every other variable must stay.
 */
function checkVariables(
	path: string,
	key: string,
	value: string,
	sourceValues: readonly string[],
	sourceFile: string,
): ContentIssue[] {
	if (!sourceValues.length) return [];
	const expected = [...new Set(sourceValues.flatMap(interpolationVariables))];
	const found = interpolationVariables(value);
	const issues: ContentIssue[] = [];
	for (const v of found.filter((x) => !expected.includes(x)))
		issues.push({
			file: path,
			entry: key,
			message: `unknown i18next variable {{${v}}}: variables are never translated; use the source's ${expected.length ? expected.map((x) => `{{${x}}}`).join(', ') : 'text without variables'} (see ${sourceFile}).${suggest(v, expected)}`,
		});
	const optional = /_(zero|one|two)$/.test(key) ? ['count'] : [];
	const missing = expected.filter((x) => !found.includes(x) && !optional.includes(x));
	if (missing.length)
		issues.push({
			file: path,
			entry: key,
			message: `the i18next variable(s) ${missing.map((x) => `{{${x}}}`).join(', ')} of the source are missing; keep them exactly as in ${sourceFile}.`,
		});
	return issues;
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
	if (!source)
		return [
			{
				file: `src/content/i18n/${sourceLocale}.json`,
				message: 'the source UI strings are missing.',
			},
		];
	const strings = (data: unknown) =>
		data && typeof data === 'object' && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: {};
	const src = shape(Object.keys(strings(source.data)));

	for (const locale of locales) {
		const file = content.ui.get(locale);
		const path = `src/content/i18n/${locale}.json`;
		if (!file) {
			if (required(locale))
				issues.push({ file: path, message: `the UI strings of "${locale}" are missing.` });
			continue;
		}
		const data = strings(file.data);
		for (const [key, value] of Object.entries(data)) {
			if (typeof value !== 'string' || !value.trim())
				issues.push({ file: path, entry: key, message: 'the value must be a non-empty text.' });
		}
		const sourceData = strings(source.data);
		for (const [key, value] of Object.entries(data)) {
			if (typeof value !== 'string' || locale === sourceLocale) continue;
			const m = pluralSuffix.exec(key);
			const base = m ? key.slice(0, m.index) : key;
			const sourceValues = Object.entries(sourceData)
				.filter(([k]) => k === key || (m && k.replace(pluralSuffix, '') === base))
				.map(([, v]) => String(v));
			issues.push(...checkVariables(path, key, value, sourceValues, source.file));
		}
		const have = shape(Object.keys(data));
		for (const key of src.plain) {
			if (required(locale) && !have.plain.has(key))
				issues.push({
					file: path,
					entry: key,
					message: `the UI string "${key}" is missing in "${locale}". Add it (see ${source.file}).`,
				});
		}
		for (const key of have.plain) {
			if (src.plural.has(key))
				issues.push({
					file: path,
					entry: key,
					message: `"${key}" is a plural string in the source: write it as ${pluralCategories(
						langOf(locale),
					)
						.map((f) => `${key}_${f}`)
						.join(', ')} (the forms "${locale}" needs).`,
				});
			else if (!src.plain.has(key))
				issues.push({
					file: path,
					entry: key,
					message: `"${key}" does not exist in the source UI strings (${source.file}): remove it or fix its spelling.`,
				});
		}
		const needed = pluralCategories(langOf(locale));
		for (const base of src.plural.keys()) {
			const forms = have.plural.get(base) ?? new Set();
			// A language being added may leave a plural string out entirely (it falls back), but not half of it.
			if (!required(locale) && forms.size === 0) continue;
			for (const form of needed) {
				if (!forms.has(form))
					issues.push({
						file: path,
						entry: `${base}_${form}`,
						message: `the plural form "${form}" of "${base}" is missing: "${locale}" needs ${needed.map((f) => `${base}_${f}`).join(', ')}.`,
					});
			}
			for (const form of forms) {
				if (!needed.includes(form))
					issues.push({
						file: path,
						entry: `${base}_${form}`,
						message: `"${locale}" has no plural form "${form}"; remove this key (it needs ${needed.join(', ')}).`,
					});
			}
		}
		for (const base of have.plural.keys()) {
			if (!src.plural.has(base))
				issues.push({
					file: path,
					entry: base,
					message: `the plural key "${base}" does not exist in the source UI strings (${source.file}).`,
				});
		}
	}
	return issues;
}
