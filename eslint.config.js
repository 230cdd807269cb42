// @ts-check
/**
 * ESLint over the code (src, scripts, bench, tests, .astro components and the config files): @eslint/js and typescript-eslint's
 * recommended rules, zero warnings (`npm run lint`, part of `npm test`). Formatting is Prettier's job.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'.vitest/',
			// Sites the browser tests build for themselves (injection, localisation).
			'.test-tmp/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	// .astro files: frontmatter and <script> blocks, with the same TypeScript rules.
	astro.configs.recommended,
	{
		rules: {
			// `const { confirmed: _confirmed, ...values } = …` is how an object drops a field; not a forgotten variable.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		// Plain JavaScript config files run on Node; TypeScript files get their globals from their types.
		files: ['**/*.{js,mjs}'],
		languageOptions: { globals: { URL: 'readonly', process: 'readonly' } },
	},
);
