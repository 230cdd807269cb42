/**
 * axe-core (WCAG 2.2 AA rules) over every page of the built site, in the light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');

function pages(dir = dist): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path);
		return name === 'index.html' ? [relative(dist, dir).split('\\').join('/') + (dir === dist ? '' : '/')] : [];
	});
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		test.use({ colorScheme: theme });
		for (const path of pages()) {
			test(`/${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
				await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				await page.goto(path || './');
				const results = await new AxeBuilder({ page }).withTags(tags).analyze();
				const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
				expect(summary).toEqual([]);
			});
		}
	});
}
