/**
 * `npm run i18n:status [-- --json] [--strict] [--locale <code>]`
 * Per locale and kind of content: translated, missing and outdated, with the file and entry of each gap.
 * --strict exits 1 when anything is missing or outdated (CI runs it that way).
 */
import { loadRawContent } from '../src/lib/content/load.ts';
import { locales, sourceLocale } from '../src/lib/i18n/locales.ts';
import { entries, kinds, localeStatus, type LocaleStatus, type Records } from '../src/lib/i18n/status.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const strict = args.includes('--strict');
const only = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : undefined;

const { content } = loadRawContent(process.cwd());
const list = entries(content, sourceLocale);
const statuses: LocaleStatus[] = locales
	.filter((l) => !only || l.code === only)
	.map((l) => localeStatus(list, l.code, (content.records.get(l.code)?.data ?? {}) as Records));

if (json) {
	console.log(JSON.stringify({ source: sourceLocale, locales: statuses }, null, 2));
} else {
	const cell = (c: { total: number; translated: number; missing: number; outdated: number }) =>
		`${c.translated}/${c.total}${c.missing ? ` -${c.missing}` : ''}${c.outdated ? ` ~${c.outdated}` : ''}`;
	console.log(`Translation status (n/total translated, -missing, ~outdated). Source: ${sourceLocale}; playbooks: their seed's language.\n`);
	console.log(['locale', ...kinds, 'total', '%'].map((h) => h.padEnd(13)).join(''));
	for (const s of statuses) console.log([s.locale, ...kinds.map((k) => cell(s.kinds[k])), cell(s.total), `${s.percent}%`].map((c) => c.padEnd(13)).join(''));
	const gaps = statuses.flatMap((s) => s.gaps.map((g) => ({ ...g, locale: s.locale })));
	if (gaps.length) {
		console.log(`\n${gaps.length} gap(s):`);
		for (const g of gaps) console.log(`  ${g.locale.padEnd(4)} ${g.state.padEnd(9)} ${g.file} › ${g.entry}`);
		console.log('\nTranslate the missing entries. For outdated ones, compare with the source, update the translation, then run:\n  npm run i18n:mark -- <locale> <file or entry key>');
	} else console.log('\nEverything is translated and up to date.');
}

if (strict && statuses.some((s) => s.gaps.length)) process.exit(1);
