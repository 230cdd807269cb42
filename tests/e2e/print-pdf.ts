/**
 * Prints a page to a real PDF with Chromium (`page.pdf`, A4 from the page's own `@page` rule) and reads it
 * back with poppler's `pdftotext`, page by page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export async function printedPages(page: Page): Promise<string[]> {
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
	const dir = mkdtempSync(join(tmpdir(), 'print-'));
	try {
		const file = join(dir, 'page.pdf');
		writeFileSync(file, pdf);
		const count = Number(
			/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
		);
		return Array.from({ length: count }, (_, i) =>
			execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], {
				encoding: 'utf8',
			}),
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Lines with text on a page, without the running header and footer (first and last line). */
export const bodyLines = (text: string) =>
	text
		.split('\n')
		.filter((l) => l.trim())
		.slice(1, -1);

/**
 * Pages holding less than a third of a typical page's text, other than the last page and other than pages
 * that end a section printed on purpose on its own pages (`allowShortBefore` names texts that open the next
 * page).
 */
export function nearlyEmptyPages(pages: string[]): number[] {
	const counts = pages.map((p) => bodyLines(p).length);
	const sorted = [...counts].sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
	return counts.flatMap((n, i) => (i < pages.length - 1 && n < median / 3 ? [i + 1] : []));
}
