/**
 * Packs UI strings for client code: the element reads them from a `data-*` attribute, so no dictionary is
 * bundled into JavaScript and every string stays in the i18n collection. Keys are typed (`UiKey`,
 * `PluralKey`), so a misspelt key fails `astro check` here as it does in `t('…')`.
 */
import type { PluralForms } from './plural.ts';
import type { PluralKey, UiKey, UiStrings } from './ui-strings.ts';

/** One locale's raw strings (templates not filled in), keyed by the site's own keys only. */
export type UiDictionary = Partial<UiStrings>;

/**
 * The raw strings of the page's locale. Starlight types `t.all()` with an index signature of `unknown`,
 * under which any key, misspelt or not, type-checks; this narrows it to the site's keys, in one place.
 */
export const uiDictionary = (t: App.Locals['t']): UiDictionary => t.all() as UiDictionary;

/** The rest of every key that starts with `P`: `'training.'` -> `'break' | 'total' | …`. */
type KeysUnder<P extends string> = UiKey extends infer K
	? K extends `${P}${infer Rest}`
		? Rest
		: never
	: never;

export function pickStrings<P extends string, K extends KeysUnder<P>>(
	dictionary: UiDictionary,
	prefix: P,
	keys: readonly K[],
): Record<K, string> {
	return Object.fromEntries(
		keys.map((k) => [k, dictionary[`${prefix}${k}` as UiKey] ?? '']),
	) as Record<K, string>;
}

/** The plural forms of one key, e.g. `phrases.resultCount` -> `{ one: …, few: …, other: … }`. */
export function pluralForms(dictionary: UiDictionary, key: PluralKey): PluralForms {
	const forms: PluralForms = {};
	for (const [k, v] of Object.entries(dictionary)) {
		const m = /_(zero|one|two|few|many|other)$/.exec(k);
		if (m && v !== undefined && k.slice(0, m.index) === key) forms[m[1] as keyof PluralForms] = v;
	}
	return forms;
}
