/**
 * Issue 10 journeys, per locale, by keyboard: agents' own words (inflected forms, synonyms from the agents'
 * vocabulary, no diacritics) find the phrase, the highlight is back on the first result after every change,
 * Enter copies exactly the first shown, the layout keeps results and their Copy action above the fold, and
 * typing does not fill the history. None of the queries is copied from a phrase text.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { locales, type Locale } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const search = (page: Page) => page.locator('[data-search]');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const firstId = (page: Page) => page.locator('[data-option]').first().getAttribute('data-option');

/** [query, any of these phrase ids in the top three]: an inflected form and a vocabulary synonym per locale. */
const manager = [
	'bring-in-supervisor',
	'hand-over-to-experienced-colleague',
	'offer-manager-callback',
	'manager-not-available',
	'supervisor-already-briefed',
	'put-on-hold-to-brief-supervisor',
	'supervisor-same-rules-honest',
	'email-forwarded-to-supervisor',
	'check-with-supervisor-beyond-authority',
	'letting-supervisor-know-now',
];
const journeys: Record<Locale, [string, string[]][]> = {
	ro: [
		[
			'strigat',
			['please-lower-your-voice', 'go-through-it-more-slowly', 'look-at-it-calmly-together'],
		],
		['vreau sa vorbesc cu seful', manager],
	],
	ja: [
		['上司に代わります', manager],
		[
			'お届けが遅れ',
			['sorry-order-is-late', 'when-to-expect-it', 'no-promise-on-date-but-will-watch'],
		],
	],
	ru: [
		[
			'матерится',
			['keep-the-language-respectful', 'please-stop-the-abuse', 'warn-conversation-will-end'],
		],
		[
			'откажу вежливо',
			[
				'here-is-what-i-can-do',
				'honest-rather-than-false-promise',
				'explain-why-not-possible',
				'answer-remains-the-same',
				'not-available-but-alternatives',
			],
		],
	],
	es: [
		['gerente', manager],
		[
			'insultando',
			[
				'please-stop-the-abuse',
				'keep-the-language-respectful',
				'lets-get-back-to-your-problem',
				'warn-conversation-will-end',
			],
		],
	],
	el: [
		[
			'βριζει',
			['keep-the-language-respectful', 'please-stop-the-abuse', 'warn-conversation-will-end'],
		],
		['αυριο', ['call-back-tomorrow']],
	],
};

