import { describe, expect, it } from 'vitest';
import {
	buildIndex,
	buildIndexAsync,
	queryTerms,
	search,
	tagCounts,
	type SearchablePhrase,
} from '../../src/lib/phrases/search';
import { createAnalyser, loadStemmer } from '../../src/lib/search/analyse';
import { fold, foldedVariants } from '../../src/lib/search/fold';
import { slicer } from '../../src/lib/phrases/slices';

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
	{
		id: 'apart',
		text: 'Las molestias nos importan mucho.',
		keywords: [],
		tags: { situation: ['rude'], intent: ['explain'], channel: ['chat'] },
	},
	{
		id: 'policy',
		text: 'Entiendo su frustración con la política de devoluciones.',
		keywords: [],
		tags: { situation: ['cannot-help'], intent: ['explain'], channel: ['phone'] },
	},
	{
		id: 'sorry',
		text: 'Lamento mucho las molestias; vamos a solucionarlo.',
		keywords: ['disculpa'],
		tags: { situation: ['angry'], intent: ['apologise'], channel: ['phone', 'email'] },
	},
	{
		id: 'manager',
		text: 'Voy a pasarle con mi supervisora.',
		keywords: ['encargado'],
		vocabulary: ['gerente', 'jefe'],
		tags: { situation: ['asks-for-manager'], intent: ['escalate'], channel: ['phone', 'chat'] },
	},
	{
		id: 'frustration',
		text: 'Comprendo su frustración.',
		keywords: [],
		tags: { situation: ['angry'], intent: ['empathise'], channel: ['chat'] },
	},
	{
		id: 'insults',
		text: 'Le pido que deje de insultarme.',
		keywords: [],
		related: ['jefe'],
		tags: { situation: ['insulting'], intent: ['set-boundary'], channel: ['phone'] },
	},
];
const labels = { angry: 'Enfadado', 'asks-for-manager': 'Pide un responsable' };
const index = buildIndex(phrases, {
	tagLabels: labels,
	analyser: createAnalyser('es', await loadStemmer('es')),
});
const ids = (q: string, f = {}) => search(index, q, f).map((p) => p.id);

describe('phrase search (ranked, es)', () => {
	it('returns everything, in curated order, for an empty query', () => {
		expect(ids('')).toEqual(['apart', 'policy', 'sorry', 'manager', 'frustration', 'insults']);
	});
	it('ignores accents and case', () => {
		expect(ids('FRUSTRACION')).toEqual(['frustration', 'policy']);
	});
	it('ranks phrases matching every word before phrases matching some, never an empty list', () => {
		const r = search(index, 'frustración supervisora');
		expect(r.map((p) => p.complete)).toEqual([false, false, false]);
		expect(ids('molestias solucionarlo')[0]).toBe('sorry');
		expect(search(index, 'molestias solucionarlo').map((p) => p.complete)).toEqual([true, false]);
	});
	it('finds inflected forms through the stemmer', () => {
		expect(ids('insultando')[0]).toBe('insults');
		expect(ids('lamentamos')[0]).toBe('sorry');
	});
	it("ranks the vocabulary of a phrase's main concept above a related one", () => {
		expect(ids('jefe')).toEqual(['manager', 'insults']);
		expect(ids('gerente')).toEqual(['manager']);
	});
	it('matches keywords and tag labels, not only the text', () => {
		expect(ids('encargado')).toEqual(['manager']);
		expect(ids('enfadado')).toEqual(['sorry', 'frustration']);
	});
	it('forgives one typo in words of five letters or more, not in shorter ones', () => {
		expect(ids('frustarcion')).toEqual([]);
		expect(ids('frustrasión')[0]).toBe('frustration');
		expect(ids('jofe')).toEqual([]);
	});
	it('matches a prefix of the word being typed', () => {
		expect(ids('supervis')).toEqual(['manager']);
	});
	it('does not match inside another word', () => {
		expect(ids('tan')).toEqual([]);
	});
	it('combines filters across kinds', () => {
		expect(ids('', { situation: 'angry', channel: 'phone' })).toEqual(['sorry']);
		expect(ids('', { situation: 'angry', intent: 'empathise' })).toEqual(['frustration']);
	});
	it('treats markup in a query as text', () => {
		expect(() => ids('<img src=x onerror=alert(1)>')).not.toThrow();
	});
	it('drops stop words unless nothing else is left', () => {
		expect(queryTerms(index, '  la molestia, de  ')).toEqual(['molesti']);
		expect(queryTerms(index, 'de la')).toEqual(['de', 'la']);
	});
	it('counts tags among results', () => {
		expect(Object.fromEntries(tagCounts(search(index, ''), 'channel'))).toEqual({
			phone: 4,
			email: 1,
			chat: 3,
		});
	});
});

describe('index built in pieces (the finder builds it after the page has loaded)', () => {
	it('ranks exactly as the index built at once, one phrase and one term per piece', async () => {
		let pauses = 0;
		const each = slicer(0, () => (pauses++, false));
		const pieces = await buildIndexAsync(
			phrases,
			{ tagLabels: labels, analyser: createAnalyser('es', await loadStemmer('es')) },
			each,
		);
		// A budget of 0 ms pauses before every item but the first, adding phrases and weighing terms alike.
		expect(pauses).toBeGreaterThan(phrases.length);
		for (const q of ['disculpas', 'responsable', 'enfadado', 'molestias importan', ''])
			expect(search(pieces, q).map((p) => p.id)).toEqual(ids(q));
	});
});

describe('phrase search (ja)', () => {
	const ja = buildIndex(
		[
			{
				id: 'claim',
				text: 'ご迷惑をおかけし、申し訳ございません。クレームとして承ります。',
				keywords: ['苦情'],
				tags: {},
			},
			{ id: 'boss', text: '責任者に代わります。', keywords: [], vocabulary: ['上司'], tags: {} },
		],
		{ analyser: createAnalyser('ja') },
	);
	const jaIds = (q: string) => search(ja, q).map((p) => p.id);
	it('matches across katakana widths and kana', () => {
		expect(jaIds('ｸﾚｰﾑ')).toEqual(['claim']);
		expect(jaIds('くれーむ')).toEqual(['claim']);
		expect(jaIds('苦情')).toEqual(['claim']);
	});
	it('segments a query into words, so a sentence finds its words', () => {
		expect(jaIds('上司に代わります')[0]).toBe('boss');
	});
});
