/**
 * `<update-notice>`: registers the offline worker and, when a new version of the site has been deployed,
 * shows a small notice with a Reload button in its polite live region. It never reloads on its own, so a
 * half-filled placeholder form or an open tree survives until the agent chooses to reload.
 */
import { showUiText } from '../../lib/i18n/ui-text-client';
import { registerWorker } from './register-worker';

/**
 * Runs `task` once the page has loaded and the main thread is idle. The worker's first install downloads the
 * whole locale (about 3 MB): started during load, it competed with the page for the network and, on a phone's
 * few cores, for the CPU (measured: 250–700 ms of worker-thread CPU inside the load window). Offline use only
 * needs it to finish some time after the first visit.
 */
export function whenLoadedAndIdle(task: () => void): void {
	const idle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(() => task(), { timeout: 5000 })
			: setTimeout(task, 1000);
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}

class UpdateNotice extends HTMLElement {
	#abort = new AbortController();

	connectedCallback() {
		const { worker, scope } = this.dataset;
		if (!worker || !scope || !('serviceWorker' in navigator)) return;
		const signal = this.#abort.signal;
		whenLoadedAndIdle(() => {
			if (signal.aborted) return;
			registerWorker(worker, scope, (apply) => this.show(apply), signal).catch(() => {
				// No worker (private mode, storage full, blocked by policy): the site works online as before.
			});
		});
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	private show(apply: () => void) {
		const region = this.querySelector<HTMLElement>('[data-region]');
		const message = this.querySelector<HTMLElement>('[data-message]');
		const button = this.querySelector<HTMLButtonElement>('[data-reload]');
		if (!region || !message || !button || !button.hidden) return;
		// Text first, into the live region that has been in the page all along, so screen readers announce it.
		showUiText(message, this.dataset.message ?? '', this.dataset.messageLang);
		button.hidden = false;
		region.classList.add('update-notice--shown');
		button.addEventListener('click', apply, { once: true });
	}
}

if (!customElements.get('update-notice')) customElements.define('update-notice', UpdateNotice);
