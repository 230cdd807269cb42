/**
 * What the root pages (the language chooser `/` and the site-wide `/404.html`) show per locale, and their
 * alternate-language links: absolute URLs, as search engines require, plus `x-default` for the chooser.
 */
import { locales } from './locales.ts';
import { localePath } from './urls.ts';

export interface RootEntry {
	code: string;
	lang: string;
	label: string;
	href: string;
	title: string;
	choose: string;
	suggested: string;
}

export function rootEntries(
	base: string,
	strings: { id: string; data: unknown }[],
	heading: string,
): RootEntry[] {
	return locales.map((l) => {
		const ui = (strings.find((s) => s.id === l.code)?.data ?? {}) as Record<string, string>;
		return {
			code: l.code,
			lang: l.lang,
			label: l.label,
			href: localePath(base, l.code),
			title: l.title,
			choose: ui[heading] ?? '',
			suggested: ui['root.suggested'] ?? '',
		};
	});
}

export function alternates(
	entries: readonly RootEntry[],
	site: URL | undefined,
	self: string,
): { hreflang: string; href: string }[] {
	const abs = (path: string) => (site ? new URL(path, site).href : path);
	return [
		...entries.map((e) => ({ hreflang: e.lang, href: abs(e.href) })),
		{ hreflang: 'x-default', href: abs(self) },
	];
}
