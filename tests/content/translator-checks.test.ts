/**
 * The checks translators expect from their tools: i18next variables and plural keys as in the source, a
 * termbase whose forbidden variants are reported with file, entry and the term to use, and marking that
 * cannot silently miss.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues';
import { loadRawContent } from '../../src/lib/content/load';
import { validateContent } from '../../src/lib/content/validate';
import { findVariant, glossaryWarnings } from '../../src/lib/i18n/glossary';
import { mark, MarkError } from '../../src/lib/i18n/mark';
import { resolveLocale } from '../../src/lib/i18n/resolve-locale';
import { entries, identicalToSource, localeStatus } from '../../src/lib/i18n/status';
import { fixtureProject } from '../support/i18n-helpers';

function check(overlay: string): string[] {
	const dir = fixtureProject(overlay);
	try {
		return validateContent(dir, { locales: ['ro', 'ja'], sourceLocale: 'ro', partial: [] }).map(
			formatIssue,
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('UI strings: i18next variables and plural keys match the source', () => {
	it.each([
		[
			'variable-translated',
			/i18n\/ja\.json › entry "phrases\.count_other": unknown i18next variable \{\{kazu\}\}: variables are never translated; use the source's \{\{count\}\}/,
		],
		[
			'variable-missing',
			/i18n\/ja\.json › entry "phrases\.count_other": the i18next variable\(s\) \{\{count\}\} of the source are missing/,
		],
		[
			'plural-as-plain',
			/i18n\/ja\.json › entry "phrases\.count": "phrases\.count" is a plural string in the source: write it as phrases\.count_other/,
		],
		[
			'glossary-malformed',
			/glossary\/ja\.yaml › entry "supervisor-role" › field "term": this field is required/,
		],
	])('%s', (name, message) => {
		const messages = check(name);
		expect(messages.join('\n')).toMatch(message);
	});
});

describe('glossary', () => {
	it('finds a forbidden variant at the start of a word, in any case form, but not inside the preferred term', () => {
		expect(findVariant('Номер вашей заявки: 123.', 'заявк', 'обращение')).toBe('заявки');
		expect(findVariant('Переявка', 'заявк', 'обращение')).toBeUndefined();
		expect(findVariant('上司に代わります', '上司', '責任者')).toBe('上司');
		expect(
			findVariant('対応が難しいお客様です', '難しいお客様', '対応が難しいお客様'),
		).toBeUndefined();
		expect(findVariant('El Esfuerzo de equipo', 'esfuerzo de equipo', 'trabajo de equipo')).toBe(
			'esfuerzo de equipo',
		);
	});

	it('warns with file, entry, field and the term to use, leaving search keywords alone', () => {
		const dir = fixtureProject();
		try {
			const list = entries(loadRawContent(dir).content, 'ro');
			const warnings = glossaryWarnings(
				list,
				'ro',
				[{ concept: 'apology', term: 'scuze', forbidden: ['întârzierea'], note: undefined }],
				'src/content/glossary/ro.yaml',
			);
			expect(warnings.map(formatIssue)).toContain(
				'src/content/phrase-texts/ro/main.yaml › entry "sorry-for-the-delay" › field "text": uses "întârzierea"; the glossary (src/content/glossary/ro.yaml, apology) says "scuze".',
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('untranslated text', () => {
	it('counts a text left identical to the source as untranslated, except names that are the same everywhere', () => {
		expect(identicalToSource({ text: 'Calmați-vă.' }, { text: 'Calmați-vă.' })).toBe(true);
		expect(identicalToSource({ title: 'RESOLVED' }, { title: 'RESOLVED' })).toBe(false);
		expect(identicalToSource({ text: '{orderNumber}' }, { text: '{orderNumber}' })).toBe(false);
		expect(identicalToSource({ text: 'Calmez-vous.' }, { text: 'Calmați-vă.' })).toBe(false);
	});
});

describe('i18n:mark selectors', () => {
	const dir = fixtureProject();
	const list = entries(loadRawContent(dir).content, 'ro');
	rmSync(dir, { recursive: true, force: true });

	it('accepts what i18n:status prints: entry key, "file › entry", entry name, file, prefix', () => {
		expect(mark(list, 'ja', {}, ['phrase:sorry-for-the-delay']).marked).toEqual([
			'phrase:sorry-for-the-delay',
		]);
		expect(
			mark(list, 'ja', {}, ['src/content/playbook-texts/ja/sample.yaml › steps.apologise']).marked,
		).toEqual(['playbook:sample:step:apologise']);
		expect(mark(list, 'ja', {}, ['steps.apologise']).marked).toEqual([
			'playbook:sample:step:apologise',
		]);
		expect(mark(list, 'ja', {}, ['./src/content/phrase-texts/ja/main.yaml']).marked).toEqual([
			'phrase:sorry-for-the-delay',
			'phrase:avoid-calm-down',
		]);
		expect(mark(list, 'ja', {}, ['technique:']).marked).toEqual([
			'technique:listening',
			'technique:apology',
		]);
	});

	it('says which entries were already up to date instead of "nothing to mark"', () => {
		const first = mark(list, 'ja', {}, ['phrase:sorry-for-the-delay']);
		const again = mark(list, 'ja', first.records, ['phrase:sorry-for-the-delay']);
		expect(again).toMatchObject({ marked: [], unchanged: ['phrase:sorry-for-the-delay'] });
	});

	it("rejects an unknown entry with a suggestion, and another locale's file by name", () => {
		expect(() => mark(list, 'ja', {}, ['phrase:sorry-for-the-dealy'])).toThrow(MarkError);
		expect(() => mark(list, 'ja', {}, ['phrase:sorry-for-the-dealy'])).toThrow(
			/"phrase:sorry-for-the-dealy" matches no entry or file of "ja"\. Did you mean "phrase:sorry-for-the-delay"\?/,
		);
		expect(() => mark(list, 'ja', {}, ['src/content/phrase-texts/ro/main.yaml'])).toThrow(
			/is a file of "ro", not of "ja"/,
		);
	});

	it('keeps the source text in the record, so a later change shows as a diff', () => {
		const { records } = mark(list, 'ja', {}, ['phrase:sorry-for-the-delay']);
		expect(records['phrase:sorry-for-the-delay']).toEqual({
			hash: expect.any(String),
			source: { text: 'Îmi pare rău pentru întârzierea comenzii {orderNumber}.' },
		});
		const status = localeStatus(list, 'ja', records);
		expect(status.gaps).toEqual([]);
	});
});

describe('locale names typed on the command line', () => {
	const codes = ['ro', 'ja', 'ru', 'es', 'el', 'de'];
	it('accepts any case and language names, and suggests otherwise', () => {
		expect(resolveLocale('DE', codes)).toEqual({ code: 'de' });
		expect(resolveLocale('german', codes)).toMatchObject({
			error: expect.stringMatching(
				/"german" is not a locale of this site \(ro, ja, ru, es, el, de\)\. Did you mean "de"\?/,
			),
		});
		expect(resolveLocale('Deutsch', codes)).toMatchObject({
			error: expect.stringMatching(/Did you mean "de"\?/),
		});
		expect(resolveLocale('ja-JP', codes)).toMatchObject({
			error: expect.stringMatching(/Did you mean "ja"\?/),
		});
		expect(resolveLocale('xx', codes)).toMatchObject({
			error: expect.not.stringMatching(/Did you mean/),
		});
	});
});
