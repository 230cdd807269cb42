/**
 * UI strings handed to client code keep the language they are written in: a string that fell back along
 * the chain arrives with its `lang` (a parallel map), plural forms come with the language whose rules pick
 * them, and Starlight's own strings are tagged where Starlight shows the source language's.
 */
import { describe, expect, it } from 'vitest';
import { pickStrings, pluralForms, uiText } from '../../src/lib/i18n/client-strings';
import { markLang } from '../../src/lib/i18n/lang-marks';
import { starlightFallbackLang } from '../../src/lib/i18n/ui-fallback-lang';

describe('strings for client code', () => {
	it('splits a string that fell back into its text and language; the page language gets none', () => {
		expect(uiText(markLang('Copiada', 'es', 'ui'))).toEqual({ text: 'Copiada', lang: 'es' });
		expect(uiText('Kopiert')).toEqual({ text: 'Kopiert' });
		// A fallback inside a longer text is not the language of the whole string.
		expect(uiText(`Kopiert: ${markLang('frase', 'es')}`)).toEqual({ text: 'Kopiert: frase' });
	});

	it('packs the text of each key and a map of the languages of those that fell back', () => {
		const t = (key: string) =>
			({ 'phrases.copy': 'Kopieren', 'phrases.copied': markLang('Copiada', 'es', 'ui') })[key] ??
			key;
		expect(pickStrings(t, 'phrases.', ['copy', 'copied'] as const)).toEqual({
			text: { copy: 'Kopieren', copied: 'Copiada' },
			lang: { copied: 'es' },
		});
	});

	it("takes plural forms from the chain's first language that has them, with that language", () => {
		const dictionaries = {
			ro: {
				'phrases.resultCount_one': '{{count}} frază',
				'phrases.resultCount_few': '{{count}} fraze',
				'phrases.resultCount_other': '{{count}} de fraze',
				'phrases.copy': 'Copiați',
			},
			ja: { 'phrases.copy': 'コピー' },
		};
		expect(pluralForms(dictionaries, 'ja', 'phrases.resultCount')).toEqual({
			forms: { one: '{{count}} frază', few: '{{count}} fraze', other: '{{count}} de fraze' },
			lang: 'ro',
		});
		expect(pluralForms(dictionaries, 'ro', 'phrases.resultCount')).toEqual({
			forms: { one: '{{count}} frază', few: '{{count}} fraze', other: '{{count}} de fraze' },
		});
	});
});

describe("Starlight's own strings in a language being added", () => {
	it('are tagged with the source language only where Starlight shows the source language', () => {
		const german = { 'search.label': 'Suchen' };
		expect(starlightFallbackLang(german, 'search.label', true, 'ro')).toBeUndefined();
		// A language Starlight ships no translation for: Starlight shows the default (source) locale's text.
		expect(starlightFallbackLang(undefined, 'search.label', true, 'ro')).toBe('ro');
		expect(starlightFallbackLang({}, 'tableOfContents.onThisPage', true, 'ro')).toBe('ro');
		// Nobody has it: Starlight prints the key, which is no language.
		expect(starlightFallbackLang({}, 'no.such.key', false, 'ro')).toBeUndefined();
	});
});
