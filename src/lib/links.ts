/**
 * Link and anchor check for the built site: every internal link must reach a file, every `#anchor` an
 * element with that id, and a link from one locale's page must stay in that locale unless it says
 * otherwise with `hreflang` (the language picker and the root page do).
 */
import type { BuiltPage } from './built-site.ts';

export interface LinkProblem {
	page: string;
	href: string;
	message: string;
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");

export function checkLinks(
	pages: readonly BuiltPage[],
	files: ReadonlySet<string>,
	base: string,
	locales: readonly string[],
): LinkProblem[] {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const ids = new Map(pages.map((p) => [p.path, idsOf(p.html)]));
	const problems: LinkProblem[] = [];
	for (const page of pages) {
		const pageLocale = page.path.split('/')[0];
		const from = new URL(`http://site${prefix}${page.path}`);
		for (const m of page.html.matchAll(/<a\b([^>]*)>/g)) {
			const attrs = m[1]!;
			const raw = /\shref="([^"]*)"/.exec(attrs)?.[1];
			if (raw === undefined) continue;
			const href = decode(raw);
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('http://site')) continue;
			const url = new URL(href, from);
			if (!url.pathname.startsWith(prefix)) {
				problems.push({
					page: page.path,
					href,
					message: `points outside the site's base path ${prefix}`,
				});
				continue;
			}
			const target = decodeURIComponent(url.pathname.slice(prefix.length));
			const isPage = target === '' || target.endsWith('/');
			const file = isPage ? `${target}index.html` : target;
			if (!files.has(file)) {
				problems.push({ page: page.path, href, message: `no such page or file (${file})` });
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && isPage && !ids.get(target)?.has(anchor))
				problems.push({
					page: page.path,
					href,
					message: `no element with id "${anchor}" on ${target || '/'}`,
				});
			const targetLocale = target.split('/')[0];
			if (
				pageLocale &&
				locales.includes(pageLocale) &&
				targetLocale &&
				locales.includes(targetLocale) &&
				targetLocale !== pageLocale &&
				!/\shreflang="/.test(attrs)
			) {
				problems.push({
					page: page.path,
					href,
					message: `leaves the "${pageLocale}" site for "${targetLocale}" without hreflang`,
				});
			}
		}
	}
	return problems;
}
