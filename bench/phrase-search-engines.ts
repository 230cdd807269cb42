/**
 * The two candidate engines behind one small interface, so the benchmark compares them on the same data, the
 * same per-language analysis and the same queries: MiniSearch (what the finder ships, src/lib/phrases/search.ts)
 * and Orama 3 (the runner-up). See docs/phrase-search.md for the comparison and the choice.
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
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

export const miniSearchEngine: Engine = {
	name: 'MiniSearch 7',
	build(phrases, tagLabels, analyser) {
		const index = buildIndex(phrases, { tagLabels, analyser });
		return (query) => search(index, query).map((r) => r.id);
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
