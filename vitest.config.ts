/// <reference types="vitest/config" />
import { playwright } from '@vitest/browser-playwright';
import { getViteConfig } from 'astro/config';

/**
 * Four projects, shaped like the code (Starlight runs one small project per fixture configuration):
 * - unit: pure modules, fast (`npm run test:unit`);
 * - content: the content check over fixtures and over the whole real content tree;
 * - build: tests that build a whole site (`npm run i18n:add-locale` end to end);
 * - element: the custom elements on small HTML fixtures in Debian's Chromium (Vitest browser mode).
 * `vitest run` (in `npm test`) runs them all; `--project <name>` runs one.
 */
const contentTests = [
	'tests/unit/content-errors.test.ts',
	'tests/unit/real-content.test.ts',
	'tests/unit/training-content.test.ts',
	'tests/unit/translator-checks.test.ts',
	'tests/unit/vocabulary.test.ts',
	'tests/unit/status.test.ts',
	'tests/unit/xliff.test.ts',
	'tests/unit/escalation.test.ts',
	'tests/unit/seed-closeness.test.ts',
];
const buildTests = ['tests/unit/add-locale.test.ts'];

// Astro's Vite config, so tests resolve `astro/zod` and the project's modules exactly as the build does.
export default getViteConfig({
	test: {
		// Several tests read the whole real content tree; on a 2-core CI machine that can pass 5 s. Time is
		// measured by the benchmarks, not here.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: [...contentTests, ...buildTests],
				},
			},
			{ extends: true, test: { name: 'content', include: contentTests } },
			{ extends: true, test: { name: 'build', include: buildTests } },
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
