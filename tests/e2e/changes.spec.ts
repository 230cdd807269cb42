/**
 * "What changed" (issue 15): a page per locale lists the content changes by date, newest first, each linked to
 * what changed; every playbook, training module and the tree shows the date its content last changed, on screen
 * and on paper, with a way to the list. Dates are the committed ledger's (content-changes.json).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { printedPages } from './print-pdf';
import { uiStrings } from './support';

const ledger = JSON.parse(
	readFileSync(resolve(import.meta.dirname, '../../content-changes.json'), 'utf8'),
) as { locales: Record<string, Record<string, { date: string }[]>> };
const lastDate = (locale: string, key: string) => ledger.locales[locale]![key]!.at(-1)!.date;

for (const locale of ['es', 'ja'] as const) {
	const ui = uiStrings(locale);

	test(`${locale}: a trainer finds what changed, newest first, and goes to it`, async ({
		page,
	}) => {
		await page.goto(`${locale}/playbooks/rude-customers/`);
		// The playbook says when its content last changed, and leads to the list.
		const stamp = page.locator('main .last-changed');
		await expect(stamp.locator('time')).toHaveAttribute(
			'datetime',
			lastDate(locale, 'playbook/rude-customers'),
		);
		await stamp.getByRole('link', { name: ui['changes.link'] }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['changes.title']!);

		const days = page.locator('main h2 time');
		const dates = await days.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
		expect(dates.length).toBeGreaterThan(0);
		expect([...dates].sort().reverse()).toEqual(dates);
		// The playbook is listed on the day of its last change, with what kind of change it was.
		const entry = page.locator(`[data-change="playbook/rude-customers"]`).filter({
			has: page.locator(
				`xpath=ancestor::section[.//time[@datetime="${lastDate(locale, 'playbook/rude-customers')}"]]`,
			),
		});
		await expect(entry).toHaveCount(1);
		await expect(entry).toContainText(
			new RegExp(`${ui['changes.added']}|${ui['changes.updated']}`),
		);
		// Japanese labels use the language's own colon, never the ASCII one.
		if (locale === 'ja') await expect(entry.getByRole('link')).toContainText('：');
		await entry.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/playbooks/rude-customers/$`));

		// The tree and each training module say the same of themselves.
		await page.goto(`${locale}/escalation/`);
		await expect(page.locator('main .last-changed time')).toHaveAttribute(
			'datetime',
			lastDate(locale, 'tree'),
		);
		await page.goto(`${locale}/training/`);
		const module = page.locator('#calm-first');
		await expect(module.locator('.last-changed time')).toHaveAttribute(
			'datetime',
			lastDate(locale, 'module/calm-first'),
		);
		await expect(module.getByRole('link', { name: ui['changes.link'] })).toHaveAttribute(
			'href',
			new RegExp(`/${locale}/changes/$`),
		);
	});
}

test('ja: a printed session module carries its last-changed date and the address of the list', async ({
	page,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const ui = uiStrings('ja');
	await page.goto('ja/training/?modules=calm-first');
	const pages = await printedPages(page);
	const all = pages.join('\n').replace(/\s+/g, '');
	const day = new Intl.DateTimeFormat('ja', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${lastDate('ja', 'module/calm-first')}T00:00:00Z`),
	);
	expect(all).toContain(ui['print.contentChanged']!.replace('{{date}}', day).replace(/\s+/g, ''));
	expect(all).toContain(`${baseURL}ja/changes/`);
});
