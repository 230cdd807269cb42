// Walking the escalation tree: trail, Back, Restart, deep links, keyboard, copying links and phrases, and the
// tree without JavaScript.
import { answer, clipboard, visibleNode } from './escalation-support';
import { expect, test } from './fixtures';
import { uiStrings } from './support';

// Copying an outcome link and outcome phrases read the clipboard back.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

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
