/**
 * Updates never interrupt: a copy of the built site is served by a second static server (a free port the
 * system picks), an agent has the finder open with a half-typed search, and a new version is deployed into
 * the served folder (a changed page, and the workers regenerated exactly as the build does). The page shows
 * the announced "new version — reload" notice in its language and keeps the agent's work; only the Reload
 * button reloads, and the new version then serves the new page and has dropped the old version's caches.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildServiceWorkers } from '../../src/offline/service-workers';
import { expect, test } from './fixtures';
import { uiStrings } from './support';

const root = resolve(import.meta.dirname, '../..');
const served = resolve(root, '.test-tmp/dist-update');
let server: ChildProcess | undefined;
let origin = '';

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

test.beforeAll(async () => {
	rmSync(served, { recursive: true, force: true });
	cpSync(resolve(root, 'dist'), served, { recursive: true });
	server = spawn(`${root}/node_modules/.bin/node`, ['scripts/serve.ts'], {
		cwd: root,
		env: { ...process.env, DIST_DIR: served, PORT: '0', BASE_PATH: '/' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	origin = await new Promise<string>((done, fail) => {
		server!.stdout!.on('data', (chunk: Buffer) => {
			const m = /at (http:\/\/[^/\s]+)/.exec(chunk.toString());
			if (m) done(m[1]!);
		});
		server!.on('exit', () => fail(new Error('the update-test server exited')));
	});
});
test.afterAll(() => {
	server?.kill();
	rmSync(served, { recursive: true, force: true });
});

test('a new deployment shows an announced reload notice and never reloads by itself', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const strings = uiStrings('ro');
	await page.goto(`${origin}/ro/phrases/`);
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
			timeout: 30_000,
		})
		.toBe(true);
	// A cache left by an earlier version, and the agent's unfinished work on this page.
	await page.evaluate(() =>
		caches
			.open('playbooks-ro-pages-0123456789')
			.then((c) => c.put('/ro/old/', new Response('old'))),
	);
	await page.keyboard.type('nu pot');
	await page.evaluate(() => Object.assign(window, { unfinishedWork: true }));
	const notice = page.locator('update-notice [role="status"]');
	await expect(notice.locator('[data-message]')).toHaveText('');
	await expect(notice.getByRole('button')).toBeHidden();

	// Deploy: a changed page, and the workers regenerated as `astro build` does.
	const file = resolve(served, 'ro/phrases/index.html');
	writeFileSync(
		file,
		readFileSync(file, 'utf8').replace('</body>', '<!-- deployment 2 --></body>'),
	);
	await buildServiceWorkers({ dist: served, base: '/', locales: ['ro'] });
	// What the page does every half hour and when the tab comes back.
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

	await expect(notice).toContainText(strings['offline.updateAvailable']!, { timeout: 30_000 });
	const reload = notice.getByRole('button', { name: strings['offline.reload'] });
	await expect(reload).toBeVisible();
	// Nothing reloads by itself: the work is still there a while later.
	await page.waitForTimeout(1500);
	expect(
		await page.evaluate(() => (window as unknown as { unfinishedWork?: boolean }).unfinishedWork),
	).toBe(true);
	await expect(page.locator('phrase-finder [data-search]')).toHaveValue('nu pot');
	expect(await page.content()).not.toContain('deployment 2');

	await Promise.all([page.waitForEvent('load'), reload.click()]);
	expect(
		await page.evaluate(() => (window as unknown as { unfinishedWork?: boolean }).unfinishedWork),
	).toBeUndefined();
	expect(await page.content()).toContain('deployment 2');
	await expect
		.poll(() => page.evaluate(() => caches.keys()))
		.not.toContain('playbooks-ro-pages-0123456789');
	await expect(notice.locator('[data-message]')).toHaveText('');
});
