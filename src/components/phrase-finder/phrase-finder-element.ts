/**
 * `<phrase-finder>`: upgrades the server-rendered phrase list into a keyboard-first finder (combobox
 * pattern: focus stays in the search box, arrows move the active phrase, Enter copies, Escape clears).
 * State lives in the URL; favourites and recent copies in localStorage. Every listener is tied to one
 * AbortController and removed on disconnect.
 */
import { plural, type PluralForms } from '../../lib/i18n/plural';
import { missingRequired, placeholderKeysOf } from '../../lib/phrases/placeholders';
import { buildIndex, search, tagCounts, type IndexedPhrase, type PhraseIndex } from '../../lib/phrases/search';
import { loadMemory, recordCopy, saveMemory, toggleFavourite, type PhraseMemory } from '../../lib/phrases/storage';
import { readState, writeState, type FinderState } from '../../lib/phrases/url-state';
import { copyToClipboard } from './clipboard';
import { copyText, optionNode, previewNode, type FinderPhrase, type RenderStrings } from './render';

const kinds = ['situation', 'intent', 'channel'] as const;

class PhraseFinderElement extends HTMLElement {
	#abort = new AbortController();
	#phrases: FinderPhrase[] = [];
	#index: PhraseIndex = buildIndex([]);
	#results: IndexedPhrase[] = [];
	#activeId: string | undefined;
	#state: FinderState = { q: '' };
	#memory: PhraseMemory = { favourites: [], recent: [] };
	#values: Record<string, string> = {};
	#alsoTexts = new Map<string, Record<string, string>>();
	#composing = false;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#urlTimer: ReturnType<typeof setTimeout> | undefined;

	#strings = {} as RenderStrings & { copyFailed: string; noResults: string };
	#countForms: PluralForms = {};
	#labels: Record<string, string> = {};
	#lang = 'en';

