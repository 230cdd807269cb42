/**
 * `npm run i18n:status [-- --json] [--strict] [--locale <code>]`
 * Per locale and kind of content: translated, missing, untranslated (left identical to the source) and
 * outdated, then every gap with its file and entry, and for outdated entries what changed in the source.
 * --strict exits 1 when a locale marked "complete" has a gap; partial locales are reported with their
 * progress and never fail it.
 */
import Table from 'cli-table3';
import { loadRawContent } from '../src/lib/content/load.ts';
import { formatIssue } from '../src/lib/content/issues.ts';
import { glossaryOf, glossaryWarnings } from '../src/lib/i18n/glossary.ts';
import { locales, sourceLocale } from '../src/lib/i18n/locales.ts';
import {
	entries,
	kinds,
	localeStatus,
	type KindCount,
	type LocaleStatus,
	type Records,
} from '../src/lib/i18n/status.ts';
import { diffText } from '../src/lib/i18n/word-diff.ts';
import { siteLocaleOrExit } from './locale-arg.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const strict = args.includes('--strict');
let only = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : undefined;
if (only !== undefined) only = siteLocaleOrExit(only);

const { content } = loadRawContent(process.cwd());
const list = entries(content, sourceLocale);
const statuses: LocaleStatus[] = locales
	.filter((l) => !only || l.code === only)
	.map((l) =>
		localeStatus(
			list,
			l.code,
			(content.records.get(l.code)?.data ?? {}) as Records,
			l.status === 'complete',
		),
	);

// Terminology: forbidden variants from each locale's glossary (warnings; they never fail --strict).
const terms = statuses.flatMap((s) => {
	const g = glossaryOf(content, s.locale);
	return g
		? glossaryWarnings(list, s.locale, g.glossary, g.file).map((w) => ({ ...w, locale: s.locale }))
		: [];
});

if (json) {
	console.log(
		JSON.stringify({ source: sourceLocale, locales: statuses, terminology: terms }, null, 2),
	);
} else {
	const cell = (c: KindCount) =>
		[
			`${c.translated}/${c.total}`,
			c.missing && `${c.missing} missing`,
			c.untranslated && `${c.untranslated} untranslated`,
			c.outdated && `${c.outdated} outdated`,
		]
			.filter(Boolean)
			.join('\n');
	console.log(`Translation status. Source: ${sourceLocale}; playbooks: their seed's language.`);
	// cli-table3 measures display width (string-width), so Japanese and Greek cells line up.
	const table = new Table({
		head: ['locale', ...kinds, 'total', 'done'],
		style: { head: [], border: [] },
	});
	for (const s of statuses)
		table.push([
			`${s.locale} ${locales.find((l) => l.code === s.locale)!.label}${s.required ? '' : '\n(partial)'}`,
			...kinds.map((k) => cell(s.kinds[k])),
			cell(s.total),
			`${s.percent}%`,
		]);
	console.log(table.toString());
	const gaps = statuses.flatMap((s) => s.gaps.map((g) => ({ ...g, locale: s.locale })));
	if (gaps.length) {
		console.log(`\n${gaps.length} gap(s) (locale, state, entry key, file › entry):`);
		for (const g of gaps) {
			console.log(
				`  ${g.locale.padEnd(5)} ${g.state.padEnd(12)} ${g.key}   ${g.file} › ${g.entry}`,
			);
			for (const c of g.changes ?? []) {
				if (c.diff) console.log(`      ${c.field}: source changed: ${diffText(c.diff)}`);
				else
					console.log(
						`      ${c.field}: source now: ${c.after} (the record predates source texts: compare with the history of the source file)`,
					);
				if (c.translation !== undefined)
					console.log(`      ${' '.repeat(c.field.length)}  translation: ${c.translation}`);
			}
		}
		console.log(
			'\nTranslate the missing and untranslated entries. For outdated ones, compare with the source, update the translation, then run:\n  npm run i18n:mark -- <locale> <entry key, file, or file › entry>',
		);
	} else console.log('\nEverything is translated and up to date.');
	if (terms.length) {
		console.log(`\n${terms.length} terminology warning(s) (src/content/glossary/<locale>.yaml):`);
		for (const w of terms) console.log(`  ${w.locale.padEnd(5)} ${formatIssue(w)}`);
	}
	for (const s of statuses.filter((x) => !x.required))
		console.log(
			`"${s.locale}" is partial (${s.percent}% done): its gaps fall back and do not fail --strict. Mark it "complete" in src/lib/i18n/locales.json when it reaches 100%.`,
		);
}

if (strict && statuses.some((s) => s.required && s.gaps.length)) process.exit(1);
