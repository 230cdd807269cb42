/**
 * `npm run i18n:add-locale -- <code> [--label "Deutsch"] [--title "Site name"] [--fallback es]`
 * Registers a language and scaffolds its files. The language starts as `partial`: everything falls back to
 * the source language (with a visible notice) until translated, so the site builds at once, and
 * `npm run i18n:status` shows it at 0%. Set its status to "complete" in src/lib/i18n/locales.json once
 * every entry is translated: from then on a gap fails the build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const code = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const root = process.cwd();
const configFile = join(root, 'src/lib/i18n/locales.json');

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (!code)
	fail(
		'Usage: npm run i18n:add-locale -- <code> [--label "Deutsch"] [--title "Site name"] [--fallback es]\nExample: npm run i18n:add-locale -- de --title "Leitfaden für schwierige Kunden" --fallback es',
	);
if (!/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/.test(code))
	fail(
		`"${code}" is not a language code of the form "de", "pt-BR" or "zh-Hant" (lowercase language, optional script and region).`,
	);
try {
	Intl.getCanonicalLocales(code);
} catch {
	fail(`"${code}" is not a valid BCP-47 language tag.`);
}

const configText = readFileSync(configFile, 'utf8');
const config = JSON.parse(configText) as {
	source: string;
	locales: { code: string; title: string }[];
};
if (config.locales.some((l) => l.code === code))
	fail(`"${code}" is already a locale of the site (src/lib/i18n/locales.json).`);

const ownName = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
const label = option('--label') ?? ownName.charAt(0).toLocaleUpperCase(code) + ownName.slice(1);
// Asked when not given and someone is at the terminal; otherwise a neutral default the build accepts.
const ask = async (question: string) => {
	if (!process.stdin.isTTY) return undefined;
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const answer = (await rl.question(question)).trim();
	rl.close();
	return answer || undefined;
};
const codes = config.locales.map((l) => l.code);
const title =
	option('--title') ?? (await ask(`Site title in ${label} (the name shown in the header): `)) ?? '';
const fallbackText =
	option('--fallback') ??
	(await ask(
		`Show untranslated text in which language(s) first? (${codes.join(', ')}; comma-separated, ${config.source} is always last) [${config.source}]: `,
	)) ??
	'';
const fallback = fallbackText
	.split(',')
	.map((f) => f.trim())
	.filter(Boolean);
for (const f of fallback)
	if (!codes.includes(f))
		fail(`--fallback "${f}" is not a locale of the site (${codes.join(', ')}).`);
const titleOrDefault =
	title || config.locales.find((l) => l.code === (fallback[0] ?? config.source))!.title;
if (!title)
	console.log(
		`No --title given: the site title is "${titleOrDefault}" until you change "title" in src/lib/i18n/locales.json.`,
	);
// One new line before the end of the list: the rest of locales.json stays exactly as it was.
const entry = {
	code,
	lang: code,
	label,
	title: titleOrDefault,
	status: 'partial',
	...(fallback.length ? { fallback } : {}),
};
const line = `{ ${Object.entries(entry)
	.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
	.join(', ')} }`;
const end = configText.search(/\}\s*\n\s*\]/);
if (end < 0)
	fail(
		'src/lib/i18n/locales.json: could not find the end of the "locales" list; add the language by hand.',
	);
writeFileSync(
	configFile,
	`${configText.slice(0, end + 1)},\n\t\t${line}${configText.slice(end + 1)}`,
);

const content = join(root, 'src/content');
const scaffold: [path: string, text: string][] = [
	[`i18n/${code}.json`, '{}\n'],
	[`technique-texts/${code}.yaml`, '{}\n'],
	[`escalation-texts/${code}.yaml`, '{}\n'],
	[`training-texts/${code}.yaml`, '{}\n'],
	[`translation-records/${code}.json`, '{}\n'],
	[
		`playbook-texts/${code}/README.md`,
		`Translate each playbook by copying its file from another language folder (e.g. ../${config.source}/) and translating the texts. Keep every id.\n`,
	],
	[
		`phrase-texts/${code}/README.md`,
		`Translate each phrase group by copying its file from another language folder (e.g. ../${config.source}/) and translating the texts. Keep ids and {placeholders}.\n`,
	],
];
for (const [path, text] of scaffold) {
	const file = join(content, path);
	mkdirSync(join(file, '..'), { recursive: true });
	if (!existsSync(file)) writeFileSync(file, text);
}
console.log(
	`Added "${code}" (${label}) as a partial locale, site title "${titleOrDefault}", untranslated text shown in ${[...fallback, config.source].join(' → ')}.\n- Registered in src/lib/i18n/locales.json\n- Scaffolded ${scaffold.map(([p]) => `src/content/${p}`).join(', ')}\nNext: translate, check with "npm run i18n:status -- --locale ${code}", preview with "npm run dev".`,
);
