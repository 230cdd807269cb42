import { describe, expect, it } from 'vitest';
import { fallbackChain, layered, textLocale } from '../../src/lib/i18n/fallback';
import type { LocaleInfo } from '../../src/lib/i18n/locales';

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
