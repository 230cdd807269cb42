/**
 * `npm run export:phrases [-- --out <dir>]`: writes, per locale, the phrases as files help-desk tools import
 * as saved replies / macros (docs/help-desk-export.md) into `<dir>/<locale>/` (default `dist/exports`, the
 * same files and place as the build's). Reads the content straight from src/content, no build needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRawContent } from '../src/lib/content/load.ts';
import { exportFiles, type ExportablePhrase } from '../src/lib/help-desk-export/export.ts';
import { langOf, localeCodes, sourceLocale } from '../src/lib/i18n/locales.ts';

const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : 'dist/exports');
const { content, issues } = loadRawContent(process.cwd());
if (issues.length) {
	console.error(issues.map((i) => `${i.file}: ${i.message}`).join('\n'));
	process.exit(1);
}

type Structure = Omit<ExportablePhrase, 'text'>;
const structures = content.phrases.flatMap((f) => f.data as Structure[]);
const textsOf = (locale: string): Record<string, string> =>
	Object.fromEntries(
		(content.phraseTexts.get(locale) ?? []).flatMap((f) =>
			Object.entries(f.data as Record<string, { text: string }>).map(([id, t]) => [id, t.text]),
		),
	);
const source = textsOf(sourceLocale);

for (const locale of localeCodes) {
	const texts = textsOf(locale);
	// As on the site: a phrase not translated yet is exported in the source language.
	const phrases = structures.map((p) => ({ ...p, text: texts[p.id] ?? source[p.id] ?? '' }));
	const strings = (content.ui.get(locale)?.data ?? {}) as Record<string, string>;
	const dir = join(out, locale);
	mkdirSync(dir, { recursive: true });
	for (const [name, body] of Object.entries(exportFiles(phrases, strings, locale, langOf(locale))))
		writeFileSync(join(dir, name), body);
	console.log(`${locale}: ${phrases.filter((p) => !p.avoid).length} phrases → ${dir}`);
}
