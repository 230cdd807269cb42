import { expect, test } from './fixtures';
import { locales, playbookAnchors, playbookIds } from './support';

test.describe('locales', () => {
	for (const locale of locales) {
		test(`${locale}: pages carry lang="${locale}" and the home page sends each user on`, async ({
			page,
		}) => {
			await page.goto(`${locale}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			for (const path of ['phrases/', 'escalation/', 'playbooks/', 'techniques/', 'translators/']) {
				const link = page.locator(`main a[href$="/${locale}/${path}"]`).first();
				await expect(link).toBeVisible();
			}
			await page.goto(`${locale}/playbooks/resolved-method/`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
		});
	}
});

test.describe('language switch', () => {
	test('keeps the page and the anchor', async ({ page }) => {
		await page.goto('es/playbooks/resolved-method/#verify');
		await page.locator('site-lang-select select').first().selectOption({ label: '日本語' });
		await expect(page).toHaveURL(/\/ja\/playbooks\/resolved-method\/#verify$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.locator('#verify')).toBeInViewport();
	});

	test('keeps the finder state in the query', async ({ page }) => {
		await page.goto('ro/phrases/?situation=angry');
		await page.locator('site-lang-select select').first().selectOption({ label: 'Ελληνικά' });
		await expect(page).toHaveURL(/\/el\/phrases\/\?situation=angry$/);
	});
});

test.describe('root page', () => {
	test.use({ locale: 'ru-RU' });
	test('suggests the browser language without redirecting, and lists every language', async ({
		page,
	}) => {
		await page.goto('./');
		await expect(page).toHaveURL(/\/$/);
		const items = page.locator('.languages li');
		await expect(items).toHaveCount(5);
		await expect(items.first()).toHaveAttribute('data-locale', 'ru');
		await expect(items.first()).toHaveClass(/is-suggested/);
		await expect(items.first().locator('.suggested')).toBeVisible();
		for (const locale of locales)
			await expect(page.locator(`a[hreflang="${locale}"]`)).toHaveAttribute('lang', locale);
		await page.getByRole('link', { name: /Español/ }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	});
});

test.describe('root page with an unsupported browser language', () => {
	test.use({ locale: 'de-DE' });
	test('suggests nothing and keeps the order', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('.is-suggested')).toHaveCount(0);
		await expect(page.locator('.languages li').first()).toHaveAttribute('data-locale', 'ro');
	});
});

test.describe('playbook anchors', () => {
	for (const id of playbookIds) {
		test(`${id}: the same anchors in every locale, and each one resolves`, async ({ page }) => {
			const expected = playbookAnchors(id);
			for (const locale of locales) {
				await page.goto(`${locale}/playbooks/${id}/`);
				const ids = await page
					.locator('.playbook :is(h2, h3)[id]')
					.evaluateAll((els) => els.map((e) => e.id));
				expect(ids, `${locale}`).toEqual(expected);
			}
			// Following a trainer's link lands on the step, below the sticky header, in every locale.
			for (const locale of locales) {
				for (const anchor of expected) {
					await page.goto(`${locale}/playbooks/${id}/#${anchor}`);
					await expect(page.locator(`#${anchor}`)).toBeInViewport();
				}
			}
		});
	}
});

test('the translation status page lists every locale and kind of content', async ({ page }) => {
	await page.goto('es/translators/');
	await page.getByRole('link', { name: 'Estado de las traducciones' }).first().click();
	await expect(page).toHaveURL(/\/es\/translation-status\/$/);
	const rows = page.locator('.status-table tbody tr');
	await expect(rows).toHaveCount(5);
	await expect(page.locator('.status-table thead th')).toHaveCount(8);
	for (const row of await rows.all()) await expect(row.locator('td').last()).toHaveText('100%');
});
