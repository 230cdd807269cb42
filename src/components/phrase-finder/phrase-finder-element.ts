/**
 * `<phrase-finder>`: upgrades the server-rendered phrase list into a keyboard-first finder (combobox pattern:
 * focus stays in the search box, arrows move the active phrase, Enter copies, Escape clears). This element only
 * reads its data from the HTML and turns events into calls on FinderController; every listener is tied to one
 * AbortController and removed on disconnect.
 */
import { readLangs } from '../../lib/i18n/ui-text-client';
import { parseJsonAttribute } from '../../lib/json-attribute';
import { hashId } from '../../lib/url/hash';
import { FinderController } from './finder-controller';
import { FinderView, kinds } from './finder-view';
import type { FinderPhrase, RenderStrings } from './render';

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

class PhraseFinderElement extends HTMLElement {
	#abort = new AbortController();
	#controller: FinderController | undefined;
	#composing = false;

	connectedCallback() {
		const view = new FinderView(
			this,
			parseJsonAttribute(this.dataset.strings, {} as RenderStrings),
			parseJsonAttribute(this.dataset.placeholderLabels, {}),
			this.dataset.lang ?? document.documentElement.lang,
			parseJsonAttribute(this.dataset.resultCount, {}),
			{ langs: readLangs(this, 'strings'), countLang: this.dataset.resultCountLang },
		);
		// The agents' vocabulary comes once per page (concept -> words); each phrase names its concepts.
		const vocabulary = parseJsonAttribute<Record<string, string[]>>(this.dataset.vocabulary, {});
		const wordsOf = (concepts: string | undefined) =>
			words(concepts).flatMap((c) => vocabulary[c] ?? []);
		const phrases: FinderPhrase[] = [
			...this.querySelectorAll<HTMLElement>('[data-static-list] [data-phrase-id]'),
		].map((source) => ({
			id: source.dataset.phraseId!,
			text: source.dataset.text ?? '',
			keywords: (source.dataset.keywords ?? '').split('\n').filter(Boolean),
			vocabulary: wordsOf(source.dataset.concepts),
			related: wordsOf(source.dataset.relatedConcepts),
			tags: Object.fromEntries(kinds.map((k) => [k, words(source.dataset[k])])),
			source,
		}));
		const controller = new FinderController(view, phrases, this.dataset.dataUrl ?? '');
		this.#controller = controller;
		this.#listen(controller, view);
		// A click or a focus move while the index loads is the agent's choice of where to be: keep it. Before the
		// element was defined, the page's early script (PhraseFinder.astro) marked the same `data-moved`.
		const signal = this.#abort.signal;
		const away = (event: Event) =>
			event.target !== view.input && this.toggleAttribute('data-moved', true);
		document.addEventListener('pointerdown', away, { signal, capture: true });
		document.addEventListener('focusin', away, { signal });
		void controller
			.start(location.search)
			.then(() => {
				// The full list goes in the same task as the first results come, so nothing on screen moves (CLS).
				this.querySelector<HTMLElement>('[data-static-list]')!.hidden = true;
				this.#showHash();
				// Typed before the index was ready (the input event may have come before the listener): search it now.
				if (view.input.value !== controller.state.q) controller.setQuery(view.input.value);
				// Focus is normally already in the box (PhraseFinder.astro); never take it from where the agent moved it.
				document.removeEventListener('pointerdown', away, { capture: true });
				document.removeEventListener('focusin', away);
				if (!this.hasAttribute('data-moved')) view.input.focus({ preventScroll: true });
			})
			// From here the finder owns the keyboard and the page's early-key script (PhraseFinder.astro) stops;
			// also after a failed start, so the results box never keeps its placeholder height.
			.finally(() => this.toggleAttribute('data-started', true));
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
		this.#controller?.dispose();
	}

