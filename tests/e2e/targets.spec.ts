/**
 * WCAG 2.2: pointer targets of at least 24x24 CSS pixels (2.5.8), and keyboard focus never hidden under the
 * sticky header (2.4.11). Inline links inside sentences are exempt from the size rule, as WCAG allows.
 */
import { expect, test } from './fixtures';

const pages = [
	'es/phrases/',
	'ja/escalation/',
	'ru/playbooks/resolved-method/',
	'el/training/',
	'ro/',
];

for (const path of pages) {
	test(`${path}: buttons, fields and stand-alone links are at least 24x24 px`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(path);
		const small = await page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'main button, main input, main select, main summary, header button, header select, .tree-option, .finder-link',
				),
			]
				.filter((el) => el.offsetParent !== null)
				.map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
				.filter((r) => r.width < 24 || r.height < 24),
		);
		expect(small).toEqual([]);
	});

	test(`${path}: focus is never hidden under the sticky header while tabbing`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 700 });
		await page.goto(path);
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			const hidden = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const header = document.querySelector('header.header')?.getBoundingClientRect();
				const r = el.getBoundingClientRect();
				// The skip link is meant to appear on top of the header when focused.
				if (!header || el.closest('header') || el.classList.contains('sl-skip-link')) return null;
				// Entirely behind the header = hidden.
				return r.bottom <= header.bottom && r.top >= header.top ? el.outerHTML.slice(0, 80) : null;
			});
			expect(hidden).toBeNull();
		}
	});
}
