// The escalation tree on paper: a numbered outline, checked in the PDF Chromium prints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { locales } from './support';

test.describe('print', () => {
	const dir = mkdtempSync(join(tmpdir(), 'tree-pdf-'));
	for (const locale of locales) {
		test(`${locale}: the tree prints as a numbered outline on at most three A4 pages, none nearly empty`, async ({
			page,
		}) => {
			await page.goto(`${locale}/escalation/?answers=no`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.tree-nodes')).toBeHidden();
			await expect(page.locator('.tree-outline')).toBeVisible();
			// Every answer says where it leads.
			const targets = page.locator('.outline-target');
			expect(await targets.count()).toBeGreaterThanOrEqual(20);
			const file = join(dir, `${locale}.pdf`);
			writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
			const pages = Number(
				/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
			);
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(3);
			const texts = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
				.split('\f')
				.filter((p, i, all) => i < all.length - 1 || p.trim());
			// "Nearly empty" = a page with only a few stray lines of the outline.
			const lines = texts.map((p) => p.split('\n').filter((l) => l.trim()).length);
			for (const [i, count] of lines.entries())
				expect(
					count,
					`page ${i + 1} of ${pages}: ${lines.join(', ')} lines`,
				).toBeGreaterThanOrEqual(10);
		});
	}
});
