/**
 * The phrase finder's behaviour as a plain class: the element (phrase-finder-element.ts) turns DOM events into
 * calls here. This class owns the query, the URL and the active phrase; the search index (finder-index.ts) and
 * what is done with one phrase (finder-copy.ts: blanks, copying, favourites) are their own modules, and
 * selection, history and placeholder rules are pure modules under src/lib/phrases/.
 */
import { HistoryWriter, type Change } from '../../lib/phrases/history';
import { AlsoTexts } from '../../lib/phrases/also-texts';
import { FinderIndex, whenIdle } from '../../lib/phrases/finder-index';
import { search, type SearchResult } from '../../lib/phrases/search';
import {
	activate,
	emptySelection,
	enterTarget,
	move,
	showResults,
	type Selection,
} from '../../lib/phrases/selection';
import { rememberedFirst } from '../../lib/phrases/storage';
import { relaxedQuery, suggestTags } from '../../lib/phrases/suggest';
import { readState, writeState, type FinderState } from '../../lib/phrases/url-state';
import { createAnalyser, loadStemmer } from '../../lib/search/analyse';
import { FinderCopy } from './finder-copy';
import { FinderView, kinds } from './finder-view';
import type { FinderPhrase } from './render';

export class FinderController {
	#phrases: FinderPhrase[];
	#byId: Map<string, FinderPhrase>;
	/** The search index, built when the page is idle, always with the page's stemmer (see finder-index.ts). */
	#index: FinderIndex;
	#state: FinderState = { q: '' };
	#selection: Selection = emptySelection;
	/** Blanks, copying and the agent's favourites and recent copies (finder-copy.ts). */
	#copy: FinderCopy;
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
		this.#copy = new FinderCopy(view, new Set(this.#byId.keys()));
		// The stemmer is loaded at once (a small chunk of its own), beside the customer-language texts.
		const analyser = loadStemmer(view.lang)
			.catch(() => undefined)
			.then((stemmer) => createAnalyser(view.lang, stemmer));
		this.#index = new FinderIndex(phrases, analyser, () => this.#tagLabels());
	}

	get state(): FinderState {
		return this.#state;
	}

	/**
	 * Reads the URL and shows the first results. With nothing typed the list needs no search index, so it is
	 * shown at once and the index is built afterwards, once the page is idle (see finder-index.ts). A query
	 * typed meanwhile is searched when it is ready.
	 */
	async start(search: string): Promise<void> {
		// The URL's state first, so a key typed during the pause below keeps the URL's filters.
		this.#state = readState(search, this.view.filterValues());
		// The first results come in a task of their own: the module's evaluation and the element's set-up are
		// one task already, and together they were the longest of the page's start-up.
		await new Promise((resolve) => setTimeout(resolve, 0));
		// What the agent typed before the element upgraded (the box takes keys from the first paint) is newer than
		// the URL's query: it is kept, never overwritten.
		const typed = this.view.input.value;
		if (typed) this.#state = { ...this.#state, q: typed };
		this.#applyStateToControls();
		await this.#also.load(this.#state.also);
		// The list is shown before the index exists: it needs the customer-language texts already.
		this.#applyAlso();
		if (this.#state.q.trim()) await this.#index.rebuild();
		this.#update(false);
		if (typed) this.#commit('typing');
		if (!this.#index.current) void this.#indexWhenIdle();
	}

	async #indexWhenIdle() {
		// Idle, or the agent's first keystroke, whichever comes first.
		const built = await this.#index.buildWhenIdle(whenIdle(), () => Boolean(this.#state.q.trim()));
		// Typed while the index was being built: show the results now.
		if (built && this.#state.q.trim()) this.#update(false);
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

	/** Filter labels in the reader's language, so "furios" finds phrases tagged `angry`. */
	#tagLabels() {
		const tagLabels: Record<string, string> = {};
		for (const kind of kinds)
			for (const o of this.view.select(kind).options)
				if (o.value) tagLabels[o.value] = o.dataset.label ?? '';
		return tagLabels;
	}

	/** The customer-language texts changed (or may have): index them with the rest. */
	async #reindex() {
		this.#applyAlso();
		await this.#index.rebuild();
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

	#results(): SearchResult[] | undefined {
		const results = this.#index.find(this.#state.q, this.#filters());
		if (!results) return undefined;
		const idle = !this.#state.q.trim() && kinds.every((k) => !this.#state[k]);
		// With nothing typed, the agent's own favourites and recent copies come first.
		return idle ? rememberedFirst(results, this.#copy.memory) : results;
	}

	/** Recomputes results after a change: the first result becomes active (see selection.ts). */
	#update(scroll = true) {
		let results = this.#results();
		// A query typed before the index was ready: start() shows its results once the index is built.
		if (!results) return;
		const partial = Boolean(this.#state.q.trim()) && !results.some((r) => r.complete);
		const index = this.#index.current;
		if (!results.length && index && this.#state.q.trim()) {
			// Nothing at all: the nearest partial matches of a looser query, still under the filters.
			results = search(index, relaxedQuery(this.#state.q), this.#filters()).map((r) => ({
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
			favourites: this.#copy.memory.favourites,
			recent: this.#copy.memory.recent,
			alsoLang: this.#state.also,
			notice,
		});
		this.view.renderCounts(
			results.length,
			this.#index.counts(this.#state.q, this.#filters(), kinds),
		);
		this.#renderActive(scroll);
	}

	#suggestions(results: readonly SearchResult[]) {
		const choices = results.length
			? suggestTags(results)
			: suggestTags(this.#index.current?.items ?? []);
		return choices
			.filter((c) => this.#state[c.kind] !== c.value)
			.map((c) => ({ ...c, label: this.view.tagLabel(c.kind, c.value) }));
	}

	#renderActive(scroll: boolean) {
		this.view.renderActive(this.#selection.activeId, scroll);
		this.#copy.preview(this.#active(), this.#state.also);
	}

	#commit(change: Change) {
		this.#history.write(
			`${location.pathname}${writeState(location.search, this.#state)}${location.hash}`,
			change,
		);
	}

	setQuery(q: string) {
		this.#state = { ...this.#state, q };
		if (!this.#index.current) this.#index.hurry();
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
		await this.#reindex();
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
		await this.#reindex();
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

	#active(): FinderPhrase | undefined {
		return this.#selection.activeId ? this.#byId.get(this.#selection.activeId) : undefined;
	}

	/** Enter in the search box, or a click on a result: fill the blanks first, then copy. */
	enter(id = enterTarget(this.#selection)) {
		if (!id) return;
		if (id !== this.#selection.activeId) {
			this.#selection = activate(this.#selection, id);
			this.#renderActive(false);
		}
		if (!this.#copy.focusFirstBlank(this.#byId.get(id)!)) void this.copy(id);
	}

	/** Enter in a blank: the next blank, or copy after the last one. Returns whether it copied. */
	async blankEnter(key: string): Promise<boolean> {
		const phrase = this.#active();
		if (!phrase || this.#copy.focusNextBlank(key)) return false;
		return this.copy(phrase.id);
	}

	async copy(id: string | undefined): Promise<boolean> {
		const phrase = id ? this.#byId.get(id) : undefined;
		return phrase ? this.#copy.copy(phrase, this.#state.also) : false;
	}

	copyLink(id: string) {
		return this.#copy.copyLink(id);
	}

	toggleFavourite(id: string) {
		this.#copy.toggleFavourite(id);
		const activeId = this.#selection.activeId;
		this.#update(false);
		if (activeId) this.#selection = activate(this.#selection, activeId);
		this.#renderActive(false);
	}

	setBlank(key: string, value: string) {
		this.#copy.setBlank(this.#active(), key, value, this.#state.also);
	}
}
