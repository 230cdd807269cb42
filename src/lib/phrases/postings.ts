/**
 * The phrase finder's inverted index: MiniSearch's radix tree (`minisearch/SearchableMap`) finds the index terms
 * for a query term (exact, prefix, one typo), and each term's postings carry a BM25+ weight computed once when
 * the index is built. MiniSearch computes the same BM25+ weight for every matching (term, phrase) pair on every
 * search; but that weight depends on the term and the phrase only, never on the query, so computing it up front
 * gives the same scores (same formula, same parameters, same prefix and typo weights: see docs/phrase-search.md)
 * at a fraction of the cost per keystroke.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Slicer } from './slices.ts';

/** MiniSearch's defaults: BM25+ parameters and the weight of prefix and typo matches. */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
const matchWeights = { prefix: 0.4, fuzzy: 0.3 };

export interface Postings {
	docs: Int32Array;
	/** Σ over fields of field weight × BM25+(term frequency, field length, document frequency). */
	weights: Float64Array;
}

export interface TermIndex {
	terms: SearchableMap<Postings>;
	size: number;
	/** Expansions of recent query terms: typing changes the last word, the earlier ones come from here. */
	cache: Map<string, [Postings, number][]>;
}

/**
 * One document's fields: each a text, or its words already found (as typed; the vocabulary lists, whose words
 * are segmented once per build rather than again for every phrase that lists them).
 */
export type FieldTexts = Readonly<Record<string, string | readonly string[]>>;

/**
 * Builds the index one document at a time (so a page can build it in small pieces between other work), then
 * computes every posting's weight once all documents are in (BM25+ needs the document frequencies and the
 * average field lengths of the whole collection).
 */
export class TermIndexBuilder {
	readonly #fields: string[];
	readonly #fieldWeights: Readonly<Record<string, number>>;
	readonly #words: (text: string) => string[];
	readonly #indexTerms: (word: string) => string[];
	// term -> field -> doc -> frequency; field lengths count distinct words, as MiniSearch does.
	readonly #freq = new Map<string, Map<number, Map<number, number>>>();
	readonly #lengths: number[][];
	#count = 0;

	constructor(
		fieldWeights: Readonly<Record<string, number>>,
		words: (text: string) => string[],
		indexTerms: (word: string) => string[],
	) {
		this.#fieldWeights = fieldWeights;
		this.#fields = Object.keys(fieldWeights);
		this.#words = words;
		this.#indexTerms = indexTerms;
		this.#lengths = this.#fields.map(() => []);
	}

	add(doc: FieldTexts): void {
		const d = this.#count++;
		this.#fields.forEach((field, f) => {
			const value = doc[field] ?? '';
			const tokens = typeof value === 'string' ? this.#words(value) : value;
			this.#lengths[f]![d] = new Set(tokens).size;
			for (const token of tokens)
				for (const term of this.#indexTerms(token)) {
					let byField = this.#freq.get(term);
					if (!byField) this.#freq.set(term, (byField = new Map()));
					let byDoc = byField.get(f);
					if (!byDoc) byField.set(f, (byDoc = new Map()));
					byDoc.set(d, (byDoc.get(d) ?? 0) + 1);
				}
		});
	}

	finish(): TermIndex {
		const weigh = this.#weigher();
		for (const entry of this.#freq) weigh.add(entry);
		return weigh.index;
	}

	/** The same index, with its weights computed in pieces (`each` pauses between them: see slices.ts). */
	async finishInSlices(each: Slicer): Promise<TermIndex> {
		const weigh = this.#weigher();
		await each(this.#freq, weigh.add);
		return weigh.index;
	}

	/** Computes each term's postings into one index (BM25+ over the whole collection, as MiniSearch does). */
	#weigher() {
		const size = this.#count;
		const lengths = this.#lengths;
		const average = lengths.map((l) => l.reduce((a, b) => a + b, 0) / Math.max(1, size));
		const terms = new SearchableMap<Postings>();
		const add = ([term, byField]: [string, Map<number, Map<number, number>>]) => {
			const weight = new Map<number, number>();
			for (const [f, byDoc] of byField) {
				const idf = Math.log(1 + (size - byDoc.size + 0.5) / (byDoc.size + 0.5));
				const boost = this.#fieldWeights[this.#fields[f]!]!;
				const norm = (d: number) => 1 - bm25.b + (bm25.b * lengths[f]![d]!) / (average[f]! || 1);
				for (const [d, tf] of byDoc) {
					const score = idf * (bm25.d + (tf * (bm25.k + 1)) / (tf + bm25.k * norm(d)));
					weight.set(d, (weight.get(d) ?? 0) + boost * score);
				}
			}
			terms.set(term, {
				docs: Int32Array.from(weight.keys()),
				weights: Float64Array.from(weight.values()),
			});
		};
		const index: TermIndex = { terms, size, cache: new Map() };
		return { add, index };
	}
}

