/**
 * `<playbooks-search>`: Starlight's site search (its button, dialog, Ctrl+K and Pagefind UI, as in
 * @astrojs/starlight/components/Search.astro), except that Pagefind's UI starts when the agent first reaches
 * for search, not on every page load. Starlight starts it as soon as the page is idle: 100–200 ms of script
 * under Lighthouse's phone throttling on every page, for a dialog most visits never open (docs/offline.md,
 * "Fourth round"). Pointing at or focusing the button starts loading it, so the first open is usually
 * instant; what is typed before it is ready is kept and searched.
 *
 * SearchMarkup.astro renames Starlight's `<site-search>` to this element, so Starlight's own script (still on
 * the page) finds nothing to upgrade. Upstream request: an option for Starlight to start Pagefind on first use.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';

import type { PagefindUI } from '@pagefind/default-ui';

class PlaybooksSearch extends HTMLElement {
	#ui: Promise<PagefindUI> | undefined;
	/** Characters typed in the open dialog before Pagefind's search box existed. */
	#typed = '';
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
			void this.#load().then(
				(ui) => {
					if (!dialog.open) return;
					if (this.#typed) ui.triggerSearch(this.#typed);
					this.#typed = '';
					this.querySelector('input')?.focus();
				},
				// Not loaded (offline before the worker had cached it): Escape closes; the next opening tries again.
				() => (this.#typed = ''),
			);
		};

		const warm = () => void this.#load().catch(() => {});
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
		// Typed while Pagefind's UI was still loading (the search box is not there yet): kept for it.
		dialog.addEventListener(
			'keydown',
			(event) => {
				const box = this.querySelector('input');
				if (box || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
				this.#typed += event.key;
				event.preventDefault();
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
			translations: translations(this.dataset.translations),
			showSubResults: true,
			processResult: (result: { url: string; sub_results: { url: string }[] }) => {
				result.url = url(result.url);
				for (const sub of result.sub_results) sub.url = url(sub.url);
			},
		};
	}
}

function translations(value: string | undefined): Record<string, string> {
	try {
		return JSON.parse(value || '{}') as Record<string, string>;
	} catch {
		return {};
	}
}

if (!customElements.get('playbooks-search'))
	customElements.define('playbooks-search', PlaybooksSearch);
