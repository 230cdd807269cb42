import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { locales, uiStrings } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** One path per rule of the escalation policy: the answers (option ids) and the outcome they must reach. */
const rules: [rule: string, answers: string[], outcome: string][] = [
	['1 threat to others', ['threat-to-others'], 'outcome-safety-first'],
	['1 talk of self-harm', ['self-harm'], 'outcome-crisis-self-harm'],
	['2 legal threat', ['no', 'legal-threat'], 'outcome-legal-threat'],
	['3 abuse by email', ['no', 'insults-or-vulgarity', 'email'], 'outcome-email-answer-substance'],
	[
		'4 abuse live, not asked yet',
		['no', 'insults-or-vulgarity', 'chat', 'not-yet'],
		'outcome-ask-to-stop',
	],
	[
		'4 abuse goes on, can cope, not warned',
		['no', 'insults-or-vulgarity', 'phone', 'continues', 'can-cope', 'not-warned'],
		'outcome-continue-firmly',
	],
	[
		'4 abuse goes on after a warning, can still cope',
		['no', 'insults-or-vulgarity', 'phone', 'continues', 'can-cope', 'warned-already'],
		'outcome-end-conversation',
	],
	[
		'4 cannot cope, nobody free',
		['no', 'insults-or-vulgarity', 'in-person', 'continues', 'cannot-cope', 'nobody-free'],
		'outcome-end-conversation',
	],
	[
		'7 cannot cope, a colleague is free',
		['no', 'insults-or-vulgarity', 'phone', 'continues', 'cannot-cope', 'colleague-free'],
		'outcome-hand-over',
	],
	['5 asks for a manager', ['no', 'asks-for-manager'], 'outcome-manager-requested'],
	['6 needs approval', ['no', 'none-of-these', 'needs-approval'], 'outcome-consult-supervisor'],
	[
		'6 not sure what is possible',
		['no', 'none-of-these', 'not-sure'],
		'outcome-consult-supervisor',
	],
	['7 own limit reached', ['no', 'reached-my-limit'], 'outcome-hand-over'],
	['8 getting agitated', ['no', 'getting-agitated'], 'outcome-alert-supervisor-early'],
	['9 resolve', ['no', 'none-of-these', 'can-solve'], 'outcome-resolve'],
	// A calm customer asking for the impossible: three honest answers.
	[
		'9 calm customer, impossible request',
		['no', 'none-of-these', 'nothing-can-be-done'],
		'outcome-say-no-politely',
	],
];

const visibleNode = (page: Page) => page.locator('[data-node-id]:visible');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function answer(page: Page, option: string) {
	await visibleNode(page).locator(`[data-option="${option}"]`).click();
}

for (const locale of locales) {
	test(`${locale}: every rule leads to its outcome, with actions, phrases in full, whom to notify, what to document`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		for (const [rule, answers, outcome] of rules) {
			await page.goto(`${locale}/escalation/`);
			await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
			for (const a of answers) await answer(page, a);
			const node = visibleNode(page);
			await expect(node, rule).toHaveAttribute('data-node-id', outcome);
			await expect(node).toHaveAttribute('data-outcome', /urgent|escalate|resolve/);
			await expect(node.locator('h2')).toBeFocused();
			expect(await node.locator('.tree-actions li').count()).toBeGreaterThan(0);
			// Phrases are there in full, with a copy button, not as links to another page.
			const phrases = node.locator('.tree-phrase:not(.is-avoid)');
			expect(await phrases.count()).toBeGreaterThan(0);
			await expect(
				phrases.first().getByRole('button', { name: uiStrings(locale)['phrases.copy'] }),
			).toBeVisible();
			expect(
				(await phrases.first().locator('.tree-phrase-text').innerText()).length,
			).toBeGreaterThan(15);
			expect(await node.locator('a[href*="/playbooks/"]').count()).toBeGreaterThan(0);
			// Settings are filled in at build time: no raw token anywhere.
			expect(await node.innerText()).not.toMatch(/\[\[|\]\]|\{org/);
			await expect(page.locator('[data-announce]')).toContainText(
				await node.locator('h2').innerText(),
			);
			await expect(page).toHaveURL(new RegExp(`answers=${answers.join(',')}$`));
		}
	});

	test(`${locale}: the crisis route keeps the customer on the line and says what never to say`, async ({
		page,
	}) => {
		const t = uiStrings(locale);
		await page.goto(`${locale}/escalation/`);
		await page
			.getByRole('button', { name: /./ })
			.and(page.locator('[data-option="self-harm"]'))
			.click();
		const node = visibleNode(page);
		await expect(node).toHaveAttribute('data-node-id', 'outcome-crisis-self-harm');
		await expect(node).toHaveAttribute('data-outcome', 'urgent');
		await expect(node.getByRole('heading', { name: t['escalation.neverSay']! })).toBeVisible();
		expect(await node.locator('.tree-phrase.is-avoid').count()).toBe(2);
		// The organisation's emergency number is in the outcome, filled in from src/config/organisation.yaml.
		await expect(node.locator('.tree-summary')).toContainText(/\d{3}/);
		// The outcome links to the safety playbook, and that step exists.
		const link = node.locator('a[href*="/playbooks/staying-safe/#self-harm-statements"]');
		await expect(link).toHaveCount(1);
		await link.click();
		await expect(page.locator('#self-harm-statements')).toBeVisible();
	});
}

