/**
 * The site deployed under a sub-path (as on intranets and many static hosts): built with BASE_PATH=/help/
 * into its own folder and served from there. Links, assets, search, the phrase finder and the tree work.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, '.test-tmp/dist-base');
const port = 4399;
const url = (path: string) => `http://127.0.0.1:${port}/help/${path}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	const env = {
		...process.env,
		BASE_PATH: '/help/',
		PATH: `${root}/node_modules/.bin:${process.env.PATH}`,
	};
	execFileSync(`${root}/node_modules/.bin/astro`, ['build', '--outDir', outDir], {
		cwd: root,
		env,
		stdio: 'pipe',
	});
	server = spawn(`${root}/node_modules/.bin/node`, ['scripts/serve.ts'], {
		cwd: root,
		env: { ...env, DIST_DIR: outDir, PORT: String(port) },
		stdio: 'ignore',
	});
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(url(''))).ok) return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error('the base-path server did not start');
});
test.afterAll(() => server?.kill());

test('links, assets, search, phrase finder and tree work under /help/', async ({ page }) => {
	await page.goto(url(''));
	await page.getByRole('link', { name: /Español/ }).click();
	await expect(page).toHaveURL(url('es/'));
	await page.locator('main a[href="/help/es/phrases/"]').first().click();
	await expect(page.locator('[data-option]').first()).toBeVisible();
	await page.keyboard.type('molesta tanto');
	await expect(page.locator('[data-option]').first()).toHaveAttribute(
		'data-option',
		'understand-why-upset',
	);
	// Issue 10: the customer's language sits behind the "Filters" control.
	await page.locator('[data-filters-toggle] > summary').click();
	await page.locator('[data-also]').selectOption('ja');
	await expect(
		page.locator('[data-option="understand-why-upset"] .option-also [lang="ja"]'),
	).toBeVisible();

	await page.goto(url('es/escalation/?answers=no,legal-threat'));
	await expect(page.locator('[data-node-id]:visible')).toHaveAttribute(
		'data-node-id',
		'outcome-legal-threat',
	);

	await page.goto(url('es/playbooks/resolved-method/#verify'));
	await expect(page.locator('#verify')).toBeInViewport();
	const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
	expect(css).toMatch(/^\/help\/_astro\//);

	await page.getByRole('button', { name: 'Buscar' }).click();
	await page.getByRole('dialog').getByRole('textbox').fill('reembolso');
	await expect(
		page.locator('a.pagefind-ui__result-link[href^="/help/es/playbooks/"]').first(),
	).toBeVisible();
});

test('unknown URLs get the locale 404 page with a way back', async ({ page }) => {
	const response = await page.goto(url('ru/no-such-page/'));
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('main a[href="/help/ru/phrases/"]')).toBeVisible();
});

test.describe('with the offline worker', () => {
	test.use({ serviceWorkers: 'allow' });
	test('offline under /help/: the locale worker, its manifest and the finder without network', async ({
		page,
		context,
	}) => {
		await page.goto(url('es/phrases/'));
		await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
			'href',
			'/help/es/manifest.webmanifest',
		);
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), {
				timeout: 30_000,
			})
			.toBe(url('es/sw.js'));
		const manifest = await (await page.request.get(url('es/manifest.webmanifest'))).json();
		expect(manifest).toMatchObject({ start_url: '/help/es/phrases/', scope: '/help/es/' });
		await context.setOffline(true);
		await page.goto(url('es/escalation/?answers=no,legal-threat'));
		await expect(page.locator('[data-node-id]:visible')).toHaveAttribute(
			'data-node-id',
			'outcome-legal-threat',
		);
		await page.goto(url('es/phrases/'));
		await page.keyboard.type('molesta tanto');
		await expect(page.locator('[data-option]').first()).toHaveAttribute(
			'data-option',
			'understand-why-upset',
		);
		await expect(page.locator('a[data-export="phrases.csv"]')).toHaveAttribute(
			'href',
			'/help/exports/es/phrases.csv',
		);
	});
});
