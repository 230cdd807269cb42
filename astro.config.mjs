// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { locales, sourceLocale } from './src/lib/i18n/locales.ts';

// A sub-path deployment (company intranet, GitHub Pages…) sets BASE_PATH; the default serves from the root.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site: process.env.SITE_URL || 'https://playbooks.example.com',
	base,
	trailingSlash: 'always',
	integrations: [
		contentCheck(),
		starlight({
			title: Object.fromEntries(locales.map((l) => [l.code, l.title])),
			defaultLocale: sourceLocale,
			locales: Object.fromEntries(locales.map((l) => [l.code, { label: l.label, lang: l.lang }])),
			components: {
				LanguageSelect: './src/components/LanguageSelect.astro',
				Search: './src/components/Search.astro',
			},
			customCss: ['./src/styles/site.css'],
			lastUpdated: false,
			pagefind: true,
		}),
		linkCheck(),
		// Last, so it sees the final HTML of every page.
		contentSecurityPolicy(),
	],
});
