/**
 * The phrase finder's search index over its life on the page, apart from the DOM (FinderController wires it).
 * Building it is the finder's heaviest start-up work (the Japanese phrases took about 500 ms of CPU on the build
 * machine before each vocabulary word was segmented once per build, a third of that after), so the page does not
 * wait for it: it is built once the page is idle, in pieces of a few milliseconds (slices.ts), and a
 * keystroke hurries it. Until it exists, an empty query still lists every phrase in its curated order (what
 * the index would return too), and the filter counts come from that list.
 *
 * There is only ever one index, and it always has the language's stemmer: every build waits for the analyser,
 * which resolves once the stemmer has loaded. (A second language chosen before the idle build used to rebuild
 * at once with a stemmer-less analyser and discard the idle build, so «insultando» stopped finding «insultos».)
 */
import type { Analyser } from '../search/analyse.ts';
import {
	buildIndex,
	buildIndexAsync,
	filterCounts,
	matchesFilters,
	search,
	tagCounts,
	type Filters,
	type PhraseIndex,
	type SearchablePhrase,
	type SearchResult,
	type TagLabels,
} from './search.ts';
import { slicer } from './slices.ts';

/** Resolves when the browser is idle (soon after load), so work queued after it does not delay the page. */
export const whenIdle = () =>
	new Promise<void>((resolve) =>
		'requestIdleCallback' in globalThis
			? requestIdleCallback(() => resolve(), { timeout: 2000 })
			: setTimeout(resolve, 50),
	);

export class FinderIndex {
	readonly #phrases: readonly SearchablePhrase[];
	readonly #analyser: Promise<Analyser>;
	readonly #tagLabels: () => TagLabels;
	#index: PhraseIndex | undefined;
	/** Counts rebuilds, so a build started before a newer one never replaces it. */
	#generation = 0;
	/** Starts the idle build at once (set while it waits for the page to be idle). */
	#hurry: (() => void) | undefined;

	/**
	 * `phrases` are read when a build runs (their customer-language texts may change in between); `analyser`
	 * resolves once the page's stemmer has loaded; `tagLabels` are the filter labels in the reader's language.
	 */
	constructor(
		phrases: readonly SearchablePhrase[],
		analyser: Promise<Analyser>,
		tagLabels: () => TagLabels,
	) {
		this.#phrases = phrases;
		this.#analyser = analyser;
		this.#tagLabels = tagLabels;
	}

	/** The index, once built. */
	get current(): PhraseIndex | undefined {
		return this.#index;
	}

	/**
	 * Builds the index once `idle` resolves or `hurry()` is called, in pieces (`urgent()` true: without pausing).
	 * Resolves to whether this build became the index (not when a rebuild was asked for meanwhile).
	 */
	async buildWhenIdle(idle: Promise<void>, urgent: () => boolean): Promise<boolean> {
		const generation = this.#generation;
		await Promise.race([idle, new Promise<void>((resolve) => (this.#hurry = resolve))]);
		const analyser = await this.#analyser;
		if (generation !== this.#generation) return false;
		const options = { tagLabels: this.#tagLabels(), analyser };
		// 2 ms pieces: a piece measured with Lighthouse's tracing on runs two to four times its budget (a phrase's
		// segmentation, a garbage collection), and a phone four times slower still must stay under 50 ms.
		const index = await buildIndexAsync(this.#phrases, options, slicer(2, urgent));
		// A second language chosen meanwhile rebuilt the index already, with its texts.
		if (generation !== this.#generation) return false;
		this.#index = index;
		return true;
	}

	/** The agent typed before the idle build started: start it now. */
	hurry(): void {
		this.#hurry?.();
	}

	/** Builds the index in one piece now (after the texts changed), once the stemmer is there. */
	async rebuild(): Promise<void> {
		const generation = ++this.#generation;
		const analyser = await this.#analyser;
		// Asked again while waiting for the stemmer: the newer call builds.
		if (generation !== this.#generation) return;
		this.#index = buildIndex(this.#phrases, { tagLabels: this.#tagLabels(), analyser });
	}

	/**
	 * Search results, or, before the index exists, the list in its curated order for an empty query;
	 * `undefined` while a query waits for the index.
	 */
	find(q: string, filters: Filters): SearchResult[] | undefined {
		if (this.#index) return search(this.#index, q, filters);
		if (q.trim()) return undefined;
		return this.#phrases
			.map((p, order) => ({ id: p.id, order, tagIds: p.tags, folded: '', complete: true }))
			.filter((p) => matchesFilters(p, filters));
	}

	/**
	 * Counts beside each filter value: how many results that value would leave, given the other filters (one
	 * search with the index; before it exists, from the curated list).
	 */
	counts(
		q: string,
		filters: Filters,
		kinds: readonly string[],
	): Record<string, Map<string, number>> {
		if (this.#index) return filterCounts(this.#index, q, filters, kinds);
		return Object.fromEntries(
			kinds.map((kind) => [
				kind,
				tagCounts(this.find(q, { ...filters, [kind]: undefined }) ?? [], kind),
			]),
		);
	}
}