	get #input() {
		return this.querySelector<HTMLInputElement>('[data-search]')!;
	}
	#select(kind: string) {
		return this.querySelector<HTMLSelectElement>(kind === 'also' ? '[data-also]' : `[data-filter="${kind}"]`)!;
	}

	connectedCallback() {
		const json = <T,>(value: string | undefined, fallback: T): T => {
			try {
				return value ? (JSON.parse(value) as T) : fallback;
			} catch {
				return fallback;
			}
		};
		this.#strings = json(this.dataset.strings, this.#strings);
		this.#countForms = json(this.dataset.resultCount, {});
		this.#labels = json(this.dataset.placeholderLabels, {});
		this.#lang = this.dataset.lang ?? document.documentElement.lang;

		this.#phrases = [...this.querySelectorAll<HTMLElement>('[data-static-list] [data-phrase-id]')].map((source) => ({
			id: source.dataset.phraseId!,
			text: source.dataset.text ?? '',
			keywords: (source.querySelector('[data-search-terms]')?.textContent ?? '').split(' ').filter(Boolean),
			tags: Object.fromEntries(kinds.map((k) => [k, (source.dataset[k] ?? '').split(' ').filter(Boolean)])),
			source,
		}));
		const ids = new Set(this.#phrases.map((p) => p.id));
		this.#memory = loadMemory(ids);
		this.#state = readState(location.search, this.#vocabulary());
		this.#reindex();

		this.querySelector<HTMLElement>('[data-finder-ui]')!.hidden = false;
		this.querySelector<HTMLElement>('[data-static-list]')!.hidden = true;
		this.#applyStateToControls();
		this.#render();
		void this.#loadAlso(this.#state.also);

		const linked = this.#activateFromHash();
		this.#input.focus({ preventScroll: !linked });
		this.#listen();
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	#vocabulary() {
		const values = (kind: string) => [...this.#select(kind).options].map((o) => o.value).filter(Boolean);
		return { situation: values('situation'), intent: values('intent'), channel: values('channel'), also: values('also') };
	}

	#tagLabel = (kind: string, id: string) => this.#select(kind).querySelector<HTMLOptionElement>(`option[value="${CSS.escape(id)}"]`)?.dataset.label ?? id;

	#reindex() {
		const also = this.#state.also ? this.#alsoTexts.get(this.#state.also) : undefined;
		for (const p of this.#phrases) p.alsoText = also?.[p.id];
		const labels: Record<string, string> = {};
		for (const kind of kinds) for (const o of this.#select(kind).options) if (o.value) labels[o.value] = o.dataset.label ?? '';
		this.#index = buildIndex(this.#phrases, { tagLabels: labels });
	}

	async #loadAlso(locale: string | undefined) {
		if (!locale || this.#alsoTexts.has(locale)) return this.#reindexAndRender();
		try {
			const response = await fetch(`${this.dataset.dataUrl}${locale}.json`);
			if (!response.ok) throw new Error(String(response.status));
			const data: unknown = await response.json();
			const clean: Record<string, string> = {};
			if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) if (typeof v === 'string') clean[k] = v;
			this.#alsoTexts.set(locale, clean);
		} catch {
			// Offline or missing file: the finder keeps working in the agent's language.
		}
		this.#reindexAndRender();
	}

	#reindexAndRender() {
		this.#reindex();
		this.#render();
	}

	#applyStateToControls() {
		this.#input.value = this.#state.q;
		for (const kind of kinds) this.#select(kind).value = this.#state[kind] ?? '';
		this.#select('also').value = this.#state.also ?? '';
	}

	#filters() {
		return { situation: this.#state.situation, intent: this.#state.intent, channel: this.#state.channel };
	}

	#ordered(results: IndexedPhrase[]): IndexedPhrase[] {
		const idle = !this.#state.q && kinds.every((k) => !this.#state[k]);
		if (!idle) return results;
		// With nothing typed, the agent's own favourites and recent copies come first.
		const rank = (id: string) => (this.#memory.favourites.includes(id) ? 0 : this.#memory.recent.includes(id) ? 1 : 2);
		return [...results].sort((a, b) => rank(a.id) - rank(b.id) || (rank(a.id) === 1 ? this.#memory.recent.indexOf(a.id) - this.#memory.recent.indexOf(b.id) : 0));
	}

	#render() {
		this.#results = this.#ordered(search(this.#index, this.#state.q, this.#filters()));
		if (!this.#results.some((r) => r.id === this.#activeId)) this.#activeId = this.#results[0]?.id;
		this.#renderCounts();
		const first = !this.querySelector('[data-option]');
		const list = this.querySelector<HTMLUListElement>('[data-results]')!;
		const byId = new Map(this.#phrases.map((p) => [p.id, p]));
		list.replaceChildren(
			...this.#results.map((r) =>
				optionNode({
					phrase: byId.get(r.id)!,
					active: r.id === this.#activeId,
					favourite: this.#memory.favourites.includes(r.id),
					recent: this.#memory.recent.includes(r.id),
					labels: this.#labels,
					tagLabel: this.#tagLabel,
					alsoLang: this.#state.also,
					strings: this.#strings,
				}),
			),
		);
		if (!this.#results.length) list.append(Object.assign(document.createElement('li'), { className: 'finder-empty', textContent: this.#strings.noResults, role: 'presentation' }));
		this.#renderActive(!first);
	}

	#renderCounts() {
		const count = plural(this.#lang, this.#countForms, this.#results.length);
		this.querySelector('[data-count]')!.textContent = count;
		// Counts beside each filter value: how many results that value would leave, given the other filters.
		for (const kind of kinds) {
			const others = { ...this.#filters(), [kind]: undefined };
			const counts = tagCounts(search(this.#index, this.#state.q, others), kind);
			for (const option of this.#select(kind).options) {
				if (option.value) option.textContent = `${option.dataset.label} (${counts.get(option.value) ?? 0})`;
			}
		}
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => this.#announce(count), 600);
	}

	/** `scroll`: bring the active option into view (not on first render: no forced layout before first paint). */
	#renderActive(scroll = true) {
		const input = this.#input;
		const preview = this.querySelector<HTMLElement>('[data-preview]')!;
		const phrase = this.#phrases.find((p) => p.id === this.#activeId);
		for (const option of this.querySelectorAll<HTMLElement>('[data-option]')) {
			option.setAttribute('aria-selected', String(option.dataset.option === this.#activeId));
		}
		if (!phrase) {
			input.removeAttribute('aria-activedescendant');
			preview.replaceChildren();
			return;
		}
		input.setAttribute('aria-activedescendant', `option-${phrase.id}`);
		if (scroll) this.querySelector(`#option-${CSS.escape(phrase.id)}`)?.scrollIntoView({ block: 'nearest' });
		preview.replaceChildren(
			previewNode({
				phrase,
				labels: this.#labels,
				values: this.#values,
				lang: this.#lang,
				alsoLang: this.#state.also,
				favourite: this.#memory.favourites.includes(phrase.id),
				strings: this.#strings,
				permalink: `${location.pathname}#${phrase.id}`,
			}),
		);
	}

	/** A trainer's link to `#<phrase-id>` opens the finder with that phrase ready in the preview. */
	#activateFromHash(): boolean {
		let id = '';
		try {
			id = decodeURIComponent(location.hash.slice(1));
		} catch {
			return false;
		}
		if (!this.#phrases.some((p) => p.id === id)) return false;
		if (!this.#results.some((r) => r.id === id)) {
			// The linked phrase may be filtered out by the current query: clear it so the link always works.
			this.#state = { q: '', also: this.#state.also };
			this.#applyStateToControls();
			this.#render();
		}
		this.#activate(id);
		this.querySelector('[data-preview]')?.scrollIntoView({ block: 'nearest' });
		return true;
	}

	#activate(id: string) {
		this.#activeId = id;
		this.#renderActive();
	}

	#move(delta: number) {
		if (!this.#results.length) return;
		const at = this.#results.findIndex((r) => r.id === this.#activeId);
		const next = Math.min(this.#results.length - 1, Math.max(0, at + delta));
		this.#activate(this.#results[next]!.id);
	}

	async #copy(id: string | undefined) {
		const phrase = this.#phrases.find((p) => p.id === id);
		if (!phrase) return;
		const missing = missingRequired(this.#state.also && phrase.alsoText ? phrase.alsoText : phrase.text, this.#values);
		if (missing.length) {
			// A date, time or amount left blank would leave a broken sentence: ask for it instead of copying.
			const message = `${this.#strings.fillIn}: ${missing.map((k) => this.#labels[k] ?? k).join(', ')}`;
			const status = this.querySelector<HTMLElement>('[data-copy-status]');
			if (status) status.textContent = message;
			this.#announce(message);
			this.querySelector<HTMLInputElement>(`[data-placeholder-input="${missing[0]}"]`)?.focus();
			return;
		}
		const ok = await copyToClipboard(copyText(phrase, this.#values, Boolean(this.#state.also)));
		const status = this.querySelector<HTMLElement>('[data-copy-status]');
		const message = ok ? this.#strings.copied : this.#strings.copyFailed;
		if (ok) {
			this.#memory = recordCopy(this.#memory, phrase.id);
			saveMemory(this.#memory);
		}
		if (status) status.textContent = ok ? `✓ ${message}` : message;
		this.#announce(message);
	}

	/** Enter on a phrase with blanks first asks for them; Enter in the last blank copies. */
	#copyOrFill() {
		const phrase = this.#phrases.find((p) => p.id === this.#activeId);
		if (!phrase) return;
		if (placeholderKeysOf(phrase.text).length) {
			const firstEmpty = [...this.querySelectorAll<HTMLInputElement>('[data-placeholder-input]')].find((i) => !i.value.trim());
			if (firstEmpty) return firstEmpty.focus();
		}
		void this.#copy(phrase.id);
	}

	#announce(message: string) {
		const region = this.querySelector<HTMLElement>('[data-announce]')!;
		// Clearing first makes screen readers repeat an identical message ("Copied" twice in a row).
		region.textContent = '';
		requestAnimationFrame(() => (region.textContent = message));
	}

	#commit(mode: 'push' | 'replace') {
		const url = `${location.pathname}${writeState(location.search, this.#state)}${location.hash}`;
		if (url === `${location.pathname}${location.search}${location.hash}`) return;
		history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
	}

	#listen() {
		const signal = this.#abort.signal;
		const input = this.#input;
		input.addEventListener('compositionstart', () => (this.#composing = true), { signal });
		input.addEventListener(
			'compositionend',
			() => {
				this.#composing = false;
				this.#onQuery();
			},
			{ signal },
		);
		input.addEventListener('input', () => !this.#composing && this.#onQuery(), { signal });
		input.addEventListener('keydown', (event) => this.#onKey(event), { signal });

		for (const kind of kinds) {
			this.#select(kind).addEventListener(
				'change',
				() => {
					this.#state = { ...this.#state, [kind]: this.#select(kind).value || undefined };
					this.#commit('push');
					this.#render();
				},
				{ signal },
			);
		}
		this.#select('also').addEventListener(
			'change',
			() => {
				this.#state = { ...this.#state, also: this.#select('also').value || undefined };
				this.#commit('push');
				void this.#loadAlso(this.#state.also);
			},
			{ signal },
		);
		this.querySelector('[data-clear-filters]')!.addEventListener(
			'click',
			() => {
				this.#state = { q: this.#state.q, also: this.#state.also };
				this.#applyStateToControls();
				this.#commit('push');
				this.#render();
				input.focus();
			},
			{ signal },
		);
		this.addEventListener('click', (event) => this.#onClick(event), { signal });
		this.addEventListener('input', (event) => this.#onPlaceholderInput(event), { signal });
		this.addEventListener('keydown', (event) => this.#onPlaceholderKey(event), { signal });
		window.addEventListener('hashchange', () => this.#activateFromHash() && this.#input.focus(), { signal });
		window.addEventListener(
			'popstate',
			() => {
				this.#state = readState(location.search, this.#vocabulary());
				this.#applyStateToControls();
				void this.#loadAlso(this.#state.also);
			},
			{ signal },
		);
	}

	#onQuery() {
		this.#state = { ...this.#state, q: this.#input.value };
		this.#render();
		clearTimeout(this.#urlTimer);
		this.#urlTimer = setTimeout(() => this.#commit('replace'), 400);
	}

	#onKey(event: KeyboardEvent) {
		// Never act while an IME composition is open: Enter there confirms the Japanese conversion.
		if (event.isComposing || this.#composing || event.keyCode === 229) return;
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			this.#move(event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			this.#copyOrFill();
		} else if (event.key === 'Escape' && this.#input.value) {
			event.preventDefault();
			this.#input.value = '';
			this.#onQuery();
		}
	}

	#onClick(event: Event) {
		const target = event.target as HTMLElement;
		const option = target.closest<HTMLElement>('[data-option]');
		if (option) {
			this.#activate(option.dataset.option!);
			this.#copyOrFill();
			return;
		}
		const copyLink = target.closest<HTMLElement>('[data-copy-link]');
		if (copyLink) {
			// Trainers link a phrase: the page URL without the agent's query, plus the phrase's anchor.
			void copyToClipboard(`${location.origin}${location.pathname}#${copyLink.dataset.copyLink}`).then((ok) => {
				const status = this.querySelector<HTMLElement>('[data-copy-status]');
				if (status && ok) status.textContent = `✓ ${this.#strings.linkCopied}`;
				this.#announce(ok ? this.#strings.linkCopied : this.#strings.copyFailed);
			});
			return;
		}
		const copy = target.closest<HTMLElement>('[data-copy]');
		if (copy) return void this.#copy(copy.dataset.copy);
		const favourite = target.closest<HTMLElement>('[data-favourite]');
		if (favourite) {
			this.#memory = toggleFavourite(this.#memory, favourite.dataset.favourite!);
			saveMemory(this.#memory);
			this.#render();
			this.querySelector<HTMLElement>('[data-favourite]')?.focus();
		}
	}

	#onPlaceholderInput(event: Event) {
		const input = (event.target as HTMLElement).closest<HTMLInputElement>('[data-placeholder-input]');
		if (!input) return;
		this.#values = { ...this.#values, [input.dataset.placeholderInput!]: input.value };
		// Update the preview text in place, keeping focus and caret in the field being typed.
		const phrase = this.#phrases.find((p) => p.id === this.#activeId);
		const box = this.querySelector('.preview-box');
		if (!phrase || !box) return;
		const fresh = previewNode({ phrase, labels: this.#labels, values: this.#values, lang: this.#lang, alsoLang: this.#state.also, favourite: this.#memory.favourites.includes(phrase.id), strings: this.#strings, permalink: `${location.pathname}#${phrase.id}` });
		box.querySelector('.preview-text')?.replaceWith(fresh.querySelector('.preview-text')!);
		const also = fresh.querySelector('.preview-also');
		if (also) box.querySelector('.preview-also')?.replaceWith(also);
	}

	#onPlaceholderKey(event: KeyboardEvent) {
		const input = (event.target as HTMLElement).closest<HTMLInputElement>('[data-placeholder-input]');
		if (!input || event.isComposing || event.keyCode === 229) return;
		if (event.key === 'Enter') {
			event.preventDefault();
			const fields = [...this.querySelectorAll<HTMLInputElement>('[data-placeholder-input]')];
			const next = fields[fields.indexOf(input) + 1];
			if (next) return next.focus();
			void this.#copy(this.#activeId).then(() => this.#input.focus());
		} else if (event.key === 'Escape') {
			event.preventDefault();
			this.#input.focus();
		}
	}
}

if (!customElements.get('phrase-finder')) customElements.define('phrase-finder', PhraseFinderElement);
