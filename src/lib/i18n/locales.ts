/**
 * The site's locales, defined once in `locales.json` (data, so `npm run i18n:add-locale` can register a
 * language without anyone editing code). Astro config, content checks, pages and tests all read it here.
 */
import raw from './locales.json' with { type: 'json' };
import { parseLocalesConfig } from './locales-config.ts';

const config = parseLocalesConfig(raw);

export interface LocaleInfo {
	/** URL segment and content folder name. */
	code: string;
	/** BCP-47 tag used for `<html lang>` and `lang` attributes. */
	lang: string;
	/** The language's own name, shown in the language picker. */
	label: string;
	/** The site's name in this language. */
	title: string;
	/**
	 * `complete`: every entry must be translated, a gap fails the build. `partial`: a language being added;
	 * missing entries fall back to the source language with a visible notice.
	 */
	status: 'complete' | 'partial';
	/**
	 * Languages to show, in order, where this one lacks a text (see fallback.ts); the source language is
	 * always the last resort. E.g. `["es"]` for a language whose readers understand Spanish best.
	 */
	fallback?: string[];
}

export const locales: readonly LocaleInfo[] = config.locales;

export type Locale = string;

/** The language UI strings, phrases and the escalation tree are written in first. */
export const sourceLocale: Locale = config.source;

export const localeCodes: readonly Locale[] = locales.map((l) => l.code);

export function isLocale(value: string | undefined): value is Locale {
	return value !== undefined && localeCodes.includes(value);
}

export function localeInfo(code: Locale): LocaleInfo {
	const info = locales.find((l) => l.code === code);
	if (!info) throw new Error(`Unknown locale "${code}"`);
	return info;
}

/** The BCP-47 tag of a locale; codes that are not (or not yet) site locales are taken as tags themselves. */
export function langOf(code: string): string {
	return locales.find((l) => l.code === code)?.lang ?? code;
}

export const partialLocales: readonly Locale[] = locales
	.filter((l) => l.status === 'partial')
	.map((l) => l.code);
