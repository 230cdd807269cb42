/**
 * The permalink registry: every public URL and anchor trainers may have linked to (pages, playbook
 * sections and steps, phrases, tree nodes, training modules), language-neutral, so one entry stands for
 * the same link in every locale. A build that drops one fails its test unless a redirect says where it went.
 */
import type { BuiltPage } from './built-site.ts';

export interface Registry {
	/** Page path without the locale (`playbooks/resolved-method/`) -> anchors on it. */
	pages: Record<string, string[]>;
}

/** `from` -> `to`, each a page path (`playbooks/old/`) or a page path with anchor (`playbooks/x/#old`). */
export type Redirects = Record<string, string>;

/**
 * Pages whose headings are not lasting anchors: the what-changed page's headings are dates, and a date leaves
 * the page when the units changed that day change again. The page itself is a permalink.
 */
const withoutAnchors = new Set(['changes/']);

const linkable = /\sdata-(?:step-id|phrase-id|node-id|module-id)="/;

/** The ids on a page that are meant to be linked to. */
export function anchorsOf(html: string): string[] {
	const ids: string[] = [];
	for (const m of html.matchAll(/<(h2|h3|li|section|article)\b([^>]*)>/g)) {
		const id = /\sid="([^"]+)"/.exec(m[2]!)?.[1];
		// Starlight's own ids (table of contents, skip link target) are not content anchors.
		if (!id || id.startsWith('starlight__') || id === '_top') continue;
		if (m[1] === 'h2' || m[1] === 'h3' || linkable.test(m[2]!)) ids.push(id);
	}
	return [...new Set(ids)].sort();
}

/** Splits `es/phrases/` into locale and language-neutral path; undefined for pages outside a locale. */
function neutral(
	path: string,
	locales: readonly string[],
): { locale: string; page: string } | undefined {
	const [first, ...rest] = path.split('/');
	return first && locales.includes(first) ? { locale: first, page: rest.join('/') } : undefined;
}

export function collect(pages: readonly BuiltPage[], locales: readonly string[]): Registry {
	const out: Record<string, Set<string>> = {};
	for (const p of pages) {
		const n = neutral(p.path, locales);
		if (!n || n.page.startsWith('404/')) continue;
		const set = (out[n.page] ??= new Set());
		if (withoutAnchors.has(n.page)) continue;
		for (const id of anchorsOf(p.html)) set.add(id);
	}
	return {
		pages: Object.fromEntries(
			Object.keys(out)
				.sort()
				.map((k) => [k, [...out[k]!].sort()]),
		),
	};
}

/** Adds what the build has now to what the registry had: entries are never dropped, only redirected. */
export function merge(old: Registry, current: Registry): Registry {
	const pages: Record<string, string[]> = { ...old.pages };
	for (const [page, anchors] of Object.entries(current.pages))
		pages[page] = [...new Set([...(pages[page] ?? []), ...anchors])].sort();
	return {
		pages: Object.fromEntries(
			Object.keys(pages)
				.sort()
				.map((k) => [k, pages[k]!]),
		),
	};
}

export interface PermalinkProblem {
	locale: string;
	link: string;
	message: string;
}

/** Every registered link, in every locale, must still resolve, directly or through a redirect. */
export function checkRegistry(
	registry: Registry,
	pages: readonly BuiltPage[],
	locales: readonly string[],
	redirects: Redirects = {},
): PermalinkProblem[] {
	const built = new Map<string, Set<string>>();
	for (const p of pages) built.set(p.path, new Set(anchorsOf(p.html)));
	const resolves = (locale: string, link: string): boolean => {
		const [page, anchor] = link.split('#') as [string, string | undefined];
		const ids = built.get(`${locale}/${page}`);
		return Boolean(ids && (!anchor || ids.has(anchor)));
	};
	const problems: PermalinkProblem[] = [];
	for (const locale of locales) {
		for (const [page, anchors] of Object.entries(registry.pages)) {
			for (const link of [page, ...anchors.map((a) => `${page}#${a}`)]) {
				if (resolves(locale, link)) continue;
				const target =
					redirects[link] ??
					(link.includes('#') && !resolves(locale, link.split('#')[0]!)
						? redirects[link.split('#')[0]!]
						: undefined);
				if (target && resolves(locale, target)) continue;
				problems.push({
					locale,
					link,
					message: target
						? `redirects to ${target}, which does not exist either`
						: 'no longer exists and has no redirect in permalinks/redirects.json',
				});
			}
		}
	}
	return problems;
}
