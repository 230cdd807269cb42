/**
 * What the agent does with one phrase once found (finder-copy.ts): blanks asked for and filled in before
 * copying (never copied raw), favourites and recent copies kept across reloads, and a finder that still works
 * when that memory is corrupted or storage is blocked. Searching is phrases.spec.ts.
 */
import { clipboard, search } from './finder-support';
import { expect, test } from './fixtures';
import { uiStrings } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('placeholders are prompted, filled, and never copied raw', async ({ page }) => {
	await page.goto('ro/phrases/');
	const id = await page
		.locator('[data-static-list] [data-text*="{orderNumber}"]')
		.first()
		.getAttribute('data-phrase-id');
	await page.goto(`ro/phrases/#${id}`);
	await expect(page.locator(`[data-preview-for="${id}"]`)).toBeVisible();
	await search(page).focus();
	await page.keyboard.press('Enter');
	const field = page.locator('[data-placeholder-input="orderNumber"]');
	await expect(field).toBeFocused();
	await field.fill('A-4711');
	await expect(page.locator('.preview-text')).toContainText('A-4711');
	for (const other of await page.locator('[data-placeholder-input]').all())
		if ((await other.getAttribute('data-placeholder-input')) !== 'orderNumber')
			await other.fill('X');
	await page.locator('[data-copy]').click();
	await expect.poll(() => clipboard(page)).toContain('A-4711');
	expect(await clipboard(page)).not.toMatch(/[{}]/);
	// Left empty, a placeholder without a fallback is required (issue 13): nothing is copied, neither
	// "{orderNumber}" nor a sentence with a hole; the agent is asked for it, in the field, and told why.
	const copied = await clipboard(page);
	for (const f of await page.locator('[data-placeholder-input]').all()) await f.fill('');
	await page.locator('[data-copy]').click();
	await expect(field).toBeFocused();
	await expect(page.locator('[data-copy-status]')).toContainText(
		uiStrings('ro')['placeholder.orderNumber']!,
	);
	expect(await clipboard(page)).toBe(copied);
	// Filled again, it copies.
	await field.fill('B-17');
	for (const other of await page.locator('[data-placeholder-input]').all())
		if ((await other.getAttribute('data-placeholder-input')) !== 'orderNumber')
			await other.fill('X');
	await page.locator('[data-copy]').click();
	await expect.poll(() => clipboard(page)).toContain('B-17');
	expect(await clipboard(page)).not.toMatch(/[{}]/);
});

test('a time or date the sentence needs is asked for before copying', async ({ page }) => {
	await page.goto('es/phrases/');
	const id = await page
		.locator('[data-static-list] [data-text*="{time}"]')
		.first()
		.getAttribute('data-phrase-id');
	await page.goto(`es/phrases/#${id}`);
	await page.evaluate(() => navigator.clipboard.writeText('before'));
	await page.locator('[data-copy]').click();
	await expect(page.locator('[data-placeholder-input="time"]')).toBeFocused();
	await expect(page.locator('[data-copy-status]')).toContainText('Hora');
	expect(await clipboard(page)).toBe('before');
	await page.locator('[data-placeholder-input="time"]').fill('17:30');
	for (const f of await page
		.locator('[data-placeholder-input]:not([data-placeholder-input="time"])')
		.all())
		await f.fill('X');
	await page.locator('[data-copy]').click();
	await expect.poll(() => clipboard(page)).toContain('17:30');
});

test('favourites and recent copies survive a reload', async ({ page }) => {
	await page.goto('ru/phrases/#please-let-me-finish');
	const favourite = page.locator('[data-favourite]');
	await expect(favourite).toHaveAttribute('aria-pressed', 'false');
	await favourite.click();
	await expect(favourite).toHaveAttribute('aria-pressed', 'true');
	await page.goto('ru/phrases/');
	await expect(page.locator('[data-option]').first()).toHaveAttribute(
		'data-option',
		'please-let-me-finish',
	);
	await expect(page.locator('[data-option]').first().locator('.is-favourite')).toBeVisible();
});

test.describe('hostile storage', () => {
	// Starlight's own theme script also reads localStorage; its errors under blocked storage are expected here.
	test.use({ expectedErrors: /localStorage|denied|StarlightThemeProvider/ });
	test('corrupted or unavailable storage does not break the finder', async ({ page, context }) => {
		await context.addInitScript(() =>
			localStorage.setItem(
				'phrase-finder:v1',
				'{"favourites": [1, "<img src=x>", {"a": 1}], "recent": "oops',
			),
		);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto('el/phrases/');
		await expect(page.locator('[data-option]').first()).toBeVisible();
		await search(page).fill('αναστατωσει');
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-copy-status]')).not.toBeEmpty();
		expect(errors).toEqual([]);

		const blocked = await context.newPage();
		await blocked.addInitScript(() =>
			Object.defineProperty(window, 'localStorage', {
				get: () => {
					throw new DOMException('denied', 'SecurityError');
				},
			}),
		);
		await blocked.goto('el/phrases/');
		await expect(blocked.locator('[data-option]').first()).toBeVisible();
		await blocked.locator('[data-favourite]').click();
		await expect(blocked.locator('[data-favourite]')).toHaveAttribute('aria-pressed', 'true');
	});
});
