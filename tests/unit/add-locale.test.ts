/**
 * Adding a language is one command: in a throwaway copy of the project, `i18n:add-locale` registers "de",
 * the site builds at once with German falling back everywhere (with notices and the right `lang`), and the
 * translation status shows German at 0%.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Inside the project, so the copy resolves the project's node_modules like the real thing.
const copy = join(root, '.test-tmp', `add-locale-${process.pid}`);
const node = join(root, 'node_modules/.bin/node');
const run = (script: string, ...args: string[]) => execFileSync(node, [script, ...args], { cwd: copy, encoding: 'utf8', env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` } });

beforeAll(() => {
	rmSync(copy, { recursive: true, force: true });
	mkdirSync(copy, { recursive: true });
	for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'permalinks']) cpSync(join(root, item), join(copy, item), { recursive: true });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run i18n:add-locale', () => {
	it('registers the language and scaffolds its files', () => {
		const out = run('scripts/i18n-add-locale.ts', 'de');
		expect(out).toMatch(/Added "de" \(Deutsch\) as a partial locale/);
		const config = JSON.parse(readFileSync(join(copy, 'src/lib/i18n/locales.json'), 'utf8'));
		expect(config.locales.at(-1)).toMatchObject({ code: 'de', lang: 'de', label: 'Deutsch', status: 'partial' });
		expect(() => run('scripts/i18n-add-locale.ts', 'de')).toThrow();
		expect(() => run('scripts/i18n-add-locale.ts', 'Deutsch')).toThrow();
	});

	it('shows the new language at 0% in the translation status', () => {
		const status = JSON.parse(run('scripts/i18n-status.ts', '--json', '--locale', 'de'));
		expect(status.locales[0]).toMatchObject({ locale: 'de', percent: 0 });
		expect(status.locales[0].total.translated).toBe(0);
		expect(status.locales[0].gaps[0]).toMatchObject({ state: 'missing', file: expect.stringMatching(/^src\/content\/.+de/) });
		expect(() => run('scripts/i18n-status.ts', '--strict', '--locale', 'de')).toThrow();
	});

	it('builds at once, with every page falling back visibly and in the right language', () => {
		execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: copy, stdio: 'pipe', env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` } });
		const page = readFileSync(join(copy, 'dist/de/playbooks/difficult-customers/index.html'), 'utf8');
		expect(page).toMatch(/<html lang="de"/);
		expect(page).toMatch(/class="fallback-notice" role="note" lang="ro" data-pagefind-ignore/);
		// The playbook falls back to its source language (Japanese), tagged as such and kept out of the German index.
		expect(page).toMatch(/<div class="step-body" lang="ja" data-pagefind-ignore="all">/);
		const phrases = readFileSync(join(copy, 'dist/de/phrases/index.html'), 'utf8');
		expect(phrases).toMatch(/data-pagefind-ignore="all"><span class="phrase-text" lang="ro">/);
		const tree = readFileSync(join(copy, 'dist/de/escalation/index.html'), 'utf8');
		expect(tree).toMatch(/<section id="safety-risk"[^>]*lang="ro" data-pagefind-ignore="all"/);
		const index = JSON.parse(readFileSync(join(copy, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(index.languages)).toContain('de');
	}, 180_000);
});
