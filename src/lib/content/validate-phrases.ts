/** Checks the phrase collection: ids, tags, references, per-locale texts and placeholders. */
import { malformedBraces, placeholderKeysOf } from '../phrases/placeholders.ts';
import type { ContentIssue } from './issues.ts';
import { byKey, byListId, fromZodIssues, noStep, suggest, unknownRefs } from './issues.ts';
import type { RawContent } from './load.ts';
import { phraseGroupSchema, phraseTextsSchema, type Phrase, type PhraseTexts } from './schemas.ts';
import { placeholderKeys } from './taxonomy.ts';

export interface PhraseCheck {
	issues: ContentIssue[];
	phrases: Phrase[];
}

export function checkPhrases(
	content: RawContent,
	locales: readonly string[],
	sourceLocale: string,
	stepRefs: ReadonlySet<string>,
	required: (locale: string) => boolean = () => true,
): PhraseCheck {
	const issues: ContentIssue[] = [];
	const phrases: Phrase[] = [];
	const fileOf = new Map<string, string>();
	const groupOf = new Map<string, string>();
	const knownSteps = [...stepRefs];

	for (const file of content.phrases) {
		const parsed = phraseGroupSchema.safeParse(file.data);
		if (!parsed.success) {
			issues.push(
				...fromZodIssues(file.file, parsed.error, byListId(file.data), phraseGroupSchema),
			);
			continue;
		}
		for (const phrase of parsed.data) {
			const first = fileOf.get(phrase.id);
			if (first) {
				issues.push({
					file: file.file,
					entry: phrase.id,
					field: 'id',
					message: `duplicate phrase id: "${phrase.id}" is already used in ${first}. Phrase ids must be unique across all phrase files.`,
				});
				continue;
			}
			fileOf.set(phrase.id, file.file);
			groupOf.set(phrase.id, file.name);
			phrases.push(phrase);
			issues.push(...unknownRefs(file.file, phrase.id, 'steps', phrase.steps, knownSteps, noStep));
		}
	}
	const ids = phrases.map((p) => p.id);
	for (const phrase of phrases) {
		const file = fileOf.get(phrase.id)!;
		if (phrase.avoid && !phrase.alternatives?.length) {
			issues.push({
				file,
				entry: phrase.id,
				field: 'alternatives',
				message: 'an avoid-entry must name at least one better phrase to say instead.',
			});
		}
		phrase.alternatives?.forEach((alt, i) => {
			if (!ids.includes(alt))
				issues.push({
					file,
					entry: phrase.id,
					field: `alternatives.${i}`,
					ref: alt,
					message: `there is no phrase "${alt}".${suggest(alt, ids)}`,
				});
			else if (phrases.find((p) => p.id === alt)?.avoid)
				issues.push({
					file,
					entry: phrase.id,
					field: `alternatives.${i}`,
					message: `"${alt}" is itself an avoid-entry; point to a phrase to say instead.`,
				});
		});
	}

	// Texts: each locale has a file per group with exactly that group's ids.
	const textsBy = new Map<string, Map<string, PhraseTexts[string]>>();
	for (const locale of locales) {
		const files = content.phraseTexts.get(locale) ?? [];
		const all = new Map<string, PhraseTexts[string]>();
		textsBy.set(locale, all);
		for (const group of content.phrases) {
			const texts = files.find((f) => f.name === group.name);
			const path = `src/content/phrase-texts/${locale}/${group.name}.yaml`;
			const groupIds = phrases.filter((p) => groupOf.get(p.id) === group.name).map((p) => p.id);
			if (!texts) {
				if (required(locale))
					issues.push({
						file: path,
						message: `the "${locale}" texts of the phrase group "${group.name}" are missing (${groupIds.length} phrases).`,
					});
				continue;
			}
			const parsed = phraseTextsSchema.safeParse(texts.data);
			if (!parsed.success) {
				issues.push(...fromZodIssues(texts.file, parsed.error, byKey(1), phraseTextsSchema));
				continue;
			}
			for (const id of groupIds) {
				const entry = parsed.data[id];
				if (!entry) {
					if (required(locale))
						issues.push({
							file: texts.file,
							entry: id,
							message: `the phrase "${id}" is missing in "${locale}" (defined in ${group.file}). Add its text.`,
						});
					continue;
				}
				all.set(id, entry);
				const phrase = phrases.find((p) => p.id === id)!;
				if (phrase.avoid && !entry.why)
					issues.push({
						file: texts.file,
						entry: id,
						field: 'why',
						message: 'an avoid-entry needs a "why": one or two sentences on why it backfires.',
					});
				if (malformedBraces(entry.text))
					issues.push({
						file: texts.file,
						entry: id,
						field: 'text',
						message:
							'a brace that is not a placeholder: write placeholders as {key} or {key|fallback}, e.g. {orderNumber}.',
					});
				for (const key of placeholderKeysOf(entry.text)) {
					if (!(placeholderKeys as readonly string[]).includes(key)) {
						issues.push({
							file: texts.file,
							entry: id,
							field: 'text',
							message: `unknown placeholder {${key}}. Placeholders are never translated; use one of ${placeholderKeys.map((k) => `{${k}}`).join(', ')}.${suggest(key, placeholderKeys)}`,
						});
					}
				}
			}
			for (const id of Object.keys(parsed.data)) {
				if (!groupIds.includes(id))
					issues.push({
						file: texts.file,
						entry: id,
						ref: id,
						message: `there is no phrase "${id}" in ${group.file}. Ids are never translated.${suggest(id, groupIds)}`,
					});
			}
		}
	}

	// A file that is no phrase group (a backup such as calming-old.yaml) would be merged over the real texts.
	for (const [, files] of content.phraseTexts) {
		for (const f of files) {
			if (content.phrases.some((g) => g.name === f.name)) continue;
			const groups = content.phrases.map((g) => g.name);
			const copyOf = groups.find((g) => f.name.startsWith(g) || f.name.endsWith(g));
			const hint = copyOf ? ` Did you mean "${copyOf}"? (a copy of it?)` : suggest(f.name, groups);
			issues.push({
				file: f.file,
				message: `there is no phrase group "${f.name}" in src/content/phrases/, so the site would merge these texts over the real ones. Remove the file (backups belong outside src/content/) or rename it to its group.${hint}`,
			});
		}
	}

	// Placeholders: every locale uses exactly the keys of the source locale.
	const source = textsBy.get(sourceLocale);
	for (const locale of locales) {
		if (locale === sourceLocale || !source) continue;
		for (const [id, entry] of textsBy.get(locale) ?? []) {
			const src = source.get(id);
			if (!src) continue;
			const want = placeholderKeysOf(src.text).sort();
			const have = placeholderKeysOf(entry.text).sort();
			if (want.join() !== have.join()) {
				const missing = want.filter((k) => !have.includes(k)).map((k) => `{${k}}`);
				const extra = have.filter((k) => !want.includes(k)).map((k) => `{${k}}`);
				const parts = [
					missing.length && `missing ${missing.join(', ')}`,
					extra.length && `unexpected ${extra.join(', ')}`,
				].filter(Boolean);
				issues.push({
					file: `src/content/phrase-texts/${locale}/${groupOf.get(id)}.yaml`,
					entry: id,
					field: 'text',
					message: `placeholders differ from the source (${sourceLocale}): ${parts.join('; ')}. Keep the same {keys} as the source; only the words around them are translated.`,
				});
			}
		}
	}
	return { issues, phrases };
}
