/**
 * Locale-aware URLs. Every page lives at `<base>/<locale>/…`, with identical paths and anchors in every
 * locale, so switching language is a matter of swapping one path segment.
 */
import type { Locale } from './locales.ts';

/** Joins the deployment base (`/` or `/intranet/help/`) with a site path (`ja/phrases/`). */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return b + path.replace(/^\/+/, '');
}

/** The URL of a site page in a locale: `localePath('/', 'ja', 'playbooks/resolved-method/')`. */
export function localePath(base: string, locale: Locale, path = ''): string {
	return withBase(base, `${locale}/${path.replace(/^\/+/, '')}`);
}

/**
 * The same page in another locale. Returns undefined when the path is not inside a locale (e.g. the root
 * language chooser), so callers can fall back to that locale's home page.
 */
export function switchLocale(
	pathname: string,
	base: string,
	locales: readonly string[],
	to: string,
): string | undefined {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(prefix)) return undefined;
	const rest = pathname.slice(prefix.length);
	const [first, ...tail] = rest.split('/');
	if (!first || !locales.includes(first)) return undefined;
	return prefix + [to, ...tail].join('/');
}
