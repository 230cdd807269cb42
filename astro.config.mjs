// @ts-check
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { stepSearch } from './src/integrations/step-search.ts';
import { siteSearchRanking } from './src/lib/search/ranking.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { localisation } from './src/lib/i18n/integration.ts';
import { locales, sourceLocale } from './src/lib/i18n/locales.ts';
import { offline } from './src/offline/integration.ts';

// Renamed pages keep working: permalinks/redirects.json maps old language-neutral paths to new ones
// (anchor redirects, "page/#old", are applied in the browser by src/components/AnchorRedirects.astro).
const redirects = JSON.parse(
	readFileSync(new URL('./permalinks/redirects.json', import.meta.url), 'utf8'),
);
const pageRedirects = Object.fromEntries(
	Object.entries(redirects)
		.filter(([from, to]) => !from.includes('#') && !to.includes('#'))
		.flatMap(([from, to]) => locales.map((l) => [`/${l.code}/${from}`, `/${l.code}/${to}`])),
);

// A sub-path deployment (company intranet, GitHub Pages…) sets BASE_PATH; the default serves from the root.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site: process.env.SITE_URL || 'https://playbooks.example.com',
	base,
	trailingSlash: 'always',
	redirects: pageRedirects,
	// Starlight turns on Astro's prefetch of every link. Its MutationObserver walks every link of the page three
	// times whenever nodes are added, and the phrase finder adds a list of results on each keystroke: on the
	// phrases pages it was the largest script cost at load (Lighthouse: ~330 ms of CPU, mobile throttling).
	// Pages of the agent's locale are in the offline cache after the first visit, so prefetch gains little.
	prefetch: false,
	integrations: [
		contentCheck(),
		starlight({
			title: Object.fromEntries(locales.map((l) => [l.code, l.title])),
			defaultLocale: sourceLocale,
			locales: Object.fromEntries(locales.map((l) => [l.code, { label: l.label, lang: l.lang }])),
			// Overrides of Starlight's own components, kept apart from ours in src/components/starlight/.
			components: {
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
				// Guarded against blocked storage and foreign stored values; labels as text.
				ThemeProvider: './src/components/starlight/ThemeProvider.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
				Search: './src/components/starlight/search/Search.astro',
			},
			customCss: ['./src/styles/site.css'],
			lastUpdated: false,
			// src/pages/404.astro replaces Starlight's: no canonical to a page that does not exist, noindex.
			disable404Route: true,
			// The agents' words for a step outrank a word that merely occurs in another step's text.
			pagefind: { ranking: siteSearchRanking },
		}),
		// Our own sitemap (Starlight adds one only when there is none): the root language chooser is not a
		// "ro" page (it would be a second hreflang="ro"), and "page not found" pages are not for indexing.
		sitemap({
			filter: (page) =>
				new URL(page).pathname !== base && !/\/404\/?$/.test(new URL(page).pathname),
			i18n: {
				defaultLocale: sourceLocale,
				locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
			},
		}),
		localisation(),
		linkCheck(),
		// Last, so it sees the final HTML of every page.
		contentSecurityPolicy(),
		// After Starlight's Pagefind run (it indexes again, adding one record per playbook step) and before the
		// offline worker lists the search files it precaches.
		stepSearch(),
		// After the CSP, so the service workers precache the final pages.
		offline(),
	],
});
