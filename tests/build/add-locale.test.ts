/**
 * CONTRIBUTING.md's "Adding a language", followed literally in a throwaway copy of the project: add German
 * with its title and a fallback to Spanish, translate a few entries, check the status, mark, export and
 * import XLIFF, and run the checks `npm test` runs before the browser tests (content check, strict status,
 * build). A partial language never turns them red; the site builds at once and falls back visibly.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, projectCopy, projectEnv, runScript, snapshot } from '../support/project-copy';

const project = projectCopy(`add-locale-${process.pid}`);
const copy = project.dir;
const run = (script: string, ...args: string[]) => runScript(copy, script, ...args);
const fails = (script: string, ...args: string[]) => {
	try {
		run(script, ...args);
	} catch (error) {
		return String((error as { stderr?: string }).stderr);
	}
	throw new Error(`${script} ${args.join(' ')} succeeded`);
};
const read = (path: string) => readFileSync(join(copy, path), 'utf8');

beforeAll(() => project.create());
afterAll(project.remove);

describe('CONTRIBUTING: adding a language', () => {
	it('npm run i18n:add-locale -- de --title … --fallback es registers it by adding one line to locales.json', () => {
		const before = read('src/lib/i18n/locales.json');
		const out = run(
			'scripts/i18n-add-locale.ts',
			'de',
			'--title',
			'Leitfaden für schwierige Kunden',
			'--fallback',
			'es',
		);
		expect(out).toMatch(
			/Added "de" \(Deutsch\) as a partial locale, site title "Leitfaden für schwierige Kunden", untranslated text shown in es → ro/,
		);
		const after = read('src/lib/i18n/locales.json');
		const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
		expect(added.at(-1)).toBe(
			'\t\t{ "code": "de", "lang": "de", "label": "Deutsch", "title": "Leitfaden für schwierige Kunden", "status": "partial", "fallback": ["es"] }',
		);
		// Nothing else changes but the comma that JSON needs after the previous last locale.
		expect(after.replace(`,\n${added.at(-1)}`, '')).toBe(before);
		expect(fails('scripts/i18n-add-locale.ts', 'de')).toMatch(/already a locale/);
		expect(fails('scripts/i18n-add-locale.ts', 'Deutsch')).toMatch(/not a language code/);
		expect(fails('scripts/i18n-add-locale.ts', 'fr', '--fallback', 'german')).toMatch(
			/--fallback "german" is not a locale of the site/,
		);
	}, 240_000);

	it('shows German as partial at 0%, and --strict stays green', () => {
		const status = JSON.parse(run('scripts/i18n-status.ts', '--json', '--locale', 'de'));
		expect(status.locales[0]).toMatchObject({ locale: 'de', required: false, percent: 0 });
		expect(status.locales[0].gaps[0]).toMatchObject({
			state: 'missing',
			file: expect.stringMatching(/^src\/content\/.+de/),
		});
		run('scripts/i18n-status.ts', '--strict');
		expect(fails('scripts/i18n-status.ts', '--locale', 'german')).toMatch(
			/"german" is not a locale of this site \(ro, ja, ru, es, el, de\)\. Did you mean "de"\?/,
		);
	}, 240_000);

	it('counts new translations as current, and text left in the source language as untranslated', () => {
		writeFileSync(
			join(copy, 'src/content/technique-texts/de.yaml'),
			'staying-calm:\n  name: Ruhe bewahren\n  description: Die eigenen Gefühle, die Stimme und den Atem so steuern, dass die Anspannung des Kunden nicht auf Sie überspringt.\nnot-taking-it-personally:\n  name: Detașarea emoțională\n  description: Înțelegerea faptului că furia clientului se îndreaptă spre situație, nu spre dumneavoastră ca persoană, ceea ce vă protejează și vă ajută să gândiți limpede.\n',
		);
		writeFileSync(
			join(copy, 'src/content/i18n/de.json'),
			'{\n\t"nav.home": "Startseite",\n\t"playbook.stepCount_one": "{{count}} Schritt",\n\t"playbook.stepCount_other": "{{count}} Schritte"\n}\n',
		);
		const [de] = JSON.parse(run('scripts/i18n-status.ts', '--json', '--locale', 'de')).locales;
		expect(de.gaps.filter((g: { state: string }) => g.state === 'outdated')).toEqual([]);
		expect(de.gaps).toContainEqual(
			expect.objectContaining({ key: 'technique:not-taking-it-personally', state: 'untranslated' }),
		);
		expect(de.gaps.map((g: { key: string }) => g.key)).not.toContain('technique:staying-calm');
		expect(de.total.translated).toBe(3);
		expect(de.percent).toBe(Math.floor((100 * 3) / de.total.total));
		const table = run('scripts/i18n-status.ts', '--locale', 'de');
		expect(table).toMatch(/│ de Deutsch\s+│/);
		expect(table).toMatch(/1 untranslated/);
	}, 240_000);

	it('marks exactly the entries named as i18n:status prints them, and refuses names it does not know', () => {
		expect(run('scripts/i18n-mark.ts', 'de', 'technique:staying-calm')).toMatch(
			/Marked 1 entry of "de" as up to date:\n {2}technique:staying-calm/,
		);
		expect(run('scripts/i18n-mark.ts', 'DE', 'src/content/i18n/de.json › nav.home')).toMatch(
			/Marked 1 entry of "de"[^]*ui:nav\.home/,
		);
		expect(fails('scripts/i18n-mark.ts', 'de', 'technique:staying-clam')).toMatch(
			/"technique:staying-clam" matches no entry or file of "de"\. Did you mean "technique:staying-calm"\?/,
		);
		expect(fails('scripts/i18n-mark.ts', 'german')).toMatch(/Did you mean "de"\?/);
		expect(
			JSON.parse(read('src/content/translation-records/de.json'))['technique:staying-calm'],
		).toMatchObject({ source: { name: 'Păstrarea calmului' } });
	}, 240_000);

	it('exports XLIFF, re-imports it unchanged without changing a file, and imports a translation', () => {
		expect(run('scripts/i18n-export.ts', 'de')).toMatch(
			/Wrote translations\/de\.xlf: \d+ texts of "de" \(\d+ new, 0 outdated, \d+ translated\)/,
		);
		const xml = read('translations/de.xlf');
		expect(xml).toMatch(
			/<trans-unit id="technique:staying-calm\|name"><source>Păstrarea calmului<\/source>\n<target state="translated">Ruhe bewahren<\/target>/,
		);
		const content = snapshot(join(copy, 'src'));
		expect(run('scripts/i18n-import.ts', 'translations/de.xlf')).toMatch(/no changes for "de"/);
		expect(snapshot(join(copy, 'src'))).toEqual(content);
		writeFileSync(
			join(copy, 'translations/de.xlf'),
			xml.replace(
				/(<trans-unit id="technique:not-taking-it-personally\|name">.*?<target state=")[^"]*">[^<]*/s,
				'$1translated">Nicht persönlich nehmen',
			),
		);
		const out = run('scripts/i18n-import.ts', 'translations/de.xlf');
		expect(out).toMatch(
			/changed src\/content\/technique-texts\/de\.yaml › not-taking-it-personally › name\n {10}was: Detașarea emoțională\n {10}now: Nicht persönlich nehmen/,
		);
		expect(read('src/content/technique-texts/de.yaml')).toMatch(
			/not-taking-it-personally:\n {2}name: Nicht persönlich nehmen\n/,
		);
	}, 240_000);

	it('passes the checks npm test runs and builds at once, falling back along the chain with notices and the right lang', () => {
		run('scripts/check-content.ts');
		run('scripts/i18n-status.ts', '--strict');
		execFileSync(bin('astro'), ['build'], { cwd: copy, stdio: 'pipe', env: projectEnv });
		const page = read('dist/de/playbooks/difficult-customers/index.html');
		expect(page).toMatch(/<html lang="de"/);
		// German falls back to Spanish first (its chain is de → es → ro), for every playbook alike.
		expect(page).toMatch(/class="fallback-notice" role="note" lang="es" data-pagefind-ignore/);
		// Once per page section (the page's own texts, then each section), not once per step; plus one for the
		// interface strings German lacks, which fall back to Spanish as well.
		const sections = read('src/content/playbooks/difficult-customers.yaml').match(/^ {2}- id: /gm)!;
		expect(page.match(/class="fallback-notice"/g)).toHaveLength(1 + sections.length + 1);
		expect(page).toMatch(/<span class="step-label" lang="es">/);
		// The interface notice is in Spanish (German lacks it too) and names Spanish in Spanish.
		expect(page).toMatch(
			/<p class="fallback-notice" role="note" lang="es"[^>]*>[^<]*se muestran en español\./,
		);
		expect(page).toMatch(/<div lang="es" data-pagefind-ignore="all">/);
		// UI strings follow the same chain: German where translated, Spanish where not.
		expect(page).toContain('Startseite');
		expect(page).toContain('Frases');
		const phrases = read('dist/de/phrases/index.html');
		expect(phrases).toMatch(/data-pagefind-ignore="all"><span class="phrase-text" lang="es">/);
		const tree = read('dist/de/escalation/index.html');
		expect(tree).toMatch(/<section id="safety-risk"[^>]*lang="es" data-pagefind-ignore="all"/);
		const techniques = read('dist/de/techniques/index.html');
		expect(techniques).toMatch(/<h2 id="staying-calm">Ruhe bewahren<\/h2>/);
		expect(techniques).toMatch(/<h2 id="listening" lang="es">/);
		// Training: modules, kits, questions and notes all fall back to Spanish: one notice per module section.
		const training = read('dist/de/training/index.html');
		const modules = read('src/content/training/modules.yaml').match(/^- id: /gm)!;
		expect(training.match(/class="fallback-notice"/g)).toHaveLength(modules.length + 1);
		expect(training).toMatch(/<div class="roleplay-kit" id="kit-[a-z-]+" lang="es"/);
		const index = JSON.parse(read('dist/pagefind/pagefind-entry.json'));
		expect(Object.keys(index.languages)).toContain('de');
	}, 600_000);
});
