/**
 * Packs UI strings for client code: the element reads them from a `data-*` attribute, so no dictionary is
 * bundled into JavaScript and every string stays in the i18n collection. In a language being added a string
 * may come from further down the fallback chain (de → es → ro); client code cannot see that from the text,
 * so each pack has a parallel map of the languages that differ from the page's (`data-<name>-lang`), and
 * client renderers set that `lang` on the element that shows the string (ui-text.ts).
 */
import { stripMarks, wholeLang } from './lang-marks.ts';
import { langOf } from './locales.ts';
import type { PluralForms } from './plural.ts';
import { uiStringLocale } from './ui-fallback-lang.ts';
import type { PluralKey, UiKey, UiStrings } from './ui-strings.ts';

/** One locale's raw strings (templates not filled in), keyed by the site's own keys only. */
export type UiDictionary = Partial<UiStrings>;

/**
 * The raw strings of the page's locale. Starlight types `t.all()` with an index signature of `unknown`,
 * under which any key, misspelt or not, type-checks; this narrows it to the site's keys, in one place.
 */
export const uiDictionary = (t: App.Locals['t']): UiDictionary => t.all() as UiDictionary;

type Dictionaries = Readonly<Record<string, Readonly<Record<string, unknown>>>>;
/** The page's `t` (the fallback middleware's in a partial locale, which marks a string that fell back). */
type Translate = (key: UiKey) => string;
/** The keys under `prefix` ("phrases." -> "copy" | "copied" | …), so a misspelt key fails `astro check`. */
type KeysUnder<P extends string> = UiKey extends infer U
	? U extends `${P}${infer Rest}`
		? Rest
		: never
	: never;

/** A UI string as client code receives it: the text, and its `lang` when that is not the page's. */
export interface UiText {
	text: string;
	lang?: string;
}

/** A string from `t` split into its text and, when it fell back as a whole, the language it is written in. */
export function uiText(marked: string): UiText {
	const lang = wholeLang(marked);
	return lang ? { text: stripMarks(marked), lang } : { text: stripMarks(marked) };
}

/** The strings `prefix + key` for client code, with the languages of those that fell back. */
export function pickStrings<P extends string, K extends KeysUnder<P>>(
	t: Translate,
	prefix: P,
	keys: readonly K[],
): { text: Record<K, string>; lang: Partial<Record<K, string>> } {
	const text = {} as Record<K, string>;
	const lang: Partial<Record<K, string>> = {};
	for (const k of keys) {
		const found = uiText(t(`${prefix}${k}` as UiKey));
		text[k] = found.text;
		if (found.lang) lang[k] = found.lang;
	}
	return { text, lang };
}

/**
 * The plural forms of one key (`phrases.resultCount` -> `{ one: …, few: …, other: … }`) in the first
 * language of `locale`'s chain that has them, and that language's `lang` when it is not `locale`'s: the
 * client picks the form with that language's plural rules ("{{count}} фразы" follows Russian rules).
 */
export function pluralForms(
	dictionaries: Dictionaries,
	locale: string,
	key: PluralKey,
): { forms: PluralForms; lang?: string } {
	const from = uiStringLocale(dictionaries, locale, key) ?? locale;
	const forms: PluralForms = {};
	for (const [k, v] of Object.entries(dictionaries[from] ?? {})) {
		const m = /_(zero|one|two|few|many|other)$/.exec(k);
		if (m && typeof v === 'string' && k.slice(0, m.index) === key)
			forms[m[1] as keyof PluralForms] = v;
	}
	return from === locale ? { forms } : { forms, lang: langOf(from) };
}
