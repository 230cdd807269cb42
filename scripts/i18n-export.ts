/**
 * `npm run i18n:export -- <locale> [--out file.xlf]`
 * Writes every text of the site for one language as XLIFF 1.2 (translations/<locale>.xlf by default): source,
 * current translation, state (new / needs-review-translation / translated), where it appears, and its
 * placeholders as protected codes. Translate it in any CAT tool, then `npm run i18n:import -- <file>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadRawContent } from '../src/lib/content/load.ts';
import { langOf, sourceLocale } from '../src/lib/i18n/locales.ts';
import { entries, type Records } from '../src/lib/i18n/status.ts';
import { siteLocaleOrExit } from './locale-arg.ts';
import { writeXliff } from '../src/lib/i18n/xliff.ts';
import { translationUnits } from '../src/lib/i18n/xliff-units.ts';

const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const typed = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
if (!typed) {
	console.error('Usage: npm run i18n:export -- <locale> [--out translations/de.xlf]');
	process.exit(1);
}
const locale = siteLocaleOrExit(typed);
if (locale === sourceLocale) {
	console.error(`"${locale}" is the source language: export a language that translates from it.`);
	process.exit(1);
}
const root = process.cwd();
const { content } = loadRawContent(root);
const units = translationUnits(
	entries(content, sourceLocale),
	locale,
	(content.records.get(locale)?.data ?? {}) as Records,
	langOf,
);
const file = join(root, out ?? `translations/${locale}.xlf`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, await writeXliff(units, langOf(sourceLocale), langOf(locale)));
const count = (state: string) => units.filter((u) => u.state === state).length;
console.log(
	`Wrote ${file.replace(`${root}/`, '')}: ${units.length} texts of "${locale}" (${count('new')} new, ${count('needs-review-translation')} outdated, ${count('translated')} translated).`,
);
