/**
 * Terminology warnings for every locale (forbidden variants from each glossary, see glossary.ts), for the
 * tools translators run while they work: `npm run content:check` and the re-check of `npm run dev` print
 * them as warnings after the content check's verdict; `npm run i18n:status` lists them too. They never fail.
 */
import { loadRawContent } from '../content/load.ts';
import { formatIssue } from '../content/issues.ts';
import { glossaryOf, glossaryWarnings } from './glossary.ts';
import { locales, sourceLocale } from './locales.ts';
import { entries } from './status.ts';

export function terminologyWarnings(root: string): string[] {
	const { content } = loadRawContent(root);
	const list = entries(content, sourceLocale);
	return locales.flatMap((l) => {
		const g = glossaryOf(content, l.code);
		return g ? glossaryWarnings(list, l.code, g.glossary, g.file).map(formatIssue) : [];
	});
}

/** The warnings as one block of text, or '' when there are none. */
export function terminologyReport(root: string): string {
	const warnings = terminologyWarnings(root);
	return warnings.length
		? `${warnings.length} terminology warning(s) (src/content/glossary/<locale>.yaml):\n${warnings.map((w) => `  ${w}`).join('\n')}`
		: '';
}
