/**
 * `npm run i18n:mark -- <locale> [file | entry key | key prefix …]`
 * After checking a translation against the current source, record the source's hash so the entry no
 * longer shows as outdated. Without selectors, marks every entry the locale has translated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawContent } from '../src/lib/content/load.ts';
import { isLocale, sourceLocale } from '../src/lib/i18n/locales.ts';
import { entries, mark, type Records } from '../src/lib/i18n/status.ts';

const [locale, ...selectors] = process.argv.slice(2);
if (!locale || !isLocale(locale)) {
	console.error('Usage: npm run i18n:mark -- <locale> [file | entry key …]\nExample: npm run i18n:mark -- ja src/content/phrase-texts/ja/calming.yaml');
	process.exit(1);
}
const root = process.cwd();
const { content } = loadRawContent(root);
const result = mark(entries(content, sourceLocale), locale, (content.records.get(locale)?.data ?? {}) as Records, selectors);
const dir = join(root, 'src/content/translation-records');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${locale}.json`), `${JSON.stringify(result.records, null, '\t')}\n`);
console.log(result.marked.length ? `Marked ${result.marked.length} entr${result.marked.length === 1 ? 'y' : 'ies'} of "${locale}" as up to date:\n  ${result.marked.join('\n  ')}` : `Nothing to mark for "${locale}": the selected entries were already up to date.`);
