/**
 * Runs the content check before Astro reads any content, so broken content fails the build with a list of
 * file › entry › field messages instead of a stack trace from deep inside a page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatIssues, isError } from '../lib/content/issues.ts';
import { validateContent } from '../lib/content/validate.ts';

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
					// Throwing a plain Error keeps Astro from wrapping the message in an unrelated hint.
					const error = new Error(formatIssues(issues));
					error.stack = error.message;
					throw error;
				}
				// In dev the localisation integration re-checks on save and prints only a changed verdict.
				else logger.info('content check passed');
			},
		},
	};
}
