import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';
import { siteSearchRanking } from '../../src/lib/search/ranking.ts';

/**
 * The site's locales, from the one place they are defined (`src/lib/i18n/locales.json`). Tables keyed by
 * locale in the specs are read with `table[locale]!`: a locale added without its entry fails that test.
 */
export const locales = localeCodes;
export type { Locale };

const root = resolve(import.meta.dirname, '../..');

/** A locale's UI strings, read from the source files, so tests never hard-code a translation. */
export function uiStrings(locale: Locale): Record<string, string> {
	return JSON.parse(readFileSync(resolve(root, `src/content/i18n/${locale}.json`), 'utf8'));
}

/** The ids of every section and step of a playbook, from its language-neutral structure. */
export function playbookAnchors(id: string): string[] {
	const data = parse(readFileSync(resolve(root, `src/content/playbooks/${id}.yaml`), 'utf8')) as {
		sections: { id: string; steps: { id: string }[] }[];
	};
	return data.sections.flatMap((s) => [s.id, ...s.steps.map((st) => st.id)]);
}

/** Every playbook, from its structure file in the content (a new playbook is tested without editing this). */
export const playbookIds = readdirSync(resolve(root, 'src/content/playbooks'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -'.yaml'.length));

/** The Japanese font may be missing on a test machine; that never changes behaviour, only glyphs. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu'];

/** One site-search result as Pagefind gives it: the page, its headings that matched, its excerpt. */
export interface SearchHit {
	url: string;
	/** The matching headings' URLs (`…/#step-id`), the most matches first. */
	subUrls: string[];
	/** Without the `<mark>` tags. */
	excerpt: string;
}

/**
 * The top three site-search results for a query, asked of the built site's Pagefind on the open page and
 * ranked as Starlight's search box ranks them (astro.config.mjs, src/lib/search/ranking.ts).
 */
export async function searchTopThree(page: Page, query: string): Promise<SearchHit[]> {
	return page.evaluate(
		async ([q, ranking]) => {
			const base =
				document
					.querySelector<HTMLLinkElement>('link[rel="shortcut icon"]')
					?.href.replace(/favicon\.svg$/, '') ?? '/';
			const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
			await pagefind.options({ ranking });
			const search = await pagefind.search(q);
			const hits: SearchHit[] = [];
			for (const result of search.results.slice(0, 3)) {
				const data = await result.data();
				const subs: { url: string; locations: number[] }[] = [...data.sub_results];
				hits.push({
					url: data.url,
					subUrls: subs
						.sort((a, b) => b.locations.length - a.locations.length)
						.map((sub) => sub.url),
					excerpt: data.excerpt.replace(/<\/?mark>/g, ''),
				});
			}
			return hits;
		},
		[query, siteSearchRanking] as const,
	);
}
