/**
 * The finder's DOM: results, suggestions, counts, preview, announcements. Holds no state of its own; the
 * controller tells it what to show. Text only ever goes in through `textContent` (see render.ts).
 */
import { plural, type PluralForms } from '../../lib/i18n/plural';
import { showUiText } from '../../lib/i18n/ui-text-client';
import { interpolate } from '../../lib/phrases/placeholder-prompt';
import type { FinderState } from '../../lib/phrases/url-state';
import {
	optionNode,
	previewNode,
	suggestionsNode,
	type FinderPhrase,
	type RenderStrings,
	type StringLangs,
	type Suggestion,
} from './render';

export const kinds = ['situation', 'intent', 'channel'] as const;

export interface ResultsView {
	phrases: readonly FinderPhrase[];
	activeId: string | undefined;
	favourites: readonly string[];
	recent: readonly string[];
	alsoLang: string | undefined;
	/** Shown above the results when they are partial or empty. */
	notice?: { message: string; suggestions: Suggestion[] };
}

/** Options rendered at once, and in each batch appended as the agent scrolls towards the end (renderResults). */
const batch = 20;

export class FinderView {
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	/** Appends at once what the current list has not appended yet. */
	#appendRest = () => {};
	/** Appends batches while the end of the list is within a screen's height of view (see renderResults). */
	#more = () => {};
	#frame = 0;
	#abort = new AbortController();
	/** The active phrase, for options appended after it was chosen. */
	#activeId: string | undefined;
	readonly root: HTMLElement;
	readonly strings: RenderStrings;
	readonly labels: Record<string, string>;
	readonly lang: string;
	readonly countForms: PluralForms;
	/** The `lang` of strings that fell back to another language (a language being added), by key. */
	readonly langs: StringLangs;
	readonly countLang: string | undefined;

