/**
 * Runs the content check before Astro reads any content, so broken content fails the build with a list of
 * file › entry › field messages instead of a stack trace from deep inside a page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatIssues, isError } from '../lib/content/issues.ts';
import { validateContent } from '../lib/content/validate.ts';
import { buildError } from './build-error.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const issues = validateContent(root);
				if (issues.length && !issues.some(isError)) {
					// Warnings (invisible characters, lookalike letters, mojibake) are shown but do not stop the build.
					logger.warn(formatIssues(issues));
					return;
				}
				if (issues.length && command === 'dev') {
					// While translating, the dev server keeps running and shows what is still wrong.
					logger.warn(formatIssues(issues));
				} else if (issues.length) {
					throw buildError(
						formatIssues(issues),
						'Fix the entries named above, root causes first; `npm run content:check` checks again without building. docs/content-model.md describes every field.',
					);
				}
				// In dev the localisation integration re-checks on save and prints only a changed verdict.
				else logger.info('content check passed');
			},
		},
	};
}
