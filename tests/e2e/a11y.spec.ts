/**
 * axe-core (WCAG 2.2 AA rules) over every page of the built site, in the light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { builtPages } from '../../src/lib/built-site';

const dist = resolve(import.meta.dirname, '../../dist');

const pages = () => builtPages(dist).map((p) => p.path);

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		// axe checks every element (colour contrast, target size); the finder and training pages have 3,000+
		// elements, which takes longer than the default 30 s on two busy cores. Time is not what this tests.
		test.describe.configure({ timeout: 120_000 });
		for (const path of pages()) {
			test(`/${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(path || './');
				const results = await new AxeBuilder({ page }).withTags(tags).analyze();
				const summary = results.violations.map(
					(v) =>
						`${v.id} (${v.impact}): ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 5)
							.join(', ')}`,
				);
				expect(summary).toEqual([]);
			});
		}
	});
}
