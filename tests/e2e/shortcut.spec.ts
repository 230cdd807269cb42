/**
 * The site-wide shortcut: F opens the phrase finder from any page, by keyboard only; never while typing or
 * composing (IME), never with Ctrl/Alt/Meta (browser keys stay the browser's); it can be turned off on the
 * finder page (WCAG 2.1.4) and stays off.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { uiStrings } from './support';

/** The shortcut's script loads after the page (a module of its own); wait for it, as a test must not race. */
const ready = (page: Page) =>
	page.waitForFunction(() => Boolean(customElements.get('finder-shortcut')));

test('F opens the finder from any page, and focuses its search on the finder page', async ({
	page,
}) => {
	await page.goto('es/playbooks/rude-customers/');
	await ready(page);
	await page.keyboard.press('f');
	await expect(page).toHaveURL(/\/es\/phrases\/$/);
	const search = page.locator('phrase-finder [data-search]');
	await expect(search).toBeFocused();
	// On the finder page: from anywhere on the page back into the search field.
	await page.locator('h1').click();
	await expect(search).not.toBeFocused();
	await page.keyboard.press('Shift+F');
	await expect(search).toBeFocused();
	// Typed into the field, F is a letter.
	await page.keyboard.type('fin');
	await expect(search).toHaveValue('fin');
});

test('no action while typing, composing, with browser modifiers, or in the search dialog', async ({
	page,
}) => {
	await page.goto('ru/escalation/');
	await expect(page.locator('[data-node-id]:visible')).toBeVisible();
	await ready(page);
	// Ctrl+F and Alt+F belong to the browser.
	for (const combo of ['Control+f', 'Alt+f']) {
		await page.keyboard.press(combo);
		await expect(page).toHaveURL(/\/ru\/escalation\/$/);
	}
	// A Japanese composition in progress, and the key in a field, do nothing.
	const outcome = await page.evaluate(() => {
		const fire = (target: EventTarget, init: KeyboardEventInit) => {
			const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
			target.dispatchEvent(event);
			return event.defaultPrevented;
		};
		const input = document.createElement('input');
		document.querySelector('main')!.append(input);
		return {
			composing: fire(document.body, { key: 'f', code: 'KeyF', isComposing: true }),
			ime: fire(document.body, { key: 'Process', code: 'KeyF', keyCode: 229 }),
			field: fire(input, { key: 'f', code: 'KeyF' }),
		};
	});
	expect(outcome).toEqual({ composing: false, ime: false, field: false });
	await expect(page).toHaveURL(/\/ru\/escalation\/$/);
	// The site search dialog owns the keyboard while open.
	await page.locator('button[data-open-modal]').click();
	await page.getByRole('dialog').getByRole('textbox').fill('f');
	await expect(page).toHaveURL(/\/ru\/escalation\/$/);
	// The same physical key on a Cyrillic layout types "а": that opens the finder.
	await page.keyboard.press('Escape');
	await page.evaluate(() =>
		document.body.dispatchEvent(
			new KeyboardEvent('keydown', { key: 'а', code: 'KeyF', bubbles: true, cancelable: true }),
		),
	);
	await expect(page).toHaveURL(/\/ru\/phrases\/$/);
});

test('the shortcut can be turned off on the finder page, and stays off', async ({ page }) => {
	const strings = uiStrings('el');
	await page.goto('el/phrases/');
	const toggle = page.getByRole('checkbox', { name: strings['shortcut.toggle'] });
	await expect(toggle).toBeChecked();
	await toggle.focus();
	await page.keyboard.press('Space');
	await expect(toggle).not.toBeChecked();
	await page.goto('el/pocket-card/');
	await ready(page);
	await page.keyboard.press('f');
	await page.waitForTimeout(500);
	await expect(page).toHaveURL(/\/el\/pocket-card\/$/);
	await page.goto('el/phrases/');
	await expect(page.getByRole('checkbox', { name: strings['shortcut.toggle'] })).not.toBeChecked();
});
