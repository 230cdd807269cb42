/**
 * Issue 15 / 13: the trainer pages put punctuation and joins through the language's own strings, so Japanese
 * shows 「（）」「：」 and its own separator, and never ASCII brackets, colons or middle dots in running text, server-rendered or
 * written by the session builder.
 */
import { expect, test } from './fixtures';
import { uiStrings } from './support';

// The Japanese separator is the locale's own full-width one (「｜」 since the native reading); never ASCII «·».
const separator = uiStrings('ja')['format.separator']!.trim();

test('ja: training page and run-sheet use Japanese punctuation', async ({ page }) => {
	await page.goto('ja/training/?modules=calm-first');
	const module = page.locator('#calm-first');
	const texts = async (selector: string) =>
		(await module.locator(selector).allTextContents()).map((t) => t.trim()).filter(Boolean);

	// "Step (playbook)" in the module's step list, the role-play checklists and the knowledge check.
	const stepLinks = await texts(':scope > ul a[href*="/playbooks/"]');
	expect(stepLinks.length).toBeGreaterThan(3);
	for (const t of stepLinks) expect(t).toMatch(/^[^()]+（.+）$/);
	for (const t of await texts('.kit-refs')) expect(t).not.toMatch(/[()]| · /);
	for (const t of await texts('.kc-step')) expect(t).not.toMatch(/[():]/);
	for (const t of await texts('.kit-heading, .kit-label')) expect(t).not.toContain(' · ');

	// Written in the browser: the cover's module list, the agenda and the selection count.
	const cover = page.locator('[data-cover-modules] li');
	await expect(cover).toHaveCount(1);
	await expect(cover).toHaveText(/^[^()]+（\d+分）$/);
	const rows = await page.locator('[data-cover-agenda] tr:not(.agenda-break) th').allTextContents();
	expect(rows.length).toBeGreaterThan(1);
	for (const t of rows) expect(t).toMatch(/^[^:]+：[^:]+$/);
	await expect(page.locator('[data-session-count]')).toHaveText(
		new RegExp(`^[^·]+${separator.replace(/[|\\^$.*+?()[\]{}]/g, '\\$&')}[^·]+$`),
	);
});
