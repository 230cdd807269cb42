/**
 * The phrase finder's behaviour as a plain class: the element (phrase-finder-element.ts) turns DOM events into
 * calls here; selection, history and placeholder rules live in pure modules under src/lib/phrases/.
 */
import { askMessage, firstBlank, planCopy } from '../../lib/phrases/placeholder-prompt';
import { HistoryWriter, type Change } from '../../lib/phrases/history';
import { AlsoTexts } from '../../lib/phrases/also-texts';
import {
	buildIndex,
	buildIndexAsync,
	filterCounts,
	matchesFilters,
	search,
	tagCounts,
	type Filters,
	type PhraseIndex,
	type SearchResult,
} from '../../lib/phrases/search';
import {
	activate,
	emptySelection,
	enterTarget,
	move,
	showResults,
	type Selection,
} from '../../lib/phrases/selection';
import {
	loadMemory,
	recordCopy,
	rememberedFirst,
	saveMemory,
	toggleFavourite,
	type PhraseMemory,
} from '../../lib/phrases/storage';
import { relaxedQuery, suggestTags } from '../../lib/phrases/suggest';
import { readState, writeState, type FinderState } from '../../lib/phrases/url-state';
import { createAnalyser, loadStemmer, type Analyser, type Stemmer } from '../../lib/search/analyse';
import { copyToClipboard } from './clipboard';
import { FinderView, kinds } from './finder-view';
import type { FinderPhrase } from './render';

/** Resolves when the browser is idle (soon after load), so work queued after it does not delay the page. */
const idle = () =>
	new Promise<void>((resolve) =>
		'requestIdleCallback' in window
			? requestIdleCallback(() => resolve(), { timeout: 2000 })
			: setTimeout(resolve, 50),
	);

