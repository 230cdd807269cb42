/**
 * `npm run i18n:mark -- <locale> [entry key | file › entry | entry name | file | key prefix …]`
 * After checking a translation against the current source, record the source (its fingerprint and text) so
 * the entry no longer shows as outdated. Without selectors, marks every entry the locale has translated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawContent } from '../src/lib/content/load.ts';
import { sourceLocale } from '../src/lib/i18n/locales.ts';
import { mark, MarkError } from '../src/lib/i18n/mark.ts';
import { entries, type Records } from '../src/lib/i18n/status.ts';
import { siteLocaleOrExit } from './locale-arg.ts';

const args = process.argv.slice(2);
// --upgrade: only add the source texts to records that hold a bare fingerprint of the current source (no state changes).
const upgrade = args.includes('--upgrade');
const [typed, ...selectors] = args.filter((a) => a !== '--upgrade');
if (!typed) {
	console.error(
		'Usage: npm run i18n:mark -- <locale> [entry key | file | file › entry …]\nExample: npm run i18n:mark -- ja src/content/phrase-texts/ja/calming.yaml',
	);
	process.exit(1);
}
const locale = siteLocaleOrExit(typed);
const root = process.cwd();
const { content } = loadRawContent(root);
let result;
try {
	result = mark(
		entries(content, sourceLocale),
		locale,
		(content.records.get(locale)?.data ?? {}) as Records,
		selectors,
		upgrade,
	);
} catch (error) {
	if (!(error instanceof MarkError)) throw error;
	console.error(error.message);
	process.exit(1);
}
const dir = join(root, 'src/content/translation-records');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${locale}.json`), `${JSON.stringify(result.records, null, '\t')}\n`);
const list = (keys: string[]) => keys.map((k) => `  ${k}`).join('\n');
if (result.marked.length)
	console.log(
		`Marked ${result.marked.length} entr${result.marked.length === 1 ? 'y' : 'ies'} of "${locale}" as up to date:\n${list(result.marked)}`,
	);
if (result.unchanged.length)
	console.log(
		`${result.unchanged.length} selected entr${result.unchanged.length === 1 ? 'y was' : 'ies were'} already up to date${selectors.length ? `:\n${list(result.unchanged)}` : '.'}`,
	);
if (result.missing.length)
	console.log(`Not translated yet, nothing to record:\n${list(result.missing)}`);
if (upgrade)
	console.log(`Records of "${locale}" now keep the source texts of their up-to-date entries.`);
else if (!result.marked.length && !result.unchanged.length)
	console.log(`Nothing to mark for "${locale}": it has no translated entries yet.`);
