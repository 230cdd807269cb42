/**
 * Metadata, language and no-JavaScript fixes over the real built site (dist/): what the W3C checker,
 * a metadata crawl and Lighthouse found, each kept fixed by a check here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inlineScriptsIn } from '../../src/integrations/csp';
import { builtFiles, builtPages } from '../../src/lib/built-site';
import { inlineScripts } from '../../src/lib/csp';
import { expect, test } from './fixtures';
import { locales, uiStrings } from './support';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const html = (path: string) => readFileSync(join(dist, path), 'utf8');
const head = (page: string) => page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

test.describe('metadata of the built site', () => {
	test.skip(!existsSync(dist), 'run npm run build first');

	test('the sitemap lists each URL once per language, without the root chooser or 404 pages', () => {
		const sitemap = builtFiles(dist)
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.map(html)
			.join('');
		const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
		expect(urls.length).toBeGreaterThan(50);
		for (const url of urls) {
			const langs = [...url.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]);
			expect(new Set(langs).size, url).toBe(langs.length);
			expect(url).not.toMatch(/<loc>[^<]*\/404\/<\/loc>/);
		}
		expect(sitemap).not.toMatch(/<loc>https?:\/\/[^/<]+\/<\/loc>/);
	});

	test('the root page has absolute hreflang links, x-default and a canonical', () => {
		const h = head(html('index.html'));
		expect(h).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/">/);
		for (const l of [...locales.map((l) => l as string), 'x-default'])
			expect(h).toMatch(new RegExp(`<link rel="alternate" hreflang="${l}" href="https?://[^"]+">`));
		expect(h).not.toMatch(/hreflang="[^"]+" href="\//);
	});

	test('"page not found" pages are not indexed and have no canonical to a missing page', () => {
		const root404 = head(html('404.html'));
		expect(root404).toMatch(/<meta name="robots" content="noindex"\/?>/);
		expect(root404).not.toContain('rel="canonical"');
		for (const l of locales)
			expect(head(html(`${l}/404/index.html`)), l).toMatch(
				/<meta name="robots" content="noindex"\/?>/,
			);
	});

	test('every page declares its charset first and forbids framing in _headers', () => {
		for (const file of builtFiles(dist).filter((f) => f.endsWith('.html'))) {
			expect(html(file), file).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8">/i);
		}
		expect(html('_headers')).toMatch(/Content-Security-Policy: frame-ancestors 'none'/);
	});

	test('inline-script hashes cover only the scripts components emit', () => {
		const componentInline = new Set([
			...inlineScriptsIn(join(root, 'src')),
			...inlineScriptsIn(join(root, 'node_modules/@astrojs/starlight/dist')),
		]);
		// A component's bundled script is the same on every locale's version of a page; content never is.
		const pages = builtPages(dist);
		const byLocale = new Map<string, Set<string>>();
		for (const p of pages) {
			const locale = p.path.split('/')[0]!;
			if (!(locales as readonly string[]).includes(locale)) continue;
			const set = byLocale.get(locale) ?? new Set();
			for (const s of inlineScripts(p.html)) set.add(s);
			byLocale.set(locale, set);
		}
		const all = [...new Set([...byLocale.values()].flatMap((s) => [...s]))];
		for (const script of all) {
			const everywhere = [...byLocale.values()].every((s) => s.has(script));
			expect(componentInline.has(script) || everywhere, script.slice(0, 120)).toBe(true);
		}
		for (const p of pages) {
			const policy = /content-security-policy" content="([^"]+)"/.exec(p.html)?.[1] ?? '';
			const hashes = /script-src ([^;]+)/.exec(policy)?.[1]?.match(/'sha256-[^']+'/g) ?? [];
			const allowed = new Set(inlineScripts(p.html).map(sha));
			for (const h of hashes) expect(allowed.has(h), `${p.path}: ${h}`).toBe(true);
		}
	});

	test('the phrase search box is a text combobox (ARIA in HTML forbids role=combobox on type=search)', () => {
		const page = html('es/phrases/index.html');
		expect(page).toMatch(/<input id="phrase-search" type="text" role="combobox"/);
	});

	test('text in another language carries its own lang', () => {
		const ja = html('ja/playbooks/resolved-method/index.html');
		expect(ja).toMatch(/<span lang="en">Respond<\/span>/);
		expect(ja).toMatch(/<span lang="en">Verify<\/span>/);
		const translators = html('ja/translators/index.html');
		for (const [lang, word] of [
			['ro', 'dumneavoastră'],
			['es', 'usted'],
			['ru', 'Вы'],
			['el', 'εσείς'],
		])
			expect(translators).toContain(`<span lang="${lang}">${word}</span>`);
		const picker = html('es/index.html');
		expect(picker).toMatch(/<option value="[^"]*\/ja\/"[^>]*lang="ja"[^>]*>日本語<\/option>/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the language picker is a list of links that works', async ({ page }) => {
		await page.goto('es/phrases/');
		const ui = uiStrings('es');
		const links = page.getByRole('list', { name: ui['languageSelect.accessibleLabel'] }).first();
		await expect(links.getByRole('link', { name: '日本語' })).toBeVisible();
		await links.getByRole('link', { name: '日本語' }).click();
		await expect(page).toHaveURL(/\/ja\/phrases\/$/);
	});
});

test.describe('the theme script', () => {
	test('survives an unexpected stored theme', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'x"] .evil, [y'));
		await page.goto('ro/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
		await expect(page.getByRole('combobox').first()).toBeVisible();
	});
	test('survives blocked storage', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto('ro/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
	});
});