for (const locale of locales) {
	test.describe(`${locale} finder journeys`, () => {
		test('own words find the phrase; the highlight resets; Enter copies the first shown', async ({
			page,
		}) => {
			await page.goto(`${locale}/phrases/`);
			await expect(search(page)).toBeFocused();
			for (const [query, anyOf] of journeys[locale]!) {
				await search(page).fill('');
				await page.keyboard.type(query);
				const top = await page
					.locator('[data-option]')
					.evaluateAll((els) => els.slice(0, 3).map((e) => (e as HTMLElement).dataset.option));
				expect(
					top.some((id) => anyOf.includes(id!)),
					`«${query}» gave ${top.join(', ')}`,
				).toBe(true);
			}
			// Move the highlight away, then change the query: the first result is active again, and Enter copies it.
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
			await expect(page.locator('[data-option]').nth(2)).toHaveAttribute('aria-selected', 'true');
			await page.keyboard.press('Backspace');
			await expect(page.locator('[data-option]').first()).toHaveAttribute('aria-selected', 'true');
			const id = await firstId(page);
			const text = await page
				.locator(`[data-static-list] [data-phrase-id="${id}"]`)
				.getAttribute('data-text');
			await page.keyboard.press('Enter');
			if (/\{/.test(text!)) {
				// A sentence with blanks asks for them first (placeholder-prompt.ts).
				await expect(page.locator('[data-placeholder-input]').first()).toBeFocused();
				return;
			}
			await expect.poll(() => clipboard(page)).toBe(text);
			// The confirmation appears at the copied phrase itself, and is announced.
			await expect(page.locator(`[data-option-status="${id}"]`)).not.toBeEmpty();
			await expect(page.locator('[data-announce]')).not.toBeEmpty();
		});

		test('a query nothing matches well offers situations and intents, never a dead end', async ({
			page,
		}) => {
			await page.goto(`${locale}/phrases/`);
			await expect(search(page)).toBeFocused();
			await page.keyboard.type('qqqzzxx');
			const chips = page.locator('[data-suggest-kind]');
			await expect(chips.first()).toBeVisible();
			await chips.first().click();
			await expect(search(page)).toHaveValue('');
			expect(await page.locator('[data-option]').count()).toBeGreaterThan(0);
			// A suggestion is a view the agent chose: Back returns to the query before it.
			await page.goBack();
			await expect(search(page)).toHaveValue('qqqzzxx');
		});

		test('typing replaces the history entry instead of adding one per keystroke', async ({
			page,
		}) => {
			await page.goto(`${locale}/`);
			await page.goto(`${locale}/phrases/`);
			await expect(search(page)).toBeFocused();
			const before = await page.evaluate(() => history.length);
			await page.keyboard.type('abcdef', { delay: 20 });
			await expect(page).toHaveURL(/q=abcdef/);
			expect(await page.evaluate(() => history.length)).toBe(before);
			await page.goBack();
			await expect(page).toHaveURL(new RegExp(`/${locale}/$`));
		});
	});
}

/** How many results have their Copy action fully inside the viewport, below nothing but the page top. */
async function visibleResults(page: Page): Promise<number> {
	return page.locator('[data-option] .option-copy').evaluateAll(
		(els) =>
			els.filter((e) => {
				const r = e.getBoundingClientRect();
				return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
			}).length,
	);
}

for (const [width, height, min] of [
	[1366, 768, 4],
	[390, 844, 2],
] as const) {
	test(`above the fold at ${width}×${height}: search box and at least ${min} results with Copy`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height });
		for (const locale of locales) {
			await page.goto(`${locale}/phrases/`);
			await expect(page.locator('[data-option]').first()).toBeVisible();
			const box = await search(page).boundingBox();
			expect(box!.y + box!.height).toBeLessThanOrEqual(height);
			expect(await visibleResults(page), locale).toBeGreaterThanOrEqual(min);
		}
	});
}

test('a 360 px side panel: no horizontal scrolling, compact results, copy by keyboard', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 640 });
	for (const locale of locales) {
		await page.goto(`${locale}/phrases/`);
		await expect(page.locator('[data-option]').first()).toBeVisible();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			locale,
		).toBeLessThanOrEqual(360);
		expect(await visibleResults(page), locale).toBeGreaterThanOrEqual(1);
	}
	await page.goto('es/phrases/');
	await expect(search(page)).toBeFocused();
	await page.keyboard.type('gerente');
	await page.keyboard.press('Enter');
	const id = await firstId(page);
	await expect(page.locator(`[data-option-status="${id}"]`)).not.toBeEmpty();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the whole list follows as the agent scrolls or arrows down, each option with its place in it', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('ro/phrases/');
	const options = page.getByRole('listbox').getByRole('option');
	await expect(options.first()).toHaveAttribute('aria-posinset', '1');
	const total = Number(await options.first().getAttribute('aria-setsize'));
	// What a screen reader announces as "1 of N" is the whole list, not what is on the page so far.
	expect(await page.locator('[data-static-list] [data-phrase-id]').count()).toBe(total);
	// Arrows past what is on the page: the list follows, and the active phrase is on screen. (The first
	// phrase is active before any key, so 30 presses reach the 31st.)
	for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
	const active = page.locator('[role="option"][aria-selected="true"]');
	await expect(active).toHaveAttribute('aria-posinset', '31');
	await expect(active).toBeInViewport();
	// Scrolling to the end of the page reaches the last phrase.
	await page.reload();
	await expect(options.first()).toBeVisible();
	// Appended as needed, not all at start-up (that laid out the whole list while the page loaded).
	expect(await options.count()).toBeLessThan(total);
	await page.mouse.move(700, 500);
	await expect(async () => {
		await page.mouse.wheel(0, 5000);
		expect(await options.count()).toBe(total);
	}).toPass();
	await expect(options.last()).toHaveAttribute('aria-posinset', String(total));
});
