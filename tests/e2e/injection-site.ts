/**
 * A temporary copy of the project whose every text reaching a page ends in HTML: all content texts, UI
 * strings, the glossary, organisation settings, site titles and language names. Used by injection.spec.ts; also runnable on its
 * own (`node tests/e2e/injection-site.ts <dir>`) to look at the copy.
 *
 * Not injected: structure files (ids, references, numbers: no text), translation records (hashes and the
 * source texts of the status page's diff, which are injected through the texts themselves) and the agents'
 * vocabulary (search words: the content check refuses "<", ">", "{", "}" and "," in them, tested in
 * tests/content/vocabulary.test.ts, and they reach pages only as attribute values and search data).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { copyProjectInto, projectRoot } from '../support/project-copy';

export const root = projectRoot;
export const payload =
	' <script>window.__injected=1</script><img src="x" onerror="window.__injected=2"><b>INJ-B</b>';

const structure =
	/^(playbooks\/|phrases\/|escalation\/tree|training\/(modules|roleplays|knowledge-checks)|techniques\.yaml|pocket-card\.yaml|translation-records\/|vocabulary\/)/;
/**
 * Keys whose values are never text: ids (the glossary's concepts) and phone numbers (organisation settings,
 * which the check holds to digits, spaces, "+", "-" and brackets).
 */
const idKeys = new Set(['id', 'concept', 'emergencyNumber', 'policeNumber']);

function files(dir: string, prefix = ''): string[] {
	return readdirSync(dir).flatMap((n) =>
		statSync(join(dir, n)).isDirectory()
			? files(join(dir, n), `${prefix}${n}/`)
			: [`${prefix}${n}`],
	);
}

const inject = (value: unknown): unknown =>
	typeof value === 'string'
		? value + payload
		: Array.isArray(value)
			? value.map(inject)
			: value && typeof value === 'object'
				? Object.fromEntries(
						Object.entries(value).map(([k, v]) => [k, idKeys.has(k) ? v : inject(v)]),
					)
				: value;

function injectFile(path: string) {
	const text = readFileSync(path, 'utf8');
	writeFileSync(
		path,
		path.endsWith('.json')
			? JSON.stringify(inject(JSON.parse(text)), null, '\t')
			: stringify(inject(parse(text))),
	);
}

/** The injected files, relative to src/content (plus the organisation settings). */
export function makeInjectedCopy(dir: string): string[] {
	copyProjectInto(dir, ['package.json', 'tsconfig.json', 'src', 'public', 'permalinks']);
	// The offline integration only lists file names for the service workers to precache: no text of the
	// content reaches it, and leaving it out saves a third of the build.
	const astroConfig = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
	const withoutOffline = astroConfig.replace(/^\t\toffline\(\),\n/m, '');
	if (withoutOffline === astroConfig) throw new Error('astro.config.mjs: offline() not found');
	writeFileSync(join(dir, 'astro.config.mjs'), withoutOffline);
	const content = join(dir, 'src/content');
	const injected = files(content).filter((f) => !structure.test(f));
	for (const file of injected) injectFile(join(content, file));
	injectFile(join(dir, 'src/config/organisation.yaml'));
	// Site titles and language names (Starlight's header, the language picker, the web manifest).
	const locales = join(dir, 'src/lib/i18n/locales.json');
	const config = JSON.parse(readFileSync(locales, 'utf8'));
	for (const l of config.locales)
		Object.assign(l, { title: l.title + payload, label: l.label + payload });
	writeFileSync(locales, JSON.stringify(config, null, '\t'));
	return [...injected, '../config/organisation.yaml', '../lib/i18n/locales.json'];
}

if (import.meta.filename === process.argv[1]) {
	console.log(makeInjectedCopy(resolve(process.argv[2] ?? join(root, '.test-tmp/injection'))));
}
