/**
 * `<playbooks-search>`: Starlight's site search (its button, dialog, Ctrl+K and Pagefind UI, as in
 * @astrojs/starlight/components/Search.astro), except that Pagefind's UI starts when the agent first reaches
 * for search, not on every page load. Starlight starts it as soon as the page is idle: 100–200 ms of script
 * under Lighthouse's phone throttling on every page, for a dialog most visits never open (docs/offline.md,
 * "Fourth round"). Pointing at or focusing the button starts loading it, so the first open is usually
 * instant. Until Pagefind's search box exists, a plain one stands in for it, focused at once: typing, editing,
 * pasting, a Japanese IME and a phone's on-screen keyboard (which opens only for a focus inside the tap) all
 * work from the first moment, and what it holds is then searched.
 *
 * SearchMarkup.astro renames Starlight's `<site-search>` to this element, so Starlight's own script (still on
 * the page) finds nothing to upgrade. Upstream request: an option for Starlight to start Pagefind on first use.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

import type { PagefindUI } from '@pagefind/default-ui';
import { parseJsonAttribute } from '../../../lib/json-attribute';

/** The metadata Pagefind's UI draws as the result itself (its title and image), not as a list of tags. */
const shownMeta = new Set(['title', 'image', 'image_alt']);

class PlaybooksSearch extends HTMLElement {
	#ui: Promise<PagefindUI> | undefined;
	/** The search box standing in for Pagefind's while it loads. */
	#standIn: HTMLInputElement | undefined;
	#composing = false;
	#abort = new AbortController();

	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const close = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const frame = this.querySelector('.dialog-frame')!;
		const signal = this.#abort.signal;

		// As Starlight: a link or a click outside the frame closes the dialog.
		const onClick = (event: MouseEvent) => {
			const target = event.target as Node;
			if ('href' in target || (document.body.contains(target) && !frame.contains(target)))
				dialog.close();
		};
		const show = (event?: Event) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			event?.stopPropagation();
			window.addEventListener('click', onClick, { signal });
			// In `astro dev` Starlight shows a notice instead of Pagefind, which only exists in a build.
			if (import.meta.env.DEV) return;
			const pagefindBox = () => this.querySelector<HTMLInputElement>('#starlight__search input');
			if (!pagefindBox()) this.#standInFor(open.getAttribute('aria-label') ?? '').focus();
			void this.#load().then(
				(ui) => {
					const standIn = this.#standIn;
					const swap = () => {
						const typed = standIn?.value ?? '';
						standIn?.remove();
						this.#standIn = undefined;
						if (typed) ui.triggerSearch(typed);
						const box = pagefindBox();
						if (!dialog.open || !box) return;
						box.focus();
						box.setSelectionRange(box.value.length, box.value.length);
					};
					// A Japanese word being composed stays in the stand-in until the agent confirms it.
					if (standIn && this.#composing)
						standIn.addEventListener('compositionend', swap, { once: true });
					else swap();
				},
				// Not loaded (offline before the worker had cached it): the next opening tries again.
				() => {},
			);
		};

		const warm = () => {
			if (!import.meta.env.DEV) void this.#load().catch(() => {});
		};
		for (const type of ['pointerenter', 'focus', 'touchstart'])
			open.addEventListener(type, warm, { signal, passive: true });
		open.addEventListener('click', show, { signal });
		open.disabled = false;
		close.addEventListener('click', () => dialog.close(), { signal });
		dialog.addEventListener(
			'close',
			() => {
				document.body.toggleAttribute('data-search-modal-open', false);
				window.removeEventListener('click', onClick);
			},
			{ signal },
		);
		window.addEventListener(
			'keydown',
			(event) => {
				if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
					event.preventDefault();
					if (dialog.open) dialog.close();
					else show();
				}
			},
			{ signal },
		);
	}

	/** The stand-in search box, named as the button is, in the place Pagefind's will take. */
	#standInFor(label: string): HTMLInputElement {
		if (this.#standIn) return this.#standIn;
		const input = Object.assign(document.createElement('input'), {
			type: 'search',
			className: 'search-stand-in',
			placeholder: label,
			autocomplete: 'off',
		});
		input.setAttribute('aria-label', label);
		input.addEventListener('compositionstart', () => (this.#composing = true));
		input.addEventListener('compositionend', () => (this.#composing = false));
		this.querySelector('#starlight__search')!.before(input);
		this.#standIn = input;
		return input;
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	/**
	 * Loads and starts Pagefind's UI once; every later call gets the same one. A failed load (offline before the
	 * worker had cached it) is forgotten, so the next opening tries again.
	 */
	#load(): Promise<PagefindUI> {
		this.#ui ??= import('@pagefind/default-ui')
			.then(({ PagefindUI }) => new PagefindUI(this.#options()))
			.catch((error: unknown) => {
				this.#ui = undefined;
				throw error;
			});
		return this.#ui;
	}

	/** Starlight's options for Pagefind's UI (Search.astro), with its `pagefind` settings (our ranking). */
	#options() {
		const stripSlash = this.dataset.stripTrailingSlash !== undefined;
		const url = (path: string) => (stripSlash ? path.replace(/(.)\/(#.*)?$/, '$1$2') : path);
		return {
			...pagefindUserConfig,
			element: '#starlight__search',
			baseUrl: import.meta.env.BASE_URL,
			bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
			showImages: false,
			translations: parseJsonAttribute<Record<string, string>>(this.dataset.translations, {}),
			showSubResults: true,
			processResult: (result: {
				url: string;
				sub_results: { url: string }[];
				meta?: Record<string, string>;
			}) => {
				// The agents' vocabulary (keywords, and each step's terms and topic: PhraseFinder.astro,
				// PlaybookSteps.astro, step-records.ts) is metadata so that it matches; Pagefind's UI would list it under
				// every result, hundreds of words. Only what the UI shows as the result itself is kept.
				if (result.meta)
					result.meta = Object.fromEntries(
						Object.entries(result.meta).filter(([key]) => shownMeta.has(key)),
					);
				result.url = url(result.url);
				for (const sub of result.sub_results) sub.url = url(sub.url);
			},
		};
	}
}

if (!customElements.get('playbooks-search'))
	customElements.define('playbooks-search', PlaybooksSearch);
