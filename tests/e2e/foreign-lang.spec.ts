/**
 * Text in another language carries its own `lang` wherever it shows: the English name RESOLVED and its step
 * glosses in Starlight's page title, sidebar, table of contents and pagination as well as in our own
 * pages, and the page-language labels of placeholder chips inside a phrase shown in the customer's
 * language, also when the browser renders them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { uiStrings } from './support';

const english =
	/RESOLVED|Empathise and apologise|Open your mind|\b(Respond|Solve|Listen|Verify|Execute|Document)\b/;

/** Visible or not, every text node naming an English term, with the lang it is read in. */
const termsAndLangs = (page: Page) =>
	page.evaluate((source) => {
		const pattern = new RegExp(source);
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const out: { text: string; lang: string; where: string }[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			if (parent.closest('script, style, template, noscript, option')) continue;
			if (!pattern.test(node.textContent ?? '')) continue;
			const where = ['starlight-toc', 'mobile-starlight-toc', 'h1', 'nav', 'main'].find((s) =>
				parent.closest(s),
			);
			out.push({
				text: node.textContent!.trim().slice(0, 40),
				lang: parent.closest('[lang]')!.getAttribute('lang')!,
				where: where ?? 'body',
			});
		}
		return out;
	}, english.source);

for (const locale of ['ja', 'ru', 'el', 'ro'] as const) {
	test(`${locale}: the English name RESOLVED and its glosses are marked as English everywhere on the page`, async ({
		page,
	}) => {
		await page.goto(`${locale}/playbooks/resolved-method/`);
		const found = await termsAndLangs(page);
		// The page title, the sidebar, the table of contents and the body all name it.
		expect(new Set(found.map((f) => f.where))).toEqual(
			new Set(['h1', 'nav', 'starlight-toc', 'mobile-starlight-toc', 'main']),
		);
		expect(found.filter((f) => f.lang !== 'en')).toEqual([]);
		await expect(page.getByRole('heading', { level: 1 }).locator('[lang="en"]')).toHaveText(
			'RESOLVED',
		);
	});
}

test('ja: pages quoting the RESOLVED steps mark the English glosses too (training, phrases, pagination)', async ({
	page,
}) => {
	for (const path of ['ja/training/', 'ja/phrases/', 'ja/playbooks/rude-customers/']) {
		await page.goto(path);
		const found = await termsAndLangs(page);
		expect(found.length, path).toBeGreaterThan(0);
		expect(
			found.filter((f) => f.lang !== 'en'),
			path,
		).toEqual([]);
	}
});

test('placeholder chips inside a phrase in the customer language keep the page language, in the finder', async ({
	page,
}) => {
	await page.goto('ro/phrases/?also=ja');
	const chip = page.locator('.option-also .placeholder').first();
	await expect(chip).toBeVisible();
	await expect(chip).toHaveAttribute('lang', 'ro');
	await expect(chip.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'ja');
});

test('placeholder chips inside a phrase in the customer language keep the page language, in the tree', async ({
	page,
}) => {
	const t = uiStrings('ro');
	await page.goto('ro/escalation/?answers=no,asks-for-manager');
	const outcome = page.locator('.tree-outcome:visible');
	await outcome.getByLabel(t['phrases.alsoLabel']!).selectOption('ja');
	const customer = outcome.locator('[data-phrase="bring-in-supervisor"] [data-customer-text]');
	await expect(customer).toHaveAttribute('lang', 'ja');
	const chip = customer.locator('.placeholder');
	await expect(chip).toHaveText(t['placeholder.supervisorName']!);
	await expect(chip).toHaveAttribute('lang', 'ro');
	// The raw token never shows.
	await expect(customer).not.toContainText('{');
});
