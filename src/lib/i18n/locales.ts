/**
 * The site's locales, defined once. Everything else (Astro config, content checks, tests) imports this list,
 * so adding a language starts here.
 */
export interface LocaleInfo {
	/** URL segment and content folder name. */
	code: string;
	/** BCP-47 tag used for `<html lang>` and `lang` attributes. */
	lang: string;
	/** The language's own name, shown in the language picker. */
	label: string;
}

export const locales = [
	{ code: 'ro', lang: 'ro', label: 'Română' },
	{ code: 'ja', lang: 'ja', label: '日本語' },
	{ code: 'ru', lang: 'ru', label: 'Русский' },
	{ code: 'es', lang: 'es', label: 'Español' },
	{ code: 'el', lang: 'el', label: 'Ελληνικά' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof locales)[number]['code'];

/** The locale UI strings are written in first; other locales are checked against it. */
export const sourceLocale: Locale = 'ro';

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

export function isLocale(value: string | undefined): value is Locale {
	return value !== undefined && (localeCodes as readonly string[]).includes(value);
}

export function localeInfo(code: Locale): LocaleInfo {
	const info = locales.find((l) => l.code === code);
	if (!info) throw new Error(`Unknown locale "${code}"`);
	return info;
}
