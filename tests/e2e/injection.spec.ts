/**
 * Text is text: a temporary copy of the site whose every text field and UI string ends in HTML
 * (`<script>`, `<img onerror>`, `<b>`, see injection-site.ts for what is injected and why the rest is not)
 * must build (the CSP step refuses any inline script no component emitted), and every page must show that
 * HTML as text, with nothing run and no element created, also where the browser renders text itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeInjectedCopy, root } from './injection-site';

const shown = '<b>INJ-B</b>';
const script = '<script>window.__injected=1</script>';

let site = '';
let dir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(900_000);
	// To work on the journeys without rebuilding: `node tests/e2e/injection-site.ts .test-tmp/inj`, build it
	// there once, then run with INJECTION_SITE=.test-tmp/inj/dist.
	if (process.env.INJECTION_SITE) {
		site = join(root, process.env.INJECTION_SITE);
		return;
	}
	// Inside the project, so that node_modules resolves as in the real build.
	dir = join(root, '.test-tmp', `injection-${process.pid}`);
	makeInjectedCopy(dir);
	const build = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{ cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
	);
	expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-4000)).toBe(0);
	site = join(dir, 'dist');
});

test.afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
	await page.route('http://injection.test/**', async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname).replace(
			/\/$/,
			'/index.html',
		);
		const file = join(site, path);
		if (existsSync(file) && statSync(file).isFile()) await route.fulfill({ path: file });
		else await route.fulfill({ status: 404, body: 'not found' });
	});
});

/** Elements the payload would have created, whether it ran, and the page's text without scripts. */
const state = (page: Page) =>
	page.evaluate(() => {
		const body = document.body.cloneNode(true) as HTMLElement;
		for (const el of body.querySelectorAll('script, style, template')) el.remove();
		return {
			injected: (window as unknown as { __injected?: number }).__injected,
			elements:
				[...document.querySelectorAll('b')].filter((b) => b.textContent === 'INJ-B').length +
				document.querySelectorAll('img[src="x"]').length,
			text: body.textContent ?? '',
		};
	});

const clean = async (page: Page, where: string) => {
	const found = await state(page);
	expect({ injected: found.injected, elements: found.elements }, where).toEqual({
		injected: undefined,
		elements: 0,
	});
	return found.text;
};

/** The payload shows as text inside `selector` (a kind of content this page renders). */
const showsAsText = async (page: Page, selector: string) => {
	const text = await page
		.locator(selector)
		.first()
		.evaluate((el) => el.textContent ?? '');
	expect(text, selector).toContain(shown);
	expect(text, selector).toContain(script);
};

const ro = () =>
	readdirSync(join(site, 'ro'), { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('index.html'))
		.map((f) => `ro/${f.replace(/index\.html$/, '')}`);

test('every page shows the HTML in texts and UI strings as text, and nothing runs', async ({
	page,
}) => {
	test.setTimeout(600_000);
	const pages = [
		'',
		'404.html',
		'ja/',
		'ru/',
		'es/',
		'el/',
		'el/playbooks/rude-customers/',
		...ro(),
	];
	expect(pages.length).toBeGreaterThan(20);
	for (const path of pages) {
		await page.goto(`http://injection.test/${path}`);
		const text = await clean(page, path);
		expect(text, path).toContain(shown);
		expect(text, path).toContain(script);
	}
});

test('each kind of text shows the HTML as text where the page renders it', async ({ page }) => {
	test.setTimeout(300_000);
	const kinds: [path: string, selectors: string[]][] = [
		// Playbook texts, Starlight's page title and sidebar, the site title (locales.json).
		[
			'ro/playbooks/staying-safe/',
			['main h1', '.playbook .lead', '.step', 'nav.sidebar', 'header'],
		],
		// Phrase texts and the UI strings of the finder.
		['ro/phrases/', ['.phrase-text', 'phrase-finder label']],
		// Escalation texts and organisation settings.
		['ro/escalation/', ['.tree-node', '.org-note']],
		['ro/techniques/', ['main']],
		// Training texts, role-play kits, knowledge checks and facilitator notes.
		[
			'ro/training/',
			['[data-module-id] h2', '.roleplay-kit', 'knowledge-check', '.facilitator-note'],
		],
		['ro/pocket-card/', ['main']],
		['ro/translators/', ['main']],
		['ro/translation-status/', ['main']],
		// The language chooser's language names.
		['', ['main']],
	];
	for (const [path, selectors] of kinds) {
		await page.goto(`http://injection.test/${path}`);
		for (const selector of selectors) await showsAsText(page, selector);
		await clean(page, path);
	}
});

test('text the browser renders itself stays text: finder, tree, session run-sheet, knowledge check, search', async ({
	page,
}) => {
	test.setTimeout(300_000);
	// The finder's results and preview, with the customer's language beside each phrase.
	await page.goto('http://injection.test/ro/phrases/?also=ja');
	await page.locator('#phrase-search').fill('INJ');
	await expect(page.locator('[data-results] [data-option]').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	expect(await clean(page, 'phrase finder')).toContain(shown);

	// The tree: an answer by keyboard, then an outcome's phrases in the customer's language, ready to fill.
	await page.goto('http://injection.test/ro/escalation/');
	await page.locator('.tree-node:visible .tree-option').first().click();
	await clean(page, 'escalation tree answer');
	await page.goto('http://injection.test/ro/escalation/?answers=no,asks-for-manager');
	const outcome = page.locator('.tree-outcome:visible');
	await outcome.locator('select[data-customer-lang]').selectOption('ja');
	await outcome.locator('[data-phrase="bring-in-supervisor"] button[data-copy]').click();
	await expect(outcome.locator('[data-fill] input').first()).toBeFocused();
	const tree = await clean(page, 'escalation outcome');
	expect(tree).toContain(shown);

	// A training session's run-sheet (module titles, activities, materials) and a knowledge check's verdict.
	await page.goto(
		'http://injection.test/ro/training/?modules=calm-first,documenting-and-recovering&start=1000&length=90',
	);
	await expect(page.locator('[data-session-cover]')).toBeVisible();
	await showsAsText(page, '[data-session-cover]');
	const question = page.locator('knowledge-check [data-question]').first();
	await question.locator('input').first().check();
	await question.locator('[data-kc-check]').click();
	await expect(question.locator('[data-kc-verdict]')).not.toBeEmpty();
	await clean(page, 'training');

	// Site search: Pagefind's results and excerpts.
	await page.goto('http://injection.test/ro/');
	await page.locator('playbooks-search button[data-open-modal]').click();
	await page.getByRole('dialog').getByRole('textbox').fill('INJ');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 60_000 });
	await clean(page, 'site search');
});