for (const viewport of [
	{ width: 1366, height: 768 },
	{ width: 390, height: 844 },
]) {
	test(`first actions and whom to tell are on screen without scrolling at ${viewport.width}×${viewport.height}`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		for (const locale of locales) {
			for (const [, answers, outcome] of rules.filter(([r]) =>
				/^1 |^4 abuse goes on after/.test(r),
			)) {
				await page.goto(`${locale}/escalation/`);
				for (const a of answers) await answer(page, a);
				const node = visibleNode(page);
				await expect(node).toHaveAttribute('data-node-id', outcome);
				for (const first of [
					node.locator('.tree-actions li').first(),
					node.locator('.tree-notify li').first(),
				]) {
					await expect(first).toBeInViewport({ ratio: 1 });
				}
				// The same holds for a shared link that opens straight on the outcome.
				await page.goto(`${locale}/escalation/?answers=${answers.join(',')}`);
				await expect(visibleNode(page).locator('.tree-actions li').first()).toBeInViewport({
					ratio: 1,
				});
			}
		}
	});
}

// The site-wide axe test sees only the first question (the other nodes are hidden once the tree runs).
test('an open outcome, with its phrases, copy controls and trail, has no WCAG 2.2 AA violations', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	for (const theme of ['light', 'dark']) {
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto('ru/escalation/?answers=self-harm');
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-crisis-self-harm');
		const results = await new AxeBuilder({ page })
			.include('escalation-tree')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
		).toEqual([]);
	}
});

test('trail, Back, trail edits, Restart, deep link, reload and the browser Back button', async ({
	page,
}) => {
	const t = uiStrings('ru');
	await page.goto('ru/escalation/');
	await answer(page, 'no');
	await answer(page, 'insults-or-vulgarity');
	await answer(page, 'phone');
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'asked-to-stop');
	const trail = page.locator('[data-trail-list] li');
	await expect(trail).toHaveCount(3);

	// Back keeps earlier answers.
	await page.getByRole('button', { name: t['escalation.back']! }).click();
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'insult-channel');
	await expect(trail).toHaveCount(2);
	await expect(page).toHaveURL(/answers=no,insults-or-vulgarity$/);

	// Changing an earlier answer from the trail.
	await answer(page, 'email');
	await trail.nth(1).getByRole('button').click();
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'situation');
	await answer(page, 'reached-my-limit');
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-hand-over');

	// The browser's Back button steps back through the answers.
	await page.goBack();
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'situation');
	await page.goForward();
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-hand-over');

	// A link or a reload reproduces the state.
	await page.reload();
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-hand-over');
	await page.goto('ru/escalation/?answers=no,insults-or-vulgarity,chat,continues');
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'can-you-cope');
	await expect(trail).toHaveCount(4);

	await page.getByRole('button', { name: t['escalation.restart']! }).click();
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
	await expect(trail).toHaveCount(0);
	await expect(page).toHaveURL(/\/ru\/escalation\/$/);
});

test('keyboard only: one Tab to the first answer, Space and Enter choose, arrows move between answers', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('el/escalation/');
	// Focus starts on the question (so it is read out); one Tab reaches its first answer.
	await expect(page.locator('#safety-risk-q')).toBeFocused();
	await page.keyboard.press('Tab');
	const first = page.locator('#safety-risk [data-option]').first();
	await expect(first).toBeFocused();
	await expect(first).toHaveJSProperty('tagName', 'BUTTON');
	// The answers are a group named by the question.
	await expect(
		page.getByRole('group', { name: await page.locator('#safety-risk-q').innerText() }),
	).toBeVisible();

	// Arrows move (and wrap), Home/End jump; the page does not scroll away.
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#safety-risk [data-option="self-harm"]')).toBeFocused();
	await page.keyboard.press('End');
	await expect(page.locator('#safety-risk [data-option="no"]')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(page.locator('#safety-risk [data-option="no"]')).toBeFocused();

	// Space chooses, focus lands on the next question; Enter chooses too.
	await page.keyboard.press('Space');
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'situation');
	await expect(page.locator('#situation-q')).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#situation [data-option="insults-or-vulgarity"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'insult-channel');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-email-answer-substance');
	await expect(page.locator('#outcome-email-answer-substance-title')).toBeFocused();
});

