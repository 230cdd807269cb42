import { describe, expect, it } from 'vitest';
import { fallbackChain, layered, textLocale } from '../../src/lib/i18n/fallback';
import type { LocaleInfo } from '../../src/lib/i18n/locales';
import { playbookView } from '../../src/lib/content/model';
import type { Playbook, PlaybookTexts } from '../../src/lib/content/schemas';

const info = (code: string, fallback?: string[]): LocaleInfo => ({
	code,
	lang: code,
	label: code,
	title: code,
	status: 'partial',
	fallback,
});
const config = [
	info('ro'),
	info('es'),
	info('ja'),
	info('de', ['es']),
	info('pt-BR', ['pt', 'es']),
	info('pt', ['pt-BR']),
	info('xx', ['nope']),
];

describe('fallback chain', () => {
	it('follows the configured languages and ends with the source language', () => {
		expect(fallbackChain('de', config, 'ro')).toEqual(['es', 'ro']);
		expect(fallbackChain('ja', config, 'ro')).toEqual(['ro']);
		expect(fallbackChain('ro', config, 'ro')).toEqual([]);
	});

	it('follows chains of chains once, without looping', () => {
		expect(fallbackChain('pt-BR', config, 'ro')).toEqual(['pt', 'es', 'ro']);
		expect(fallbackChain('pt', config, 'ro')).toEqual(['pt-BR', 'es', 'ro']);
	});

	it('names an unknown fallback language and where it is configured', () => {
		expect(() => fallbackChain('xx', config, 'ro')).toThrow(
			/locales\.json › locale "xx" › fallback: "nope" is not a locale of the site/,
		);
	});
});

describe('choosing the text of an entry (site config: every locale falls back to ro)', () => {
	it('takes the locale itself, then its chain, then the given last resort', () => {
		expect(textLocale('ja', (l) => l === 'ja')).toBe('ja');
		expect(textLocale('ja', (l) => l === 'ro')).toBe('ro');
		expect(textLocale('ja', (l) => l === 'el', 'el')).toBe('el');
		expect(textLocale('ja', () => false)).toBeUndefined();
	});

	it('merges dictionaries per entry and says where each fallback text came from', () => {
		const dicts: Record<string, Record<string, string>> = {
			ja: { a: 'ja-a' },
			ro: { a: 'ro-a', b: 'ro-b' },
		};
		expect(layered('ja', (l) => dicts[l])).toEqual({
			texts: { a: 'ja-a', b: 'ro-b' },
			from: { b: 'ro' },
		});
	});
});

describe('a playbook along the chain (de → es → the playbook source, ja)', () => {
	const playbook = {
		id: 'p',
		source: { language: 'ja', file: 'p.md' },
		sections: [
			{
				id: 's1',
				steps: [
					{ id: 'a', techniques: [] },
					{ id: 'b', techniques: [] },
				],
			},
			{ id: 's2', steps: [{ id: 'c', techniques: [] }] },
		],
	} as unknown as Playbook;
	const texts = (lang: string, steps: string[], sections: string[], page = true) =>
		({
			...(page ? { title: `${lang} title`, summary: `${lang} summary` } : {}),
			sections: Object.fromEntries(sections.map((s) => [s, { title: `${lang} ${s}` }])),
			steps: Object.fromEntries(steps.map((s) => [s, { title: `${lang} ${s}`, guidance: [] }])),
		}) as unknown as PlaybookTexts;

	it('takes each step and section from the first language that has it, tagged with that language', () => {
		const view = playbookView(playbook, [
			{ texts: texts('de', ['a'], [], false) },
			{ texts: texts('es', ['b'], ['s1']), lang: 'es' },
			{ texts: texts('ja', ['a', 'b', 'c'], ['s1', 's2']), lang: 'ja' },
		]);
		expect(view).toMatchObject({ title: 'es title', fallbackLang: 'es' });
		const steps = view.sections.flatMap((s) => s.steps.map((st) => [st.title, st.fallbackLang]));
		expect(steps).toEqual([
			['de a', undefined],
			['es b', 'es'],
			['ja c', 'ja'],
		]);
		expect(view.sections.map((s) => [s.title, s.fallbackLang])).toEqual([
			['es s1', 'es'],
			['ja s2', 'ja'],
		]);
	});
});