	#showHash(): boolean {
		// The shared guarded reader: a malformed or hostile hash (`#%`, `#__proto__`) is no id.
		const id = hashId(location.hash);
		if (!id || !this.#controller?.showLinked(id)) return false;
		// The linked phrase's own row, with its Copy button, in the middle of the screen. (The preview sits below
		// the whole list, far down when nothing is typed; and focusing the search box must not scroll back up.)
		this.querySelector('[data-option][aria-selected="true"]')?.scrollIntoView({ block: 'center' });
		return true;
	}

	#listen(controller: FinderController, view: FinderView) {
		const signal = this.#abort.signal;
		const on = <K extends keyof WindowEventMap>(
			target: EventTarget,
			type: K,
			handler: (event: WindowEventMap[K]) => void,
		) => target.addEventListener(type, handler as EventListener, { signal });
		const input = view.input;
		on(input, 'compositionstart', () => (this.#composing = true));
		on(input, 'compositionend', () => {
			this.#composing = false;
			controller.setQuery(input.value);
		});
		on(input, 'input', () => !this.#composing && controller.setQuery(input.value));
		on(input, 'keydown', (event) => this.#onSearchKey(event, controller, input));
		for (const kind of kinds)
			on(view.select(kind), 'change', () => controller.setFilter(kind, view.select(kind).value));
		on(view.select('also'), 'change', () => void controller.setAlso(view.select('also').value));
		on(this.querySelector('[data-clear-filters]')!, 'click', () => {
			controller.clearFilters();
			input.focus();
		});
		on(this, 'click', (event) => this.#onClick(event, controller, input));
		on(this, 'input', (event) => {
			const blank = (event.target as HTMLElement).closest<HTMLInputElement>(
				'[data-placeholder-input]',
			);
			if (blank) controller.setBlank(blank.dataset.placeholderInput!, blank.value);
		});
		on(this, 'keydown', (event) => {
			const blank = (event.target as HTMLElement).closest<HTMLInputElement>(
				'[data-placeholder-input]',
			);
			if (!blank || event.isComposing || event.keyCode === 229) return;
			if (event.key === 'Enter') {
				event.preventDefault();
				void controller
					.blankEnter(blank.dataset.placeholderInput!)
					.then((copied) => copied && input.focus());
			} else if (event.key === 'Escape') {
				event.preventDefault();
				input.focus();
			}
		});
		on(window, 'hashchange', () => this.#showHash() && input.focus({ preventScroll: true }));
		on(window, 'popstate', () => void controller.restore(location.search));
	}

	#onSearchKey(event: KeyboardEvent, controller: FinderController, input: HTMLInputElement) {
		// Never act while an IME composition is open: Enter there confirms the Japanese conversion.
		if (event.isComposing || this.#composing || event.keyCode === 229) return;
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			controller.move(event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			controller.enter();
		} else if (event.key === 'Escape' && input.value) {
			event.preventDefault();
			input.value = '';
			controller.setQuery('');
		}
	}

	#onClick(event: Event, controller: FinderController, input: HTMLInputElement) {
		const target = event.target as HTMLElement;
		const option = target.closest<HTMLElement>('[data-option]');
		if (option) return controller.enter(option.dataset.option!);
		const suggestion = target.closest<HTMLElement>('[data-suggest-kind]');
		if (suggestion) {
			controller.choose(suggestion.dataset.suggestKind!, suggestion.dataset.suggestValue!);
			return input.focus();
		}
		const link = target.closest<HTMLElement>('[data-copy-link]');
		if (link) return void controller.copyLink(link.dataset.copyLink!);
		const copy = target.closest<HTMLElement>('[data-copy]');
		if (copy) return void controller.copy(copy.dataset.copy);
		const favourite = target.closest<HTMLElement>('[data-favourite]');
		if (favourite) {
			controller.toggleFavourite(favourite.dataset.favourite!);
			this.querySelector<HTMLElement>('[data-favourite]')?.focus();
		}
	}
}

if (!customElements.get('phrase-finder'))
	customElements.define('phrase-finder', PhraseFinderElement);
