/**
 * The candidate engines behind one small interface, so the benchmark compares them on the same data, the same
 * per-language analysis and the same queries: what the finder ships (src/lib/phrases/search.ts: MiniSearch's
 * radix tree and BM25+ formula, weights computed at index time), MiniSearch 7 searched directly (the previous
 * finder: same scores, computed per keystroke) and Orama 3 (the runner-up). See docs/phrase-search.md.
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import MiniSearch from 'minisearch';
import {
	buildIndex,
	fieldWeights,
	search,
	type SearchablePhrase,
} from '../src/lib/phrases/search.ts';
import type { Analyser } from '../src/lib/search/analyse.ts';

export interface Engine {
	name: string;
	build(
		phrases: readonly SearchablePhrase[],
		tagLabels: Record<string, string>,
		analyser: Analyser,
	): (query: string) => string[];
}

export const finderEngine: Engine = {
	name: 'Finder (MiniSearch tree, precomputed BM25+)',
	build(phrases, tagLabels, analyser) {
		const index = buildIndex(phrases, { tagLabels, analyser });
		return (query) => search(index, query).map((r) => r.id);
	},
};

/** The previous finder: MiniSearch's own search (BM25+ per matching pair on every call), same analysis. */
export const miniSearchEngine: Engine = {
	name: 'MiniSearch 7 search()',
	build(phrases, tagLabels, analyser) {
		const words = (text: string) => {
			const all = analyser.words(text);
			const kept = all.filter((w) => !analyser.isStopWord(w));
			return kept.length ? kept : all;
		};
		const engine = new MiniSearch({
			fields: Object.keys(fieldWeights),
			tokenize: (text) => analyser.words(text),
			processTerm: (term) => analyser.indexTerms(term),
			searchOptions: { tokenize: words, processTerm: (term) => analyser.queryTerm(term) },
		});
		const once = (list: readonly string[]) =>
			[...new Set(list.flatMap((w) => analyser.words(w)))].join(' ');
		engine.addAll(
			phrases.map((p) => ({
				id: p.id,
				text: p.text.replace(/\{[^}]*\}/g, ' '),
				keywords: p.keywords.join(' \n '),
				tags: Object.values(p.tags)
					.flat()
					.map((t) => tagLabels[t] ?? '')
					.join(' \n '),
				vocabulary: once(p.vocabulary ?? []),
				related: once(p.related ?? []),
				also: '',
			})),
		);
		return (query) =>
			engine
				.search(query, {
					combineWith: 'OR',
					prefix: (t, i, ts) => i === ts.length - 1 && t.length >= 3,
					fuzzy: (t) => (t.length >= 5 ? 1 : false),
					weights: { prefix: 0.4, fuzzy: 0.3 },
					boost: fieldWeights,
				})
				.map((r) => String(r.id));
	},
};

export const oramaEngine: Engine = {
	name: 'Orama 3',
	build(phrases, tagLabels, analyser) {
		const tokenizer = {
			language: 'english',
			normalizationCache: new Map<string, string>(),
			tokenize: (raw: string) => analyser.words(raw).flatMap((w) => analyser.indexTerms(w)),
		};
		const db = create({
			schema: {
				text: 'string',
				keywords: 'string',
				tags: 'string',
				vocabulary: 'string',
				related: 'string',
				also: 'string',
			} as const,
			components: { tokenizer },
		});
		const docs = phrases.map((p) => ({
			id: p.id,
			text: p.text.replace(/\{[^}]*\}/g, ' '),
			keywords: p.keywords.join(' \n '),
			tags: Object.values(p.tags)
				.flat()
				.map((t) => tagLabels[t] ?? '')
				.join(' \n '),
			vocabulary: (p.vocabulary ?? []).join(' \n '),
			related: (p.related ?? []).join(' \n '),
			also: '',
		}));
		void insertMultiple(db, docs);
		return (query) => {
			const result = oramaSearch(db, {
				term: query,
				boost: fieldWeights,
				tolerance: 1,
				threshold: 1,
				limit: 20,
			});
			if (result instanceof Promise)
				throw new Error('Orama returned a promise: expected a synchronous search.');
			return result.hits.map((h) => String(h.document.id ?? h.id));
		};
	},
};