test('copying an outcome link keeps the answers that led there', async ({ page }) => {
	await page.goto('es/escalation/');
	for (const a of [
		'no',
		'insults-or-vulgarity',
		'phone',
		'continues',
		'can-cope',
		'warned-already',
	])
		await answer(page, a);
	const node = visibleNode(page);
	await node.getByRole('button', { name: uiStrings('es')['copyLink.label']! }).click();
	await expect(node.locator('[data-link-status]')).toHaveText(uiStrings('es')['copyLink.copied']!);
	const link = await clipboard(page);
	expect(link).toMatch(
		/\/es\/escalation\/\?answers=no,insults-or-vulgarity,phone,continues,can-cope,warned-already$/,
	);
	await page.goto(link);
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-end-conversation');
	await expect(page.locator('[data-trail-list] li')).toHaveCount(6);
});

test('outcome phrases copy like the finder: placeholders asked for, customer language on request', async ({
	page,
}) => {
	const t = uiStrings('ro');
	await page.goto('ro/escalation/?answers=no,asks-for-manager');
	const node = visibleNode(page);
	const phrase = node.locator('[data-phrase="bring-in-supervisor"]');
	await phrase.getByRole('button', { name: t['phrases.copy']! }).click();
	const field = phrase.getByLabel(t['placeholder.supervisorName']!);
	await expect(field).toBeFocused();
	await field.fill('Ana Pop');
	await page.keyboard.press('Enter');
	await expect(phrase.locator('[data-status]')).toHaveText(t['phrases.copied']!);
	const copied = await clipboard(page);
	expect(copied).toContain('Ana Pop');
	expect(copied).not.toMatch(/[{}]/);

	// The customer speaks Japanese: the Japanese text is shown (with its lang) and copied.
	await node.getByLabel(t['phrases.alsoLabel']!).selectOption('ja');
	const other = node.locator('[data-phrase="manager-not-available"]');
	await expect(other.locator('[data-customer-text]')).toHaveAttribute('lang', 'ja');
	await other.getByRole('button', { name: t['phrases.copy']! }).click();
	const ja = await other.locator('[data-customer-text]').innerText();
	await expect.poll(() => clipboard(page)).toBe(ja);
	expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
});

test('malformed and hostile hashes and answers leave the page working', async ({ page }) => {
	const t = uiStrings('ro');
	for (const url of [
		'ro/escalation/#%',
		'ro/escalation/#100%',
		'ro/escalation/#%E0%A4%A',
		'ro/escalation/?answers=%#%',
		'ro/escalation/?answers=no,%ZZ,legal-threat#__proto__',
		'ro/escalation/#constructor',
	]) {
		await page.goto(url);
		await expect(visibleNode(page), url).toHaveAttribute('data-node-id', /safety-risk|situation/);
		// Answering, Back and Restart still work.
		if ((await visibleNode(page).getAttribute('data-node-id')) === 'safety-risk')
			await answer(page, 'no');
		await answer(page, 'legal-threat');
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-legal-threat');
		await page.getByRole('button', { name: t['escalation.back']! }).click();
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'situation');
		await page.getByRole('button', { name: t['escalation.restart']! }).click();
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
	}
});

test('anchor redirects: an old anchor is forwarded, a malformed one is ignored', async ({
	page,
}) => {
	await page.goto('ja/escalation/#physical-threat');
	await expect(page).toHaveURL(/#safety-risk$/);
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
	for (const hash of ['#%', '#100%', '#__proto__']) {
		await page.goto(`ja/escalation/${hash}`);
		await expect(page).toHaveURL(new RegExp(`${hash.replace('%', '%')}$`));
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every node is on the page and options are anchor links', async ({ page }) => {
		await page.goto('es/escalation/');
		const nodes = page.locator('[data-node-id]');
		expect(await nodes.count()).toBeGreaterThanOrEqual(20);
		for (const node of await nodes.all()) await expect(node).toBeVisible();
		expect(await page.locator('[data-outcome]').count()).toBeGreaterThanOrEqual(12);
		await page.locator('#safety-risk [data-option="self-harm"]').click();
		await expect(page).toHaveURL(/#outcome-crisis-self-harm$/);
		await expect(page.locator('#outcome-crisis-self-harm')).toBeInViewport();
	});
});

test('hostile answers and anchors in the URL are ignored, never rendered', async ({ page }) => {
	let dialog = false;
	page.on('dialog', (d) => {
		dialog = true;
		void d.dismiss();
	});
	await page.goto(
		`es/escalation/?answers=${encodeURIComponent('no,<img src=x onerror=alert(1)>,legal-threat')}#${encodeURIComponent('"><img src=x onerror=alert(2)>')}`,
	);
	// The walk stops at the first answer that does not fit; nothing of the URL reaches the page as HTML.
	await expect(page.locator('[data-node-id]:visible')).toHaveAttribute('data-node-id', 'situation');
	await expect(page.locator('[data-trail-list] li')).toHaveCount(1);
	await expect(page.locator('escalation-tree img')).toHaveCount(0);
	expect(dialog).toBe(false);
});

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
