/**
 * Ranked retrieval for the phrase finder: BM25+ scoring with MiniSearch's formula and its radix tree for prefix
 * and typo lookup (see postings.ts for why the weights are computed when the index is built). What this module
 * adds: per-language analysis (`createAnalyser`), field weights (tag labels and the agents' vocabulary above
 * words that merely occur in a sentence), phrases matching every word before phrases matching some, and the
 * tag filters. Why MiniSearch and not Orama: see docs/phrase-search.md.
 */
import { createAnalyser, type Analyser } from '../search/analyse.ts';
import { fold } from '../search/fold.ts';
import { scoreTerms, TermIndexBuilder, type TermIndex } from './postings.ts';
import type { Slicer } from './slices.ts';

export interface SearchablePhrase {
	id: string;
	text: string;
	/** The same phrase in the customer's language, when the agent shows one. */
	alsoText?: string;
	keywords: readonly string[];
	/** Tag ids by kind, e.g. { situation: ['angry'], intent: ['calm'], channel: ['phone'] }. */
	tags: Readonly<Record<string, readonly string[]>>;
	/** Words agents use for the concepts this phrase is mainly about (src/content/vocabulary/<locale>.yaml). */
	vocabulary?: readonly string[];
	/** Words agents use for the phrase's other concepts. */
	related?: readonly string[];
}

export interface IndexedPhrase {
	id: string;
	order: number;
	tagIds: Readonly<Record<string, readonly string[]>>;
	/** The folded text (and customer-language text), so a phrase containing exactly what was typed comes first. */
	folded: string;
}

/** Tag labels in the reader's language, so "furios" finds phrases tagged `angry`. */
export type TagLabels = Readonly<Record<string, string>>;

export interface PhraseIndex {
	items: IndexedPhrase[];
	byId: Map<string, IndexedPhrase>;
	terms: TermIndex;
	analyser: Analyser;
}

/** Relative weights of the fields: what a phrase is for ranks above the words it happens to contain. */
export const fieldWeights = {
	text: 1,
	keywords: 2,
	tags: 1.5,
	vocabulary: 3,
	related: 1.2,
	also: 0.6,
} as const;

export interface IndexOptions {
	tagLabels?: TagLabels;
	analyser?: Analyser;
}

function prepareIndex(phrases: readonly SearchablePhrase[], options: IndexOptions) {
	const { tagLabels = {}, analyser = createAnalyser('und') } = options;
	const items = phrases.map((p, order) => ({
		id: p.id,
		order,
		tagIds: p.tags,
		folded: fold(p.alsoText ? `${p.text}\n${p.alsoText}` : p.text),
	}));
	// The same vocabulary words and tag labels come back in phrase after phrase (about 4,000 vocabulary words over
	// 173 phrases, a few hundred distinct): each is segmented and stemmed once per build. Japanese segmentation
	// is the finder's costliest start-up work in the browser (docs/offline.md, "Fourth round").
	const words = remember((text: string) => analyser.words(text));
	const indexTerms = remember((word: string) => analyser.indexTerms(word));
	// Vocabulary lists repeat words across concepts (ja 話 in three of them): each word counts once per phrase,
	// so a phrase is not ranked up for belonging to many concepts. The words go to the index as found (finding
	// them again in the joined list gave the same words: checked for every phrase of the five locales).
	const once = (list: readonly string[]) => [...new Set(list.flatMap(words))];
	const document = (p: SearchablePhrase) => ({
		text: p.text.replace(/\{[^}]*\}/g, ' '),
		keywords: p.keywords.join(' \n '),
		tags: Object.values(p.tags)
			.flat()
			.map((t) => tagLabels[t] ?? '')
			.join(' \n '),
		vocabulary: once(p.vocabulary ?? []),
		related: once(p.related ?? []),
		also: (p.alsoText ?? '').replace(/\{[^}]*\}/g, ' '),
	});
	const terms = new TermIndexBuilder(fieldWeights, words, indexTerms);
	const indexOf = (termIndex: TermIndex): PhraseIndex => ({
		items,
		byId: new Map(items.map((i) => [i.id, i])),
		terms: termIndex,
		analyser,
	});
	const finish = () => indexOf(terms.finish());
	const finishInSlices = async (each: Slicer) => indexOf(await terms.finishInSlices(each));
	return { add: (p: SearchablePhrase) => terms.add(document(p)), finish, finishInSlices };
}

/** `f` with its results kept by argument (callers never change a returned array). */
function remember<T>(f: (key: string) => T): (key: string) => T {
	const kept = new Map<string, T>();
	return (key) => {
		if (!kept.has(key)) kept.set(key, f(key));
		return kept.get(key)!;
	};
}

export function buildIndex(
	phrases: readonly SearchablePhrase[],
	options: IndexOptions = {},
): PhraseIndex {
	const index = prepareIndex(phrases, options);
	for (const p of phrases) index.add(p);
	return index.finish();
}

/**
 * The same index, built in pieces with a pause between them (`each`: see slices.ts), so the page stays responsive
 * while it is built (word segmentation and stemming are the finder's heaviest start-up work: Japanese
 * segmentation of every phrase and its vocabulary took 150–300 ms of CPU in one piece).
 */
export async function buildIndexAsync(
	phrases: readonly SearchablePhrase[],
	options: IndexOptions,
	each: Slicer,
): Promise<PhraseIndex> {
	const index = prepareIndex(phrases, options);
	await each(phrases, index.add);
	return index.finishInSlices(each);
}

