/**
 * `npm run i18n:import -- <file.xlf> [--dry-run]`
 * Reads an XLIFF file written by i18n:export (and translated in a CAT tool), checks it with the same checks as
 * the build, writes the changed texts, records them as up to date, and reports what changed. Nothing is
 * written when a check fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawContent } from '../src/lib/content/load.ts';
import { langOf, locales, sourceLocale } from '../src/lib/i18n/locales.ts';
import { entries, type Records } from '../src/lib/i18n/status.ts';
import { readXliff } from '../src/lib/i18n/xliff.ts';
import { planImport, writeChanges } from '../src/lib/i18n/xliff-import.ts';

const args = process.argv.slice(2);
const dry = args.includes('--dry-run');
const path = args.find((a) => !a.startsWith('--'));
if (!path) {
	console.error('Usage: npm run i18n:import -- <file.xlf> [--dry-run]');
	process.exit(1);
}
const root = process.cwd();
const xliff = await readXliff(readFileSync(path, 'utf8')).catch((error: Error) => {
	console.error(`${path}: not a readable XLIFF 1.2 file (${error.message}).`);
	process.exit(1);
});
const locale = locales.find(
	(l) => l.lang === xliff.targetLang || l.code === xliff.targetLang,
)?.code;
if (!locale) {
	console.error(
		`${path}: its target-language "${xliff.targetLang ?? ''}" is not a locale of the site (${locales.map((l) => l.code).join(', ')}).`,
	);
	process.exit(1);
}
const { content } = loadRawContent(root);
const records = (content.records.get(locale)?.data ?? {}) as Records;
const result = planImport(
	content,
	entries(content, sourceLocale),
	locale,
	records,
	xliff.units,
	langOf,
);
if (result.errors.length) {
	console.error(
		`${path}: nothing imported, ${result.errors.length} problem(s):\n${result.errors.map((e) => `  - ${e}`).join('\n')}`,
	);
	process.exit(1);
}
for (const s of result.skipped) console.log(`Skipped ${s}`);
if (!result.changes.length && !result.marked.length) {
	console.log(`${path}: no changes for "${locale}".`);
	process.exit(0);
}
for (const c of result.changes)
	console.log(
		`${c.before === undefined ? 'added  ' : 'changed'} ${c.file} › ${c.entry.entry} › ${c.field}${c.before === undefined ? '' : `\n          was: ${c.before}`}\n          now: ${c.after}`,
	);
if (result.marked.length) console.log(`Recorded as up to date: ${result.marked.join(', ')}`);
if (dry) {
	console.log('Dry run: nothing written.');
	process.exit(0);
}
const files = writeChanges(root, result.changes);
writeFileSync(
	join(root, 'src/content/translation-records', `${locale}.json`),
	`${JSON.stringify(Object.fromEntries(Object.entries(result.records).sort(([a], [b]) => a.localeCompare(b))), null, '\t')}\n`,
);
console.log(
	`Imported ${result.changes.length} text(s) into ${files.length} file(s) of "${locale}"; ${result.marked.length} entr${result.marked.length === 1 ? 'y' : 'ies'} recorded.`,
);
