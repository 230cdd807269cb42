import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the real built site (`npm run build` first), served statically by
 * scripts/serve.ts, in Debian's Chromium (no test tool may download its own browser here).
 */
const port = Number(process.env.TEST_PORT ?? 4329);
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${basePath}`,
		// The offline worker precaches a whole locale after the first page; on two shared cores that slows
		// every other journey. The offline tests (offline*.spec.ts, the /help/ offline test) allow it.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [
		{ name: 'browser', testDir: 'tests/e2e' },
		// Lighthouse measures performance, so it runs alone, after everything else.
		{
			name: 'lighthouse',
			testDir: 'tests/lighthouse',
			dependencies: ['browser'],
			fullyParallel: false,
		},
	],
	webServer: {
		command: `node scripts/serve.ts`,
		env: { PORT: String(port), BASE_PATH: basePath },
		url: `http://127.0.0.1:${port}${basePath}`,
		reuseExistingServer: false,
		stdout: 'ignore',
	},
});
