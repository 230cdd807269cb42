/// <reference types="vitest/config" />
import { playwright } from '@vitest/browser-playwright';
import { getViteConfig } from 'astro/config';

/**
 * Four projects, shaped like the code (Starlight runs one small project per fixture configuration), each
 * chosen by folder, so a new test lands in the right project by where it is put:
 * - unit (tests/unit/): pure modules, fast (`npm run test:unit`);
 * - content (tests/content/): the content check over fixtures and over the whole real content tree;
 * - build (tests/build/): tests that build a whole site (`npm run i18n:add-locale` end to end);
 * - element (tests/element/): the custom elements on small HTML fixtures in Debian's Chromium (Vitest
 *   browser mode).
 * Helpers shared between them live in tests/support/. `vitest run` (in `npm test`) runs them all;
 * `--project <name>` runs one.
 */

// Astro's Vite config, so tests resolve `astro/zod` and the project's modules exactly as the build does.
export default getViteConfig({
	test: {
		// Several tests read the whole real content tree; on a 2-core CI machine that can pass 5 s. Time is
		// measured by the benchmarks, not here.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{ extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'element',
					include: ['tests/element/**/*.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						// Debian's Chromium; no test tool downloads its own browser (see scripts/ensure-browser.ts).
						provider: playwright({
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
						}),
						instances: [{ browser: 'chromium' }],
					},
				},
			},
		],
	},
});
