import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPages } from '../../src/lib/built-site';
import { checkRegistry } from '../../src/lib/permalinks';
import { expect, test } from './fixtures';
import { locales } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const locale of locales) {
	test(`${locale}: "copy link" copies the step's full URL, and announces it`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`${locale}/playbooks/resolved-method/?utm=slides`);
		const button = page.locator('[data-step-id="verify"] copy-link button');
		await button.click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${baseURL}${locale}/playbooks/resolved-method/#verify`);
		await expect(page.locator('[data-step-id="verify"] copy-link [role="status"]')).not.toBeEmpty();
	});
}

test('copy link on a tree outcome and on a phrase', async ({ page, baseURL }) => {
	// Issue 11: the outcome's link keeps the answers that led there; without answers it is the node's anchor.
	await page.goto('el/escalation/?answers=threat-to-others');
	await page.locator('#outcome-safety-first [data-copy-outcome-link]').click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(`${baseURL}el/escalation/?answers=threat-to-others`);
	await page.goto('el/escalation/#outcome-safety-first');
	await page.locator('#outcome-safety-first [data-copy-outcome-link]').click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(`${baseURL}el/escalation/#outcome-safety-first`);
	// The copied link opens the outcome for whoever follows it.
	await page.goto('el/escalation/#outcome-safety-first');
	await expect(page.locator('[data-node-id]:visible')).toHaveAttribute(
		'data-node-id',
		'outcome-safety-first',
	);

	await page.goto('ro/phrases/?q=manager#bring-in-supervisor');
	await page.locator('[data-copy-link]').click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(`${baseURL}ro/phrases/#bring-in-supervisor`);
});

test('the committed permalink registry still resolves in every locale', () => {
	const dist = resolve(import.meta.dirname, '../../dist');
	const pages = builtPages(dist);
	const root = resolve(import.meta.dirname, '../..');
	const registry = JSON.parse(readFileSync(join(root, 'permalinks/registry.json'), 'utf8'));
	const redirects = JSON.parse(readFileSync(join(root, 'permalinks/redirects.json'), 'utf8'));
	expect(Object.keys(registry.pages).length).toBeGreaterThan(10);
	expect(checkRegistry(registry, pages, locales, redirects)).toEqual([]);
});

test.describe('training page', () => {
	for (const locale of locales) {
		test(`${locale}: modules with anchors, a composable session, and links that resolve`, async ({
			page,
			request,
		}) => {
			await page.goto(`${locale}/training/`);
			const modules = page.locator('[data-module-id]');
			expect(await modules.count()).toBeGreaterThanOrEqual(6);
			const first = modules.nth(0);
			// Two modules that fit one 90-minute stretch, so the total has no break in it.
			const second = modules.nth(6);
			await first.locator('[data-pick]').check();
			await second.locator('[data-pick]').check();
			const minutes =
				Number(await first.getAttribute('data-minutes')) +
				Number(await second.getAttribute('data-minutes'));
			await expect(page.locator('[data-session-count]')).toContainText(String(minutes));
			const ids = [
				await first.getAttribute('data-module-id'),
				await second.getAttribute('data-module-id'),
			];
			await expect(page).toHaveURL(new RegExp(`modules=${ids.join(',')}`));
			await page.reload();
			await expect(first.locator('[data-pick]')).toBeChecked();
			await page.emulateMedia({ media: 'print' });
			await expect(modules.nth(1)).toBeHidden();
			await expect(first).toBeVisible();

			const hrefs = [
				...new Set(
					await page
						.locator('[data-module-id] a[href]')
						.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!)),
				),
			];
			for (const href of hrefs)
				expect((await request.get(href.split('#')[0]!)).status(), href).toBe(200);
		});
	}
});

test.describe('print', () => {
	for (const path of [
		'es/playbooks/rude-customers/',
		'ja/techniques/',
		'ru/phrases/',
		'el/escalation/',
		'ro/pocket-card/',
		'es/training/',
	]) {
		test(`${path} prints without the chrome and with its content, source and date`, async ({
			page,
		}) => {
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('header.header')).toBeHidden();
			await expect(page.locator('nav.sidebar')).toBeHidden();
			await expect(page.locator('playbooks-search')).toBeHidden();
			await expect(page.locator('main h1')).toBeVisible();
			await expect(page.locator('.print-meta')).toBeVisible();
			await expect(page.locator('.print-meta')).toContainText(path);
			// Issue 11: the escalation tree prints as its numbered outline (the boxed nodes are for the screen).
			await expect(
				page
					.locator('main')
					.locator(
						'.step, [data-phrase-id], [data-node-id]:not(.tree-nodes *), .outline-question, .technique, .pocket-card li, [data-module-id]',
					)
					.first(),
			).toBeVisible();
		});
	}
});