export class FinderController {
	#phrases: FinderPhrase[];
	#byId: Map<string, FinderPhrase>;
	#analyser: Analyser;
	#index: PhraseIndex | undefined;
	/** Counts synchronous rebuilds, so a slower background build never replaces a newer index. */
	#generation = 0;
	/** Starts building the index at once (set while it waits for the page to be idle). */
	#indexNow: (() => void) | undefined;
	#state: FinderState = { q: '' };
	#selection: Selection = emptySelection;
	#memory: PhraseMemory;
	#values: Record<string, string> = {};
	#also: AlsoTexts;
	#history = new HistoryWriter(
		history,
		() => `${location.pathname}${location.search}${location.hash}`,
	);

	readonly view: FinderView;

	constructor(view: FinderView, phrases: FinderPhrase[], dataUrl: string) {
		this.view = view;
		this.#also = new AlsoTexts(dataUrl);
		this.#phrases = phrases;
		this.#byId = new Map(phrases.map((p) => [p.id, p]));
		this.#memory = loadMemory(new Set(this.#byId.keys()));
		this.#analyser = createAnalyser(view.lang);
	}

	get state(): FinderState {
		return this.#state;
	}

	/**
	 * Reads the URL and shows the first results. With nothing typed the list needs no search index, so it is
	 * shown at once and the index (the finder's heaviest start-up work: 150–300 ms of CPU for the Japanese
	 * phrases on a desktop, four times that on a mid-range phone) is built afterwards, a few phrases at a time
	 * once the page is idle, so it never blocks the page. A query typed meanwhile is searched when it is ready.
	 */
	async start(search: string): Promise<void> {
		// What the agent typed before the element upgraded (the box takes keys from the first paint) is newer than
		// the URL's query: it is kept, never overwritten.
		const typed = this.view.input.value;
		this.#state = readState(search, this.view.filterValues());
		if (typed) this.#state = { ...this.#state, q: typed };
		this.#applyStateToControls();
		const stemmer = loadStemmer(this.view.lang).catch(() => undefined);
		await this.#also.load(this.#state.also);
		// The list is shown before the index exists: it needs the customer-language texts already.
		this.#applyAlso();
		if (this.#state.q.trim()) {
			this.#analyser = createAnalyser(this.view.lang, await stemmer);
			this.#reindex();
		}
		this.#update(false);
		if (typed) this.#commit('typing');
		if (!this.#index) void this.#indexWhenIdle(stemmer);
	}

	async #indexWhenIdle(stemmer: Promise<Stemmer | undefined>) {
		// Idle, or the agent's first keystroke, whichever comes first.
		await Promise.race([idle(), new Promise<void>((resolve) => (this.#indexNow = resolve))]);
		this.#analyser = createAnalyser(this.view.lang, await stemmer);
		const generation = this.#generation;
		const index = await buildIndexAsync(this.#phrases, this.#indexOptions(), 4, () =>
			Boolean(this.#state.q.trim()),
		);
		// A second language chosen meanwhile rebuilt the index already, with its texts.
		if (generation !== this.#generation) return;
		this.#index = index;
		// Typed while the index was being built: show the results now.
		if (this.#state.q.trim()) this.#update(false);
	}

	dispose() {
		this.#history.cancel();
		this.#also.abort();
		this.view.dispose();
	}

	/** The customer-language texts beside each phrase, for the list and for the index. */
	#applyAlso() {
		const also = this.#also.get(this.#state.also);
		for (const p of this.#phrases) p.alsoText = also?.[p.id];
	}

	#indexOptions() {
		this.#applyAlso();
		const tagLabels: Record<string, string> = {};
		for (const kind of kinds)
			for (const o of this.view.select(kind).options)
				if (o.value) tagLabels[o.value] = o.dataset.label ?? '';
		return { tagLabels, analyser: this.#analyser };
	}

	#reindex() {
		this.#generation++;
		this.#index = buildIndex(this.#phrases, this.#indexOptions());
	}

	#applyStateToControls() {
		this.view.showState(this.#state);
	}

	#filters() {
		return {
			situation: this.#state.situation,
			intent: this.#state.intent,
			channel: this.#state.channel,
		};
	}

	/**
	 * Search results, or, before the index exists, the list in its curated order for an empty query (what the
	 * index would return too); `undefined` while a query waits for the index.
	 */
	#find(q: string, filters: Filters): SearchResult[] | undefined {
		if (this.#index) return search(this.#index, q, filters);
		if (q.trim()) return undefined;
		return this.#phrases
			.map((p, order) => ({ id: p.id, order, tagIds: p.tags, folded: '', complete: true }))
			.filter((p) => matchesFilters(p, filters));
	}

	#results(): SearchResult[] | undefined {
		const results = this.#find(this.#state.q, this.#filters());
		if (!results) return undefined;
		const idle = !this.#state.q.trim() && kinds.every((k) => !this.#state[k]);
		// With nothing typed, the agent's own favourites and recent copies come first.
		return idle ? rememberedFirst(results, this.#memory) : results;
	}

	/** Recomputes results after a change: the first result becomes active (see selection.ts). */
	#update(scroll = true) {
		let results = this.#results();
		// A query typed before the index was ready: start() shows its results once the index is built.
		if (!results) return;
		const partial = Boolean(this.#state.q.trim()) && !results.some((r) => r.complete);
		if (!results.length && this.#index && this.#state.q.trim()) {
			// Nothing at all: the nearest partial matches of a looser query, still under the filters.
			results = search(this.#index, relaxedQuery(this.#state.q), this.#filters()).map((r) => ({
				...r,
				complete: false,
			}));
		}
		this.#selection = showResults(results.map((r) => r.id));
		const s = this.view.strings;
		const notice = partial
			? {
					message: results.length ? s.partialMatches : s.noResults,
					suggestions: this.#suggestions(results),
				}
			: undefined;
		this.view.renderResults({
			phrases: results.map((r) => this.#byId.get(r.id)!),
			activeId: this.#selection.activeId,
			favourites: this.#memory.favourites,
			recent: this.#memory.recent,
			alsoLang: this.#state.also,
			notice,
		});
		this.#renderCounts(results.length);
		this.#renderActive(scroll);
	}

	#suggestions(results: readonly SearchResult[]) {
		const choices = results.length ? suggestTags(results) : suggestTags(this.#index?.items ?? []);
		return choices
			.filter((c) => this.#state[c.kind] !== c.value)
			.map((c) => ({ ...c, label: this.view.tagLabel(c.kind, c.value) }));
	}

	#renderCounts(total: number) {
		// Counts beside each filter value: how many results that value would leave, given the other filters
		// (one search with the index; before it exists, from the curated list).
		const counts = this.#index
			? filterCounts(this.#index, this.#state.q, this.#filters(), kinds)
			: Object.fromEntries(
					kinds.map((kind) => [
						kind,
						tagCounts(
							this.#find(this.#state.q, { ...this.#filters(), [kind]: undefined }) ?? [],
							kind,
						),
					]),
				);
		this.view.renderCounts(total, counts);
	}

	#renderActive(scroll: boolean) {
		const id = this.#selection.activeId;
		this.view.renderActive(id, scroll);
		const phrase = id ? this.#byId.get(id) : undefined;
		this.view.renderPreview(
			phrase,
			this.#values,
			this.#state.also,
			Boolean(phrase && this.#memory.favourites.includes(phrase.id)),
		);
	}

	#commit(change: Change) {
		this.#history.write(
			`${location.pathname}${writeState(location.search, this.#state)}${location.hash}`,
			change,
		);
	}

	setQuery(q: string) {
		this.#state = { ...this.#state, q };
		if (!this.#index) this.#indexNow?.();
		this.#update();
		this.#commit('typing');
	}

	setFilter(kind: string, value: string | undefined) {
		this.#state = { ...this.#state, [kind]: value || undefined };
		this.#update();
		this.#commit('filter');
	}

	async setAlso(locale: string | undefined) {
		this.#state = { ...this.#state, also: locale || undefined };
		this.#commit('language');
		await this.#also.load(this.#state.also);
		this.#reindex();
		this.#update();
	}

	clearFilters() {
		this.#state = { q: this.#state.q, also: this.#state.also };
		this.#applyStateToControls();
		this.#update();
		this.#commit('clear-filters');
	}

	/** A suggestion from the empty state: that situation or intent, the query cleared (its words failed). */
	choose(kind: string, value: string) {
		this.#state = { q: '', also: this.#state.also, [kind]: value };
		this.#applyStateToControls();
		this.#update();
		this.#commit('suggestion');
	}

	/** Back/Forward: show the state in the URL without writing history. */
	async restore(search: string) {
		this.#state = readState(search, this.view.filterValues());
		this.#applyStateToControls();
		await this.#also.load(this.#state.also);
		this.#reindex();
		this.#update();
	}

	move(delta: number) {
		this.#selection = move(this.#selection, delta);
		this.#renderActive(true);
	}

	/** A trainer's link to `#<phrase-id>`: that phrase, ready in the preview (filters cleared if they hide it). */
	showLinked(id: string): boolean {
		if (!this.#byId.has(id)) return false;
		if (!this.#selection.results.includes(id)) {
			this.#state = { q: '', also: this.#state.also };
			this.#applyStateToControls();
			this.#update(false);
		}
		this.#selection = activate(this.#selection, id);
		this.#renderActive(true);
		return true;
	}

	/** Enter in the search box, or a click on a result: fill the blanks first, then copy. */
	enter(id = enterTarget(this.#selection)) {
		if (!id) return;
		if (id !== this.#selection.activeId) {
			this.#selection = activate(this.#selection, id);
			this.#renderActive(false);
		}
		const phrase = this.#byId.get(id)!;
		const blank = firstBlank(phrase.text, this.#values);
		if (blank) return this.view.focusBlank(blank);
		void this.copy(id);
	}

	/** Enter in a blank: the next blank, or copy after the last one. Returns whether it copied. */
	async blankEnter(key: string): Promise<boolean> {
		const phrase = this.#selection.activeId ? this.#byId.get(this.#selection.activeId) : undefined;
		if (!phrase) return false;
		const keys = [
			...this.view.root.querySelectorAll<HTMLInputElement>('[data-placeholder-input]'),
		].map((i) => i.dataset.placeholderInput!);
		const next = keys[keys.indexOf(key) + 1];
		if (next) {
			this.view.focusBlank(next);
			return false;
		}
		return this.copy(phrase.id);
	}

	async copy(id: string | undefined): Promise<boolean> {
		const phrase = id ? this.#byId.get(id) : undefined;
		if (!phrase) return false;
		const useAlso = Boolean(this.#state.also && phrase.alsoText);
		const plan = planCopy(useAlso ? phrase.alsoText! : phrase.text, this.#values);
		const s = this.view.strings;
		if (plan.kind === 'ask') {
			// A date, time or amount left blank would leave a broken sentence: ask for it instead of copying.
			const asked = askMessage(plan.missing, this.view.labels, s);
			this.view.showStatus(phrase.id, asked, false, this.view.langs.fillIn);
			this.view.focusBlank(plan.missing[0]!);
			return false;
		}
		const ok = await copyToClipboard(plan.text);
		if (ok) {
			this.#memory = recordCopy(this.#memory, phrase.id);
			saveMemory(this.#memory);
		}
		const said = ok ? 'copied' : 'copyFailed';
		this.view.showStatus(phrase.id, s[said], ok, this.view.langs[said]);
		return ok;
	}

	async copyLink(id: string) {
		// Trainers link a phrase: the page URL without the agent's query, plus the phrase's anchor.
		const ok = await copyToClipboard(`${location.origin}${location.pathname}#${id}`);
		const said = ok ? 'linkCopied' : 'copyFailed';
		this.view.showStatus(id, this.view.strings[said], ok, this.view.langs[said]);
	}

	toggleFavourite(id: string) {
		this.#memory = toggleFavourite(this.#memory, id);
		saveMemory(this.#memory);
		const activeId = this.#selection.activeId;
		this.#update(false);
		if (activeId) this.#selection = activate(this.#selection, activeId);
		this.#renderActive(false);
	}

	setBlank(key: string, value: string) {
		this.#values = { ...this.#values, [key]: value };
		const phrase = this.#selection.activeId ? this.#byId.get(this.#selection.activeId) : undefined;
		if (phrase)
			this.view.refreshPreviewText(
				phrase,
				this.#values,
				this.#state.also,
				this.#memory.favourites.includes(phrase.id),
			);
	}
}