	constructor(
		root: HTMLElement,
		strings: RenderStrings,
		labels: Record<string, string>,
		lang: string,
		countForms: PluralForms,
		fallback: { langs?: StringLangs; countLang?: string } = {},
	) {
		this.root = root;
		this.strings = strings;
		this.labels = labels;
		this.lang = lang;
		this.countForms = countForms;
		this.langs = fallback.langs ?? {};
		this.countLang = fallback.countLang;
		// `End` or a fling that jumps past the list's end lands here too (an IntersectionObserver on the last
		// option missed such jumps: its state went from "below" to "above" without ever intersecting).
		const check = () => this.#check();
		for (const type of ['scroll', 'resize'])
			addEventListener(type, check, { passive: true, signal: this.#abort.signal });
	}

	/** Runs `#more` in the next frame: once per frame at most, however fast the wheel turns. */
	#check() {
		this.#frame ||= requestAnimationFrame(() => {
			this.#frame = 0;
			this.#more();
		});
	}

	get input() {
		return this.root.querySelector<HTMLInputElement>('[data-search]')!;
	}
	select(kind: string) {
		return this.root.querySelector<HTMLSelectElement>(
			kind === 'also' ? '[data-also]' : `[data-filter="${kind}"]`,
		)!;
	}
	/** The values each filter offers: what a URL may ask for (anything else is ignored). */
	filterValues() {
		const values = (kind: string) =>
			[...this.select(kind).options].map((o) => o.value).filter(Boolean);
		return {
			situation: values('situation'),
			intent: values('intent'),
			channel: values('channel'),
			also: values('also'),
		};
	}

	/** The search box and filters as the state says (from the URL, Back, or a suggestion). */
	showState(state: FinderState) {
		this.input.value = state.q;
		for (const kind of kinds) this.select(kind).value = state[kind] ?? '';
		this.select('also').value = state.also ?? '';
		// Filters live behind one control; an active filter (from a link or Back) must not be hidden there.
		const toggle = this.root.querySelector<HTMLDetailsElement>('[data-filters-toggle]');
		if (toggle && (kinds.some((k) => state[k]) || state.also)) toggle.open = true;
	}

	tagLabel = (kind: string, id: string) =>
		this.select(kind).querySelector<HTMLOptionElement>(`option[value="${CSS.escape(id)}"]`)?.dataset
			.label ?? id;

	renderResults(view: ResultsView) {
		const list = this.root.querySelector<HTMLUListElement>('[data-results]')!;
		this.#activeId = view.activeId;
		// Built when appended, so an option that arrives after the agent moved to it is marked active.
		const option = (phrase: FinderPhrase) =>
			optionNode({
				phrase,
				active: phrase.id === this.#activeId,
				favourite: view.favourites.includes(phrase.id),
				recent: view.recent.includes(phrase.id),
				labels: this.labels,
				tagLabel: this.tagLabel,
				lang: this.lang,
				alsoLang: view.alsoLang,
				strings: this.strings,
				langs: this.langs,
			});
		// What fills the screen first; the next batches follow as the list's end comes within a screen of view
		// (scrolling), or all at once when the agent or a link moves past them. Appending every phrase at start-up,
		// even in 4 ms pieces, cost a layout of the growing list per piece: a large part of the phrases page's
		// blocking time under Lighthouse (docs/offline.md, "Fourth round"). Each option says its place in the whole
		// list (aria-posinset/aria-setsize), so a screen reader announces "3 of 173" however many are appended.
		const total = view.phrases.length;
		let appended = 0;
		const appendBatch = (size: number) => {
			const nodes = view.phrases.slice(appended, appended + size).map((phrase) => {
				const node = option(phrase);
				node.setAttribute('aria-posinset', String(++appended));
				node.setAttribute('aria-setsize', String(total));
				return node;
			});
			list.append(...nodes);
		};
		list.replaceChildren();
		appendBatch(batch);
		this.#appendRest = () => appended < total && appendBatch(total - appended);
		this.#more = () => {
			while (appended < total && list.getBoundingClientRect().bottom < 2 * innerHeight)
				appendBatch(batch);
		};
		// A screen taller than the first batch fills up in the next frame, without waiting for a scroll.
		this.#check();
		if (!view.phrases.length)
			list.append(
				Object.assign(document.createElement('li'), {
					className: 'finder-empty',
					textContent: this.strings.noResults,
					role: 'presentation',
					...(this.langs.noResults ? { lang: this.langs.noResults } : {}),
				}),
			);
		const notice = this.root.querySelector<HTMLElement>('[data-notice]')!;
		notice.replaceChildren(
			...(view.notice
				? [suggestionsNode(view.notice.suggestions, view.notice.message, this.strings, this.langs)]
				: []),
		);
	}

	renderCounts(total: number, perFilter: Record<string, Map<string, number>>) {
		// Forms that fell back follow their own language's plural rules ("{{count}} фразы" is Russian).
		const count = plural(this.countLang ?? this.lang, this.countForms, total);
		showUiText(this.root.querySelector<HTMLElement>('[data-count]')!, count, this.countLang);
		for (const kind of kinds) {
			const counts = perFilter[kind]!;
			for (const option of this.select(kind).options) {
				if (option.value)
					option.textContent = interpolate(this.strings.filterCount, {
						label: option.dataset.label ?? '',
						count: counts.get(option.value) ?? 0,
					});
			}
		}
		// Counts are announced after a pause, not on every keystroke.
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => this.announce(count, this.countLang), 600);
	}

	/** Clears the pending count announcement and stops following the scroll (the element is leaving the page). */
	dispose() {
		clearTimeout(this.#announceTimer);
		cancelAnimationFrame(this.#frame);
		this.#abort.abort();
	}

	/** Marks the active option; `scroll` brings it into view (not on first render: no forced layout). */
	renderActive(activeId: string | undefined, scroll: boolean) {
		this.#activeId = activeId;
		// Arrows, a trainer's #link or a favourite moved past the options appended so far: append the rest now.
		if (activeId && !this.root.querySelector(`#option-${CSS.escape(activeId)}`)) this.#appendRest();
		for (const option of this.root.querySelectorAll<HTMLElement>('[data-option]'))
			option.setAttribute('aria-selected', String(option.dataset.option === activeId));
		if (!activeId) return this.input.removeAttribute('aria-activedescendant');
		this.input.setAttribute('aria-activedescendant', `option-${activeId}`);
		if (scroll)
			this.root
				.querySelector(`#option-${CSS.escape(activeId)}`)
				?.scrollIntoView({ block: 'nearest' });
	}

	renderPreview(
		phrase: FinderPhrase | undefined,
		values: Record<string, string>,
		alsoLang: string | undefined,
		favourite: boolean,
	) {
		const preview = this.root.querySelector<HTMLElement>('[data-preview]')!;
		if (!phrase) return preview.replaceChildren();
		preview.replaceChildren(
			previewNode({
				phrase,
				labels: this.labels,
				values,
				lang: this.lang,
				alsoLang,
				favourite,
				strings: this.strings,
				langs: this.langs,
				permalink: `${location.pathname}#${phrase.id}`,
			}),
		);
	}

	/** Refreshes the preview text while the agent types in a blank, keeping focus and caret in the field. */
	refreshPreviewText(
		phrase: FinderPhrase,
		values: Record<string, string>,
		alsoLang: string | undefined,
		favourite: boolean,
	) {
		const box = this.root.querySelector('.preview-box');
		if (!box) return;
		const fresh = previewNode({
			phrase,
			labels: this.labels,
			values,
			lang: this.lang,
			alsoLang,
			favourite,
			strings: this.strings,
			langs: this.langs,
			permalink: `${location.pathname}#${phrase.id}`,
		});
		box.querySelector('.preview-text')?.replaceWith(fresh.querySelector('.preview-text')!);
		const also = fresh.querySelector('.preview-also');
		if (also) box.querySelector('.preview-also')?.replaceWith(also);
	}

	/**
	 * "Copied" (or a failure, or what is missing) at the phrase itself and in the preview, and announced; `lang`
	 * when the message is in another language than the page (it fell back).
	 */
	showStatus(id: string, message: string, ok: boolean, lang?: string) {
		for (const status of this.root.querySelectorAll<HTMLElement>('[data-option-status]'))
			showUiText(status, '', undefined);
		const text = ok ? `✓ ${message}` : message;
		const at = this.root.querySelector<HTMLElement>(`[data-option-status="${CSS.escape(id)}"]`);
		if (at) showUiText(at, text, lang);
		const status = this.root.querySelector<HTMLElement>('[data-copy-status]');
		if (status) showUiText(status, text, lang);
		this.announce(message, lang);
	}

	focusBlank(key: string) {
		this.root
			.querySelector<HTMLInputElement>(`[data-placeholder-input="${CSS.escape(key)}"]`)
			?.focus();
	}

	announce(message: string, lang?: string) {
		// A count still waiting for its pause must not replace what was just said ("Copied" after a quick Enter).
		clearTimeout(this.#announceTimer);
		const region = this.root.querySelector<HTMLElement>('[data-announce]')!;
		// Clearing first makes screen readers repeat an identical message ("Copied" twice in a row).
		region.textContent = '';
		requestAnimationFrame(() => showUiText(region, message, lang));
	}
}
