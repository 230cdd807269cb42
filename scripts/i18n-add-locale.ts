/**
 * `npm run i18n:add-locale -- <code> [--label "Deutsch"] [--title "Site name"]`
 * Registers a language and scaffolds its files. The language starts as `partial`: everything falls back to
 * the source language (with a visible notice) until translated, so the site builds at once, and
 * `npm run i18n:status` shows it at 0%. Set its status to "complete" in src/lib/i18n/locales.json once
 * every entry is translated: from then on a gap fails the build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const code = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const root = process.cwd();
const configFile = join(root, 'src/lib/i18n/locales.json');

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (!code) fail('Usage: npm run i18n:add-locale -- <code> [--label "Deutsch"] [--title "Site name"]\nExample: npm run i18n:add-locale -- de');
if (!/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/.test(code)) fail(`"${code}" is not a language code of the form "de", "pt-BR" or "zh-Hant" (lowercase language, optional script and region).`);
try {
	Intl.getCanonicalLocales(code);
} catch {
	fail(`"${code}" is not a valid BCP-47 language tag.`);
}

const config = JSON.parse(readFileSync(configFile, 'utf8')) as { source: string; locales: { code: string; title: string }[] };
if (config.locales.some((l) => l.code === code)) fail(`"${code}" is already a locale of the site (src/lib/i18n/locales.json).`);

const ownName = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
const label = option('--label') ?? ownName.charAt(0).toLocaleUpperCase(code) + ownName.slice(1);
const title = option('--title') ?? config.locales.find((l) => l.code === config.source)!.title;
config.locales.push({ code, lang: code, label, title, status: 'partial' } as never);
writeFileSync(configFile, `${JSON.stringify(config, null, '\t')}\n`);

const content = join(root, 'src/content');
const scaffold: [path: string, text: string][] = [
	[`i18n/${code}.json`, '{}\n'],
	[`technique-texts/${code}.yaml`, '{}\n'],
	[`escalation-texts/${code}.yaml`, '{}\n'],
	[`training-texts/${code}.yaml`, '{}\n'],
	[`translation-records/${code}.json`, '{}\n'],
	[`playbook-texts/${code}/README.md`, `Translate each playbook by copying its file from another language folder (e.g. ../${config.source}/) and translating the texts. Keep every id.\n`],
	[`phrase-texts/${code}/README.md`, `Translate each phrase group by copying its file from another language folder (e.g. ../${config.source}/) and translating the texts. Keep ids and {placeholders}.\n`],
];
for (const [path, text] of scaffold) {
	const file = join(content, path);
	mkdirSync(join(file, '..'), { recursive: true });
	if (!existsSync(file)) writeFileSync(file, text);
}
console.log(`Added "${code}" (${label}) as a partial locale.\n- Registered in src/lib/i18n/locales.json\n- Scaffolded ${scaffold.map(([p]) => `src/content/${p}`).join(', ')}\nNext: translate, check with "npm run i18n:status -- --locale ${code}", preview with "npm run dev".`);
