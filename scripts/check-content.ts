/**
 * `npm run content:check`: the same content check the build runs, without building. Exits 1 on problems.
 */
import { formatIssues, isError } from '../src/lib/content/issues.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { terminologyReport } from '../src/lib/i18n/terminology.ts';

const issues = validateContent(process.cwd());
if (issues.length) {
	console.error(formatIssues(issues));
	// Warnings are reported; only errors fail the check.
	if (issues.some(isError)) process.exit(1);
}
const terms = terminologyReport(process.cwd());
if (terms) console.warn(terms);
console.log('Content check passed.');
