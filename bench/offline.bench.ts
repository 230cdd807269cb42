/**
 * `npm run bench:offline` (after `npm run build`): for each locale, what the offline worker stores after one
 * visit (files and bytes in Cache Storage) and the time to a usable phrase finder (search field focused,
 * phrases listed) on a first visit, on repeat visits served by the worker, and offline. Median of 5 runs.
 * Serves dist/ on a port the system picks, in Debian's Chromium.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { locales } from '../src/lib/i18n/locales.ts';

const root = resolve(import.meta.dirname, '..');
const runs = 5;
const server = spawn(process.execPath, ['scripts/serve.ts'], {
	cwd: root,
	env: { ...process.env, PORT: '0', BASE_PATH: '/' },
	stdio: ['ignore', 'pipe', 'inherit'],
});
const origin = await new Promise<string>((done) =>
	server.stdout!.on(
		'data',
		(c: Buffer) =>
			/at (http:\/\/[^/\s]+)/.exec(c.toString()) &&
			done(/at (http:\/\/[^/\s]+)/.exec(c.toString())![1]!),
	),
);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});

/** Milliseconds from navigation start until the finder can be used. */
async function timeToFinder(page: Page, url: string): Promise<number> {
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(
		() =>
			document.querySelector('[data-option]') && document.activeElement?.matches('[data-search]'),
		undefined,
		{ polling: 'raf' },
	);
	return page.evaluate(() => performance.now());
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8);

console.log('locale  cached files   cached size   first visit   repeat (worker)   repeat offline');
try {
	for (const { code } of locales) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const url = `${origin}/${code}/phrases/`;
		const first = await timeToFinder(page, url);
		await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, {
			timeout: 60_000,
		});
		const { files, bytes } = await page.evaluate(async () => {
			let files = 0;
			let bytes = 0;
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					files++;
					bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
				}
			}
			return { files, bytes };
		});
		const repeat: number[] = [];
		for (let i = 0; i < runs; i++) repeat.push(await timeToFinder(page, url));
		await context.setOffline(true);
		const offline: number[] = [];
		for (let i = 0; i < runs; i++) offline.push(await timeToFinder(page, url));
		console.log(
			`${code.padEnd(7)} ${String(files).padStart(12)} ${`${(bytes / 1024).toFixed(0)} KiB`.padStart(13)} ${ms(first).padStart(13)} ${ms(median(repeat)).padStart(17)} ${ms(median(offline)).padStart(16)}`,
		);
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}
