import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { AlsoTexts } from '../../src/lib/phrases/also-texts';
import { buildTermIndex, scoreTerms } from '../../src/lib/phrases/postings';
import { buildIndex, filterCounts, search, tagCounts } from '../../src/lib/phrases/search';
import { rememberedFirst } from '../../src/lib/phrases/storage';

const docs = [
	{ text: 'the manager will call you back', keywords: 'manager callback' },
	{ text: 'please lower your voice', keywords: 'shouting voice' },
	{ text: 'I will call the manager now, the manager is free', keywords: 'manager' },
	{ text: 'a refund is not possible', keywords: 'refund managerial' },
];
const weights = { text: 1, keywords: 2 };
const words = (t: string) => t.toLowerCase().match(/\p{L}+/gu) ?? [];

describe('precomputed BM25+ postings', () => {
	it('score exactly as MiniSearch does (exact, prefix and typo matches, OR with the matched-terms factor)', () => {
		const mini = new MiniSearch({ fields: Object.keys(weights), tokenize: words });
		mini.addAll(docs.map((d, id) => ({ id, ...d })));
		const index = buildTermIndex(docs, weights, words, (w) => [w]);
		for (const query of ['manager', 'manag', 'call manger', 'voice refund', 'call back']) {
			const terms = words(query);
			const lookup = (t: string, i: number, all: readonly string[]) =>
				[i === all.length - 1 && t.length >= 3, t.length >= 5 ? 1 : 0] as const;
			const expected = mini.search(query, {
				combineWith: 'OR',
				prefix: (t, i, all) => lookup(t, i, all)[0],
				fuzzy: (t, i, all) => lookup(t, i, all)[1] || false,
				boost: weights,
				weights: { prefix: 0.4, fuzzy: 0.3 },
			});
			const { scores, matched, reached } = scoreTerms(index, terms, lookup);
			const ours = new Map(
				reached.map((d) => [d, scores[d]! * matched[d]!.toString(2).replace(/0/g, '').length]),
			);
			expect(ours.size, query).toBe(expected.length);
			for (const r of expected) expect(ours.get(r.id as number), query).toBeCloseTo(r.score, 9);
		}
	});

	it('orders by exact text, then every word matched, then score, then curated order', () => {
		const index = buildIndex(
			docs.map((d, i) => ({
				id: `p${i}`,
				text: d.text,
				keywords: d.keywords.split(' '),
				tags: { situation: [i % 2 ? 'a' : 'b'] },
			})),
		);
		expect(search(index, 'lower your voice')[0]!.id).toBe('p1');
		const ids = search(index, 'manager call').map((r) => r.id);
		expect(ids.slice(0, 2).sort()).toEqual(['p0', 'p2']);
		expect(search(index, 'manager call').every((r, i) => r.complete || i >= 2)).toBe(true);
		expect(search(index, 'manager', {}, 1)).toHaveLength(1);
		// Counts beside filters: one search serves every kind, each ignoring its own filter.
		const counts = filterCounts(index, 'manager', { situation: 'a' }, ['situation']);
		expect(counts.situation).toEqual(tagCounts(search(index, 'manager'), 'situation'));
	});
});

describe('remembered phrases first, with nothing typed', () => {
	it('favourites, then recent copies latest first, then the curated order', () => {
		const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
		expect(
			rememberedFirst(list, { favourites: ['c'], recent: ['d', 'b'] }).map((p) => p.id),
		).toEqual(['c', 'd', 'b', 'a']);
	});
});

describe('second-language texts', () => {
	it('fetched once per language, strings only; a failure leaves nothing', async () => {
		const fetcher = vi.fn(async (url: string | URL | Request) =>
			String(url).endsWith('ja.json')
				? new Response(JSON.stringify({ a: 'あ', b: 3 }))
				: new Response('', { status: 404 }),
		);
		const also = new AlsoTexts('/phrases-data/', fetcher as typeof fetch);
		await also.load('ja');
		await also.load('ja');
		await also.load('ru');
		expect(fetcher).toHaveBeenCalledTimes(2);
		expect(also.get('ja')).toEqual({ a: 'あ' });
		expect(also.get('ru')).toBeUndefined();
	});
});
