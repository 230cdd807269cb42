/**
 * Ranked retrieval for the phrase finder, on MiniSearch (BM25+ scoring, prefix and fuzzy lookup in a radix
 * tree). Why MiniSearch and not Orama: see docs/phrase-search.md. What this module adds: per-language analysis
 * (`createAnalyser`), field weights (tag labels and the agents' vocabulary above words that merely occur in a
 * sentence), phrases matching every word before phrases matching some, and the tag filters.
 */
import MiniSearch from 'minisearch';
import { createAnalyser, type Analyser } from '../search/analyse.ts';
import { fold } from '../search/fold.ts';

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
	/** The folded text, so a phrase containing exactly what was typed can be put first. */
	folded: string;
}

/** Tag labels in the reader's language, so "furios" finds phrases tagged `angry`. */
export type TagLabels = Readonly<Record<string, string>>;

export interface PhraseIndex {
	items: IndexedPhrase[];
	byId: Map<string, IndexedPhrase>;
	engine: MiniSearch;
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
	const engine = new MiniSearch({
		fields: Object.keys(fieldWeights),
		tokenize: (text) => analyser.words(text),
		processTerm: (term) => analyser.indexTerms(term),
		searchOptions: {
			tokenize: (text) => queryWords(analyser, text),
			processTerm: (term) => analyser.queryTerm(term),
		},
	});
	const items = phrases.map((p, order) => ({
		id: p.id,
		order,
		tagIds: p.tags,
		folded: fold(p.text),
	}));
	// Vocabulary lists repeat words across concepts (ja 話 in three of them): each word counts once per phrase,
	// so a phrase is not ranked up for belonging to many concepts.
	const once = (list: readonly string[]) =>
		[...new Set(list.flatMap((w) => analyser.words(w)))].join(' ');
	const document = (p: SearchablePhrase) => ({
		id: p.id,
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
	const index: PhraseIndex = {
		items,
		byId: new Map(items.map((i) => [i.id, i])),
		engine,
		analyser,
	};
	return { index, document };
}

export function buildIndex(
	phrases: readonly SearchablePhrase[],
	options: IndexOptions = {},
): PhraseIndex {
	const { index, document } = prepareIndex(phrases, options);
	index.engine.addAll(phrases.map(document));
	return index;
}

/**
 * The same index, built a few phrases at a time with a pause between them, so the page stays responsive while
 * it is built (word segmentation and stemming are the finder's heaviest start-up work: Japanese segmentation
 * of every phrase and its vocabulary took 150–300 ms of CPU in one piece).
 */
export async function buildIndexAsync(
	phrases: readonly SearchablePhrase[],
	options: IndexOptions = {},
	chunk = 8,
	/** Checked between pieces: once it returns true (the agent is typing), the rest is built without pausing. */
	urgent: () => boolean = () => false,
): Promise<PhraseIndex> {
	const { index, document } = prepareIndex(phrases, options);
	for (let i = 0; i < phrases.length; i += chunk) {
		if (i && !urgent()) await new Promise((resolve) => setTimeout(resolve, 0));
		index.engine.addAll(phrases.slice(i, i + chunk).map(document));
	}
	return index;
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

const lookup = {
	// Prefix lookup for the word being typed (the last one); earlier words are complete and meet by their stems.
	// From three letters on: a two-letter prefix matches most of a large collection and costs more than it helps.
	prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 3,
	// One edit for words of five letters and more: shorter words have too many neighbours.
	fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
	weights: { prefix: 0.4, fuzzy: 0.3 },
	boost: fieldWeights,
};

/**
 * Phrases for a query and filters, best first: phrases matching every word, then phrases matching some.
 * An empty query lists every phrase in the collection's (curated) order; equal scores keep that order too.
 */
export function search(index: PhraseIndex, query: string, filters: Filters = {}): SearchResult[] {
	const keep = (p: IndexedPhrase | undefined): p is IndexedPhrase =>
		Boolean(p && matchesFilters(p, filters));
	const terms = queryTerms(index, query);
	if (!terms.length) return index.items.filter(keep).map((p) => ({ ...p, complete: true }));
	// "Matched every word" counts the words that carry meaning: short Latin/Cyrillic/Greek words are mostly
	// prepositions and articles (por, la, на, το), which would otherwise decide the order.
	const meaningful = new Set(terms.filter((t) => t.length >= 4 || /[\u3040-\u9fff]/.test(t)));
	const needed = meaningful.size ? meaningful : new Set(terms);
	const whole = fold(query).trim().replace(/\s+/g, ' ');
	// One OR search: MiniSearch reports which query terms each result matched, so "matched every word" needs
	// no second (AND) search.
	return (
		index.engine
			.search(query, { ...lookup, combineWith: 'OR' })
			.map((r) => ({
				item: index.byId.get(String(r.id)),
				score: r.score,
				complete: r.queryTerms.filter((t) => needed.has(t)).length >= needed.size,
			}))
			.filter((r): r is { item: IndexedPhrase; score: number; complete: boolean } => keep(r.item))
			.map((r) => ({ ...r, exact: whole.length >= 4 && r.item.folded.includes(whole) }))
			// Exactly what was typed, inside a phrase, beats any score: the agent is quoting a phrase they know.
			.sort(
				(a, b) =>
					Number(b.exact) - Number(a.exact) ||
					Number(b.complete) - Number(a.complete) ||
					b.score - a.score ||
					a.item.order - b.item.order,
			)
			.map((r) => ({ ...r.item, complete: r.complete }))
	);
}

/** For each tag of a kind, how many of the given phrases carry it: the counts shown beside filters. */
export function tagCounts(phrases: readonly IndexedPhrase[], kind: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const p of phrases)
		for (const tag of p.tagIds[kind] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	return counts;
}
