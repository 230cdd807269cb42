/** Which language a UI text comes from in a locale: the locale itself, or a language it falls back to. */
import { fallbackChain } from './fallback.ts';

/** The locale itself, or the first language of its chain that has the key. */

export function uiStringLocale(
	data: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
	locale: string,
	key: string,
): string | undefined {
	const has = (code: string) =>
		Object.keys(data[code] ?? {}).some(
			(k) =>
				(k === key || k.replace(/_(zero|one|two|few|many|other)$/, '') === key) &&
				data[code]?.[k] !== undefined,
		);
	return [locale, ...fallbackChain(locale)].find(has);
}

/**
 * Starlight's own strings (search dialog, "On this page", theme select, skip link…) in a locale: Starlight
 * layers its built-in translation of the locale's `lang` with the i18n collection, and i18next falls back to
 * Starlight's `defaultLocale` (our source locale) for a key neither has, e.g. every built-in string of a
 * language Starlight ships no translation for. Returns the `lang` the text is then in, or undefined when the
 * locale has the key itself (or nobody has it, and Starlight shows the key).
 */
export function starlightFallbackLang(
	own: Readonly<Record<string, unknown>> | undefined,
	key: string,
	existsAnywhere: boolean,
	defaultLang: string,
): string | undefined {
	return own?.[key] || !existsAnywhere ? undefined : defaultLang;
}