export function buildTermIndex(
	docs: readonly FieldTexts[],
	fieldWeights: Readonly<Record<string, number>>,
	words: (text: string) => string[],
	indexTerms: (word: string) => string[],
): TermIndex {
	const builder = new TermIndexBuilder(fieldWeights, words, indexTerms);
	for (const doc of docs) builder.add(doc);
	return builder.finish();
}

/**
 * The postings a query term reaches and the weight of each kind of match: the term itself (1), longer terms it
 * begins (prefix, for the word being typed) and terms one edit away (typo). Same weights as MiniSearch.
 */
export function expand(
	index: TermIndex,
	term: string,
	prefix: boolean,
	fuzzy: number,
): [Postings, number][] {
	const key = `${prefix ? 'p' : '-'}${fuzzy}${term}`;
	const cached = index.cache.get(key);
	if (cached) return cached;
	const out: [Postings, number][] = [];
	const exact = index.terms.get(term);
	if (exact) out.push([exact, 1]);
	const typos = fuzzy ? index.terms.fuzzyGet(term, fuzzy) : undefined;
	if (prefix)
		for (const [found, postings] of index.terms.atPrefix(term)) {
			const distance = found.length - term.length;
			if (!distance) continue;
			typos?.delete(found);
			out.push([postings, (matchWeights.prefix * found.length) / (found.length + 0.3 * distance)]);
		}
	if (typos)
		for (const [found, [postings, distance]] of typos)
			if (distance)
				out.push([postings, (matchWeights.fuzzy * found.length) / (found.length + distance)]);
	if (index.cache.size > 500) index.cache.clear();
	index.cache.set(key, out);
	return out;
}

/** How a query term is looked up: [prefix, typo distance], given its position in the query. */
export type Lookup = (
	term: string,
	i: number,
	terms: readonly string[],
) => readonly [boolean, number];

/**
 * Scores of the documents a query reaches (unordered) and which distinct query terms each matched, one bit per
 * term: the caller multiplies a score by the number of terms matched, as MiniSearch does for an OR query.
 */
export function scoreTerms(index: TermIndex, terms: readonly string[], lookup: Lookup) {
	const scores = new Float64Array(index.size);
	const matched = new Uint32Array(index.size);
	const reached: number[] = [];
	const bits = new Map<string, number>();
	const bit = (term: string) => 1 << (bits.get(term) ?? 31);
	terms.forEach((term, i) => {
		if (!bits.has(term)) bits.set(term, Math.min(30, bits.size));
		const mask = bit(term);
		for (const [postings, weight] of expand(index, term, ...lookup(term, i, terms))) {
			const { docs, weights } = postings;
			for (let j = 0; j < docs.length; j++) {
				const d = docs[j]!;
				if (!matched[d]) reached.push(d);
				scores[d] = scores[d]! + weight * weights[j]!;
				matched[d] = matched[d]! | mask;
			}
		}
	});
	return { scores, matched, reached, bit };
}
