/**
 * Every browser test runs under this fixture: it fails the test if the page reports a Content-Security-Policy
 * violation or an uncaught error, so the CSP is proven by all the journeys, not by one test.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageHealth: void; expectedErrors: RegExp | undefined }>({
	/** Uncaught errors a test provokes on purpose (e.g. storage that throws), which are not failures. */
	expectedErrors: [undefined, { option: true }],
	pageHealth: [
		async ({ context, expectedErrors }, use) => {
			const problems: string[] = [];
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(
						`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
					),
				);
			});
			context.on('console', (message) => {
				if (
					message.type() === 'error' &&
					/Content Security Policy|CSP violation/.test(message.text())
				)
					problems.push(message.text());
			});
			context.on('weberror', (error) => {
				if (!expectedErrors?.test(error.error().message))
					problems.push(`uncaught: ${error.error().message}`);
			});
			await use();
			expect(problems, 'CSP violations and uncaught errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
