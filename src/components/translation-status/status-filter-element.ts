/**
 * `<status-filter>`: upgrades the server-rendered gap list with three selects (locale, kind, state). Without
 * JavaScript every gap stays listed and the controls stay hidden. The count of shown gaps is announced in a
 * polite live region; the filters live in the URL query so a link reproduces the view.
 */
import { matches, type GapFacets } from './status-filter.ts';

class StatusFilter extends HTMLElement {
	#abort = new AbortController();

	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('form');
		const items = [...this.querySelectorAll<HTMLElement>('[data-gap]')];
		const live = this.querySelector<HTMLElement>('[data-shown]');
		if (!form || !live) return;
		const params = new URL(location.href).searchParams;
		for (const select of form.querySelectorAll('select'))
			if (params.has(select.name)) select.value = params.get(select.name) ?? '';
		const apply = (announce: boolean) => {
			const filters = Object.fromEntries(new FormData(form)) as Partial<GapFacets>;
			let shown = 0;
			for (const item of items) {
				const visible = matches(
					{ locale: item.dataset.locale!, kind: item.dataset.kind!, state: item.dataset.state! },
					filters,
				);
				item.hidden = !visible;
				if (visible) shown++;
			}
			const text = (this.dataset.shownTemplate ?? '')
				.replace('{{shown}}', String(shown))
				.replace('{{total}}', String(items.length));
			if (announce) live.textContent = text;
			else live.dataset.initial = text;
			const url = new URL(location.href);
			for (const [k, v] of Object.entries(filters))
				if (v) url.searchParams.set(k, String(v));
				else url.searchParams.delete(k);
			history.replaceState(history.state, '', url);
		};
		form.addEventListener('change', () => apply(true), { signal: this.#abort.signal });
		form.addEventListener('submit', (e) => e.preventDefault(), { signal: this.#abort.signal });
		form.hidden = false;
		apply(false);
		live.textContent = live.dataset.initial ?? '';
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}
}

if (!customElements.get('status-filter')) customElements.define('status-filter', StatusFilter);
