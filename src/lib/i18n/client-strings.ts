/**
 * Packs UI strings for client code: the element reads them from a `data-*` attribute, so no dictionary is
 * bundled into JavaScript and every string stays in the i18n collection.
 */
import type { PluralForms } from './plural.ts';

type Dictionary = Record<string, string>;

export function pickStrings<K extends string>(
	dictionary: Dictionary,
	prefix: string,
	keys: readonly K[],
): Record<K, string> {
	return Object.fromEntries(keys.map((k) => [k, dictionary[`${prefix}${k}`] ?? ''])) as Record<
		K,
		string
	>;
}

/** The plural forms of one key, e.g. `phrases.resultCount` -> `{ one: …, few: …, other: … }`. */
export function pluralForms(dictionary: Dictionary, key: string): PluralForms {
	const forms: PluralForms = {};
	for (const [k, v] of Object.entries(dictionary)) {
		const m = /_(zero|one|two|few|many|other)$/.exec(k);
		if (m && k.slice(0, m.index) === key) forms[m[1] as keyof PluralForms] = v;
	}
	return forms;
}
