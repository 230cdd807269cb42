/**
 * One fallback chain per locale, configured in `locales.json` (`"fallback": ["es"]` for German reads
 * de → es → ro): whatever a locale lacks is taken from the first language of its chain that has it. Every
 * kind of content (playbooks, phrases, the tree, training, techniques, UI strings) asks this module, so a
 * reader never sees one part of a page in Spanish and the next in Japanese for no reason they can tell.
 */
import { locales, sourceLocale } from './locales.ts';

/** The languages tried after `locale` itself, in order; always ends with the site's source language. */
export function fallbackChain(locale: string, config = locales, source = sourceLocale): string[] {
	const chain: string[] = [];
	const visit = (code: string) => {
		const info = config.find((l) => l.code === code);
		for (const next of info?.fallback ?? []) {
			if (!config.some((l) => l.code === next))
				throw new Error(
					`src/lib/i18n/locales.json › locale "${code}" › fallback: "${next}" is not a locale of the site (${config.map((l) => l.code).join(', ')}).`,
				);
			if (next === locale || chain.includes(next)) continue;
			chain.push(next);
			visit(next);
		}
	};
	visit(locale);
	if (locale !== source && !chain.includes(source)) chain.push(source);
	return chain;
}

/**
 * The locale whose text is shown for one entry: `locale` itself when it has the entry, else the first
 * language of its chain that has it, else `last` (a playbook's own source language, which always has it).
 */
export function textLocale(
	locale: string,
	has: (code: string) => boolean,
	last?: string,
): string | undefined {
	return [locale, ...fallbackChain(locale), ...(last ? [last] : [])].find(has);
}

/**
 * Merges per-entry dictionaries along the chain: each id takes its text from the first language that has it.
 * `from` says which language each id came from (absent for the locale's own texts).
 */
export function layered<T>(
	locale: string,
	dictOf: (code: string) => Readonly<Record<string, T>> | undefined,
): { texts: Record<string, T>; from: Record<string, string> } {
	const texts: Record<string, T> = {};
	const from: Record<string, string> = {};
	for (const code of [locale, ...fallbackChain(locale)]) {
		for (const [id, value] of Object.entries(dictOf(code) ?? {})) {
			if (id in texts || value === undefined) continue;
			texts[id] = value;
			if (code !== locale) from[id] = code;
		}
	}
	return { texts, from };
}
