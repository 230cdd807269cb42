import { describe, expect, it } from 'vitest';
import { buildIndex, queryTerms, search, tagCounts, type SearchablePhrase } from '../../src/lib/phrases/search';
import { fold, foldedVariants } from '../../src/lib/search/fold';

describe('fold', () => {
	it.each([
		['Amenințări', 'amenintari'],
		['ameninţări', 'amenintari'], // cedilla ţ as well as comma-below ț
		['Știu', 'stiu'],
		['Ştiu', 'stiu'],
		['ΣΥΓΓΝΏΜΗ', 'συγγνωμη'],
		['συγγνώμη', 'συγγνωμη'],
		['Ёлка', 'елка'],
		['Disculpé', 'disculpe'],
		['ＡＢＣ１２３', 'abc123'],
		['ｸﾚｰﾑ', 'くれーむ'],
		['クレーム', 'くれーむ'],
		['がっかり', 'がっかり'],
	])('%s -> %s', (input, output) => {
		expect(fold(input)).toBe(output);
	});

	it('lists only the words whose folded form differs', () => {
		expect(foldedVariants(['amenințări și calm'])).toEqual(['amenintari', 'si']);
	});
});

const phrases: SearchablePhrase[] = [
	{ id: 'apart', text: 'Las molestias nos importan mucho.', keywords: [], tags: { situation: ['rude'], intent: ['explain'], channel: ['chat'] } },
	{ id: 'policy', text: 'Entiendo su frustración con la política de devoluciones.', keywords: [], tags: { situation: ['cannot-help'], intent: ['explain'], channel: ['phone'] } },
	{ id: 'sorry', text: 'Lamento mucho las molestias; vamos a solucionarlo.', keywords: ['disculpa'], tags: { situation: ['angry'], intent: ['apologise'], channel: ['phone', 'email'] } },
	{ id: 'manager', text: 'Voy a pasarle con mi supervisora.', keywords: ['jefe', 'encargado'], tags: { situation: ['asks-for-manager'], intent: ['escalate'], channel: ['phone', 'chat'] } },
	{ id: 'frustration', text: 'Comprendo su frustración.', keywords: [], tags: { situation: ['angry'], intent: ['empathise'], channel: ['chat'] } },
	{ id: 'ja', text: 'ご迷惑をおかけし、申し訳ございません。クレームとして承ります。', keywords: ['苦情'], tags: { situation: ['angry'], intent: ['apologise'], channel: ['phone'] } },
];
const labels = { angry: 'Enfadado', 'asks-for-manager': 'Pide un responsable' };
const index = buildIndex(phrases, labels);
const ids = (q: string, f = {}) => search(index, q, f).map((p) => p.id);

describe('phrase search', () => {
	it('returns everything, in curated order, for an empty query', () => {
		expect(ids('')).toEqual(['apart', 'policy', 'sorry', 'manager', 'frustration', 'ja']);
	});
	it('ignores accents and case', () => {
		expect(ids('FRUSTRACION')).toEqual(['policy', 'frustration']);
	});
	it('ranks a phrase containing the whole query above one with the words apart', () => {
		expect(ids('mucho las molestias')).toEqual(['sorry', 'apart']);
	});
	it('matches keywords and tag labels, not only the text', () => {
		expect(ids('jefe')).toEqual(['manager']);
		expect(ids('enfadado')).toEqual(['sorry', 'frustration', 'ja']);
	});
	it('requires every word to match', () => {
		expect(ids('supervisora devoluciones')).toEqual([]);
	});
	it('matches Japanese across katakana widths and kana', () => {
		expect(ids('ｸﾚｰﾑ')).toEqual(['ja']);
		expect(ids('くれーむ')).toEqual(['ja']);
		expect(ids('苦情')).toEqual(['ja']);
	});
	it('combines filters across kinds', () => {
		expect(ids('', { situation: 'angry', channel: 'phone' })).toEqual(['sorry', 'ja']);
		expect(ids('', { situation: 'angry', intent: 'empathise' })).toEqual(['frustration']);
	});
	it('treats markup in a query as text', () => {
		expect(ids('<img src=x onerror=alert(1)>')).toEqual([]);
	});
	it('splits queries on spaces and punctuation', () => {
		expect(queryTerms('  hola,  mundo ')).toEqual(['hola', 'mundo']);
	});
	it('counts tags among results', () => {
		expect(Object.fromEntries(tagCounts(search(index, ''), 'channel'))).toEqual({ phone: 4, email: 1, chat: 3 });
	});
});
