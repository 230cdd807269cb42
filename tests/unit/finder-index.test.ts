/**
 * The finder's index over the page's life (src/lib/phrases/finder-index.ts): built when idle, hurried by a
 * keystroke, rebuilt when the customer's language changes, and always with the page's stemmer.
 */
import { describe, expect, it } from 'vitest';
import { FinderIndex } from '../../src/lib/phrases/finder-index';
import type { SearchablePhrase } from '../../src/lib/phrases/search';
import { createAnalyser, loadStemmer, type Analyser } from '../../src/lib/search/analyse';

const phrases: SearchablePhrase[] = [
	{
		id: 'sorry',
		text: 'Lamento mucho las molestias.',
		keywords: [],
		tags: { situation: ['angry'], channel: ['phone', 'email'] },
	},
	{
		id: 'insults',
		text: 'Le pido que deje de insultarme.',
		keywords: [],
		tags: { situation: ['insulting'], channel: ['phone'] },
	},
	{
		id: 'wait',
		text: 'Le ruego que espere un momento.',
		keywords: [],
		tags: { situation: ['angry'], channel: ['chat'] },
	},
];

/** A promise settled by the test: the stemmer's chunk, or the page becoming idle, arrives when the test says. */
function later<T>() {
	let settle!: (value: T) => void;
	const promise = new Promise<T>((resolve) => (settle = resolve));
	return { promise, settle };
}
const stemmed = async () => createAnalyser('es', await loadStemmer('es'));
const ids = (index: FinderIndex, q: string) => index.find(q, {})?.map((r) => r.id);
const never = new Promise<void>(() => {});

describe('finder index', () => {
	it('a language chosen before the idle build still gives an index with the stemmer', async () => {
		const analyser = later<Analyser>();
		const index = new FinderIndex(phrases, analyser.promise, () => ({}));
		const idle = later<void>();
		const idleBuild = index.buildWhenIdle(idle.promise, () => false);
		// The agent picks a customer language while the stemmer's chunk is still on its way.
		const rebuilt = index.rebuild();
		analyser.settle(await stemmed());
		await rebuilt;
		// «insultando» meets «insultarme» only through their stem.
		expect(ids(index, 'insultando')).toEqual(['insults']);
		const built = index.current;
		idle.settle();
		// The idle build gives way: one index, the one with the language's texts.
		expect(await idleBuild).toBe(false);
		expect(index.current).toBe(built);
	});

	it('the idle build becomes the index, at once when a keystroke hurries it', async () => {
		const index = new FinderIndex(phrases, stemmed(), () => ({}));
		const idleBuild = index.buildWhenIdle(never, () => true);
		expect(index.current).toBeUndefined();
		index.hurry();
		expect(await idleBuild).toBe(true);
		expect(ids(index, 'insultando')).toEqual(['insults']);
	});

	it('before the index exists, lists an empty query in curated order and makes a query wait', () => {
		const index = new FinderIndex(phrases, stemmed(), () => ({}));
		expect(ids(index, '')).toEqual(['sorry', 'insults', 'wait']);
		expect(index.find('', { situation: 'angry' })?.map((r) => r.id)).toEqual(['sorry', 'wait']);
		expect(index.find('molestias', {})).toBeUndefined();
		const counts = index.counts('', { channel: 'phone' }, ['situation', 'channel']);
		// Each filter's counts leave that filter out, keep the others.
		expect(Object.fromEntries(counts.situation!)).toEqual({ angry: 1, insulting: 1 });
		expect(Object.fromEntries(counts.channel!)).toEqual({ phone: 2, email: 1, chat: 1 });
	});

	it('counts the same with the index as from the list, and finds by the filter labels', async () => {
		const labels = { insulting: 'Grosero' };
		const index = new FinderIndex(phrases, stemmed(), () => labels);
		const before = index.counts('', {}, ['situation']);
		await index.rebuild();
		expect(index.counts('', {}, ['situation'])).toEqual(before);
		expect(ids(index, 'groseros')).toEqual(['insults']);
	});
});