export type Filters = Readonly<Record<string, string | undefined>>;

export function matchesFilters(p: IndexedPhrase, filters: Filters): boolean {
	return Object.entries(filters).every(
		([kind, value]) => !value || (p.tagIds[kind] ?? []).includes(value),
	);
}

/** A query's words without its stop words, unless that would leave nothing. */
function queryWords(analyser: Analyser, query: string): string[] {
	const words = analyser.words(query);
	const kept = words.filter((w) => !analyser.isStopWord(w));
	return kept.length ? kept : words;
}

/** The analysed terms of a query, as the index looks them up. */
export function queryTerms(index: PhraseIndex, query: string): string[] {
	return queryWords(index.analyser, query).flatMap((w) => index.analyser.queryTerm(w) ?? []);
}

export interface SearchResult extends IndexedPhrase {
	/** Whether the phrase matched every word of the query (false: a partial match, shown after the full ones). */
	complete: boolean;
}

/**
 * Which index terms a query term reaches. Prefix lookup for the word being typed (the last one), from three
 * letters on: earlier words are complete and meet by their stems, and a two-letter prefix matches most of a
 * large collection. One edit for words of five letters and more: shorter words have too many neighbours.
 */
const lookup = (term: string, i: number, terms: readonly string[]) =>
	[i === terms.length - 1 && term.length >= 3, term.length >= 5 ? 1 : 0] as const;

const popcount = (x: number) => {
	let c = 0;
	for (; x; c++) x &= x - 1;
	return c;
};

/**
 * Phrases for a query and filters, best first: phrases matching every word, then phrases matching some.
 * An empty query lists every phrase in the collection's (curated) order; equal scores keep that order too.
 * `limit` returns only the best ones (ordering thousands of phrases would cost more than the search).
 */
export function search(
	index: PhraseIndex,
	query: string,
	filters: Filters = {},
	limit = Infinity,
): SearchResult[] {
	const active = Object.entries(filters).filter((f): f is [string, string] => Boolean(f[1]));
	const keep = (p: IndexedPhrase) =>
		active.every(([kind, value]) => (p.tagIds[kind] ?? []).includes(value));
	const terms = queryTerms(index, query);
	if (!terms.length)
		return index.items
			.filter(keep)
			.slice(0, limit)
			.map((p) => result(p, true));
	const { scores, matched, reached, bit } = scoreTerms(index.terms, terms, lookup);
	// "Matched every word" counts the words that carry meaning: short Latin/Cyrillic/Greek words are mostly
	// prepositions and articles (por, la, на, το), which would otherwise decide the order.
	const meaningful = terms.filter((t) => t.length >= 4 || /[\u3040-\u9fff]/.test(t));
	let needed = 0;
	for (const t of meaningful.length ? meaningful : terms) needed |= bit(t);
	let all = 0;
	for (const t of terms) all |= bit(t);
	const whole = fold(query).trim().replace(/\s+/g, ' ');
	// Rank class: 2 = contains exactly what was typed (the agent is quoting a phrase they know: it beats any
	// score), 1 = matched every meaningful word, 0 = matched some. A phrase containing the whole query matches
	// each of its words, so the text is read only for phrases that matched every one.
	// One number per phrase orders it (class, then score to 1/10,000, then curated order) within the 53 bits a
	// double holds exactly, so the engine's numeric sort does the work without a comparator call per pair.
	const span = 2 ** Math.max(1, Math.ceil(Math.log2(index.items.length + 1)));
	const top = 2 ** 51 / span;
	const keys = new Float64Array(reached.length);
	let count = 0;
	for (const d of reached) {
		const item = index.items[d]!;
		if (active.length && !keep(item)) continue;
		const mask = matched[d]!;
		const complete = (mask & needed) === needed;
		const exact = whole.length >= 4 && mask === all && item.folded.includes(whole);
		const points = Math.min(top / 4 - 1, Math.round(scores[d]! * popcount(mask) * 1e4));
		keys[count++] = ((exact ? 2 : complete ? 1 : 0) * (top / 4) + points) * span + (span - 1 - d);
	}
	const order = keys.subarray(0, count).sort().reverse();
	const out: SearchResult[] = [];
	for (let i = 0; i < Math.min(limit, count); i++) {
		const d = span - 1 - (order[i]! % span);
		out.push(result(index.items[d]!, (matched[d]! & needed) === needed));
	}
	return out;
}

const result = (p: IndexedPhrase, complete: boolean): SearchResult => ({
	id: p.id,
	order: p.order,
	tagIds: p.tagIds,
	folded: p.folded,
	complete,
});

/** For each tag of a kind, how many of the given phrases carry it: the counts shown beside filters. */
export function tagCounts(phrases: readonly IndexedPhrase[], kind: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const p of phrases)
		for (const tag of p.tagIds[kind] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	return counts;
}

/**
 * The counts beside each filter value: how many results that value would leave, given the query and the other
 * filters. One search without filters serves every kind.
 */
export function filterCounts(
	index: PhraseIndex,
	query: string,
	filters: Filters,
	kinds: readonly string[],
): Record<string, Map<string, number>> {
	const all = search(index, query);
	return Object.fromEntries(
		kinds.map((kind) => [
			kind,
			tagCounts(
				all.filter((p) => matchesFilters(p, { ...filters, [kind]: undefined })),
				kind,
			),
		]),
	);
}
