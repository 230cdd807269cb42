import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { locales } from './support';

/** One path per rule of the escalation policy: the answers (option ids) and the outcome they must reach. */
const rules: [rule: string, answers: string[], outcome: string][] = [
	['1 physical threat', ['yes'], 'outcome-safety-first'],
	['2 legal threat', ['no', 'legal-threat'], 'outcome-legal-threat'],
	['3 abuse by email', ['no', 'insults-or-vulgarity', 'email'], 'outcome-email-answer-substance'],
	['4 abuse live, goes on, nobody can take over', ['no', 'insults-or-vulgarity', 'phone', 'continues', 'nobody-can-take-over'], 'outcome-end-conversation'],
	['5 asks for a manager', ['no', 'asks-for-manager'], 'outcome-manager-requested'],
	['6 beyond authority', ['no', 'beyond-my-authority'], 'outcome-consult-supervisor'],
	['7 own limit reached', ['no', 'reached-my-limit'], 'outcome-hand-over'],
	['8 getting agitated', ['no', 'getting-agitated'], 'outcome-alert-supervisor-early'],
	['9 resolve', ['no', 'none-of-these', 'can-solve'], 'outcome-resolve'],
	['9 nothing can be done', ['no', 'none-of-these', 'nothing-can-be-done'], 'outcome-say-no-politely'],
];

const visibleNode = (page: Page) => page.locator('[data-node-id]:visible');

async function answer(page: Page, option: string) {
	await visibleNode(page).locator(`[data-option="${option}"]`).click();
}

for (const locale of locales) {
	test(`${locale}: every rule leads to its outcome, with actions, phrases, whom to notify, what to document`, async ({ page }) => {
		for (const [, answers, outcome] of rules) {
			await page.goto(`${locale}/escalation/`);
			await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'physical-threat');
			for (const a of answers) await answer(page, a);
			const node = visibleNode(page);
			await expect(node).toHaveAttribute('data-node-id', outcome);
			await expect(node).toHaveAttribute('data-outcome', /urgent|escalate|resolve/);
			await expect(node.locator('h2')).toBeFocused();
			expect(await node.locator('ol li').count()).toBeGreaterThan(0);
			expect(await node.locator('a[href*="/phrases/#"]').count()).toBeGreaterThan(0);
			expect(await node.locator('a[href*="/playbooks/"]').count()).toBeGreaterThan(0);
			await expect(page.locator('[data-announce]')).toContainText(await node.locator('h2').innerText());
			await expect(page).toHaveURL(new RegExp(`answers=${answers.join(',')}$`));
		}
	});
}

test('trail, Back, trail edits, Restart, deep link, reload and the browser Back button', async ({ page }) => {
	await page.goto('ru/escalation/');
	await answer(page, 'no');
	await answer(page, 'insults-or-vulgarity');
	await answer(page, 'phone');
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'asked-to-stop');
	const trail = page.locator('[data-trail-list] li');
	await expect(trail).toHaveCount(3);

	// Back keeps earlier answers.
	await page.getByRole('button', { name: 'Назад' }).click();
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

	await page.getByRole('button', { name: 'Начать заново' }).click();
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'physical-threat');
	await expect(trail).toHaveCount(0);
	await expect(page).toHaveURL(/\/ru\/escalation\/$/);
});

test('keyboard only: Tab to an answer, Enter, focus on the next question', async ({ page }) => {
	await page.goto('el/escalation/');
	await visibleNode(page).locator('[data-option="no"]').focus();
	await page.keyboard.press('Enter');
	await expect(visibleNode(page).locator('h2')).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('data-option', /.+/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every node is on the page and options are anchor links', async ({ page }) => {
		await page.goto('es/escalation/');
		const nodes = page.locator('[data-node-id]');
		expect(await nodes.count()).toBeGreaterThanOrEqual(10);
		for (const node of await nodes.all()) await expect(node).toBeVisible();
		expect(await page.locator('[data-outcome]').count()).toBeGreaterThanOrEqual(9);
		await page.locator('#physical-threat [data-option="yes"]').click();
		await expect(page).toHaveURL(/#outcome-safety-first$/);
		await expect(page.locator('#outcome-safety-first')).toBeInViewport();
	});
});

test('print shows the whole tree and hides the controls', async ({ page }) => {
	await page.goto('ja/escalation/?answers=no');
	await page.emulateMedia({ media: 'print' });
	for (const node of await page.locator('[data-node-id]').all()) await expect(node).toBeVisible();
	await expect(page.locator('[data-tree-controls]')).toBeHidden();
	await expect(page.locator('.tree-outline')).toBeVisible();
});

test('hostile answers and anchors in the URL are ignored, never rendered', async ({ page }) => {
	let dialog = false;
	page.on('dialog', (d) => {
		dialog = true;
		void d.dismiss();
	});
	await page.goto(`es/escalation/?answers=${encodeURIComponent('no,<img src=x onerror=alert(1)>,legal-threat')}#${encodeURIComponent('"><img src=x onerror=alert(2)>')}`);
	// The walk stops at the first answer that does not fit; nothing of the URL reaches the page as HTML.
	await expect(page.locator('[data-node-id]:visible')).toHaveAttribute('data-node-id', 'situation');
	await expect(page.locator('[data-trail-list] li')).toHaveCount(1);
	await expect(page.locator('escalation-tree img')).toHaveCount(0);
	expect(dialog).toBe(false);
});
