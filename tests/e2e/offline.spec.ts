/**
 * Offline: after one visit with the network, an agent's tools work with none. Each test visits a locale's
 * phrase finder online, waits until the locale's service worker controls the page (its precache is then
 * complete), cuts the network with `context.setOffline(true)` and works through the finder (search, copy,
 * second language), the escalation tree (answers to an outcome), the pocket card, a playbook never opened
 * before and site search.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { uiStrings, type Locale } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'allow' });

/** Queries typed as agents type them (no diacritics), as in phrases.spec.ts, and site-search words. */
const queries: Partial<Record<Locale, { finder: string; site: string; also: Locale }>> = {
	es: { finder: 'molesta tanto', site: 'reembolso', also: 'ja' },
	ja: { finder: 'ごもっとも', site: '上司', also: 'ro' },
	ru: { finder: 'понимаю почему', site: 'угрозы', also: 'el' },
};

const search = (page: Page) => page.locator('phrase-finder [data-search]');
const visibleNode = (page: Page) => page.locator('[data-node-id]:visible');

async function visitThenGoOffline(page: Page, context: BrowserContext, locale: Locale) {
	await page.goto(`${locale}/phrases/`);
	await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
		'href',
		new RegExp(`/${locale}/manifest\\.webmanifest$`),
	);
	// The worker takes control once it is active, i.e. once everything of the locale is precached.
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), {
			timeout: 30_000,
		})
		.toMatch(new RegExp(`/${locale}/sw\\.js$`));
	await context.setOffline(true);
}

for (const [locale, q] of Object.entries(queries) as [
	Locale,
	(typeof queries)[Locale] & object,
][]) {
	test(`${locale}: finder, tree, pocket card, playbooks and search work offline after one visit`, async ({
		page,
		context,
	}) => {
		// A whole shift's worth of pages in one test: 46 s alone, and past 90 s at load 9 (two workers beside it).
		test.setTimeout(150_000);
		await visitThenGoOffline(page, context, locale);

		// The finder, reloaded without network: search, Enter copies, the second language loads.
		await page.reload();
		await expect(search(page)).toBeFocused();
		await page.keyboard.type(q.finder);
		await expect(page.locator('[data-option]').first()).toHaveAttribute(
			'data-option',
			'understand-why-upset',
		);
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-announce]').first()).toHaveText(
			uiStrings(locale)['phrases.copied']!,
		);
		const text = await page
			.locator('[data-static-list] [data-phrase-id="understand-why-upset"]')
			.getAttribute('data-text');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
		// Issue 10: the customer's language sits behind the "Filters" control.
		await page.locator('[data-filters-toggle] > summary').click();
		await page.locator('[data-also]').selectOption(q.also);
		await expect(
			page.locator(`[data-option] .option-also [lang="${q.also}"]`).first(),
		).toBeVisible();

		// The escalation tree, to an outcome.
		await page.goto(`${locale}/escalation/`);
		await visibleNode(page).locator('[data-option="no"]').click();
		await visibleNode(page).locator('[data-option="asks-for-manager"]').click();
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-manager-requested');
		// A deep link with answers in the query string is the same cached page.
		await page.goto(`${locale}/escalation/?answers=no,legal-threat`);
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-legal-threat');

		// The pocket card and a playbook that was never opened online.
		await page.goto(`${locale}/pocket-card/`);
		expect(await page.locator('.pocket-card li').count()).toBeGreaterThan(5);
		await page.goto(`${locale}/playbooks/resolved-method/#verify`);
		await expect(page.locator('#verify')).toBeInViewport();

		// Site search (Pagefind) with the locale's precached index. Under Chromium's offline emulation
		// Pagefind's own web worker does not start and Pagefind falls back to the main thread (slower).
		await page.locator('button[data-open-modal]').click();
		await page.getByRole('dialog').getByRole('textbox').fill(q.site);
		await expect(
			page.locator(`a.pagefind-ui__result-link[href^="/${locale}/"]`).first(),
		).toBeVisible({ timeout: 20_000 });
	});
}

test('a repeat visit is served by the worker, and only the visited locale is downloaded', async ({
	page,
}) => {
	await page.goto('el/phrases/');
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
			timeout: 30_000,
		})
		.toBe(true);
	const fromWorker: string[] = [];
	page.on('response', (r) => r.fromServiceWorker() && fromWorker.push(new URL(r.url()).pathname));
	await page.reload();
	await expect(search(page)).toBeFocused();
	expect(fromWorker).toContain('/el/phrases/');
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys())
			for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
		return urls;
	});
	expect(cached.some((u) => u.startsWith('/el/playbooks/'))).toBe(true);
	expect(cached.some((u) => u.startsWith('/ro/'))).toBe(false);
	expect(cached.some((u) => /pagefind\/index\/el_/.test(u))).toBe(true);
	expect(cached.some((u) => /pagefind\/index\/(ro|ja|ru|es)_/.test(u))).toBe(false);
});

test('every locale has an installable manifest that opens its phrase finder', async ({
	request,
}) => {
	for (const locale of ['ro', 'ja', 'ru', 'es', 'el'] as const) {
		const response = await request.get(`${locale}/manifest.webmanifest`);
		expect(response.ok()).toBe(true);
		const manifest = await response.json();
		expect(manifest).toMatchObject({
			lang: locale,
			start_url: `/${locale}/phrases/`,
			scope: `/${locale}/`,
			display: 'standalone',
		});
		expect(manifest.name.length).toBeGreaterThan(3);
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		expect(manifest.short_name).toBe(uiStrings(locale)['app.shortName']);
		for (const icon of manifest.icons) {
			const png = await request.get(icon.src);
			expect(png.headers()['content-type']).toBe('image/png');
			const [w] = icon.sizes.split('x').map(Number);
			const body = await png.body();
			expect(body.readUInt32BE(16)).toBe(w); // PNG width, from the IHDR chunk
		}
		expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
	}
});
