/**
 * The translation units of a locale: one per text leaf of every entry (a step's title, each guidance
 * paragraph, a phrase, a UI string or one plural form of it), with its source text, the current translation,
 * its state and the notes a translator needs. The XLIFF export writes these; the import matches them back.
 */
import { pluralCategories } from '../content/validate-ui.ts';
import { leaves } from './leaves.ts';
import { changesOf, entryState, type Entry, type Records } from './status.ts';

/** XLIFF 1.2 target states: missing or left in the source language = new; source changed = needs review. */
export type UnitState = 'new' | 'needs-review-translation' | 'translated';

export interface Unit {
	/** `<entry key>|<field>`, e.g. `phrase:calm-down|text`, `ui:phrases.count|phrases.count_one`. */
	id: string;
	entry: Entry;
	/** The file the translation goes to. */
	file: string;
	field: string;
	source: string;
	sourceLang: string;
	target?: string;
	state: UnitState;
	notes: string[];
}

export const unitId = (key: string, field: string) => `${key}|${field}`;
export const placeholderPattern = /\{\{[^{}]+\}\}|\{[^{}]+\}/g;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The fields a locale translates for one entry, with their source text (plural forms follow the target language). */
function fields(e: Entry, lang: string): [field: string, source: string][] {
	const source = leaves(e.texts(e.source));
	if (e.kind !== 'ui' || !source.some(([f]) => pluralSuffix.test(f)))
		return source.map(([f, t]) => [f, t]);
	const bySuffix = new Map(source.map(([f, t]) => [f.replace(/^.*_/, ''), t]));
	return pluralCategories(lang).map((form) => [
		`${e.entry}_${form}`,
		bySuffix.get(form) ?? bySuffix.get('other')!,
	]);
}

export function translationUnits(
	list: readonly Entry[],
	locale: string,
	records: Records,
	langOf: (l: string) => string,
): Unit[] {
	const units: Unit[] = [];
	for (const e of list) {
		if (e.source === locale) continue;
		const state = entryState(e, locale, records);
		const current = new Map(leaves(e.texts(locale)));
		const changes =
			state === 'outdated'
				? new Map(changesOf(e, locale, records).map((c) => [c.field, c]))
				: new Map();
		for (const [field, source] of fields(e, langOf(locale))) {
			const target = current.get(field);
			const placeholders = [...new Set(source.match(placeholderPattern) ?? [])];
			const notes = [
				`Where: ${e.link ? `/${e.link(locale)}` : 'the site interface'} (${e.file(locale)} › ${e.entry}${field !== e.entry ? ` › ${field}` : ''}).`,
				...(placeholders.length
					? [`Placeholders, keep them as they are: ${placeholders.join(' ')}.`]
					: []),
				...(changes.get(field)?.before !== undefined
					? [`Source before the change: ${changes.get(field).before}`]
					: []),
			];
			const unitState: UnitState =
				state === 'outdated'
					? 'needs-review-translation'
					: state === 'translated' && target !== undefined
						? 'translated'
						: 'new';
			units.push({
				id: unitId(e.key, field),
				entry: e,
				file: e.file(locale),
				field,
				source,
				sourceLang: langOf(e.source),
				target,
				state: unitState,
				notes,
			});
		}
	}
	return units;
}
