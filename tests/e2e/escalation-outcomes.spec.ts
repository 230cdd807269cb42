// The escalation tree's outcomes: every rule of the policy reaches its outcome in every language, and what an
// agent must do first is readable at once (on screen, accessible). Journeys: escalation-journeys.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { answer, rules, visibleNode } from './escalation-support';
import { expect, test } from './fixtures';
import { locales, uiStrings } from './support';

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
