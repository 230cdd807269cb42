/**
 * `<session-builder>`: composes a training session from modules and activities. The state lives in the
 * query string (see src/lib/training/session-state.ts), so the link reproduces the session; the page
 * without JavaScript lists every module in full.
 */
import { copyToClipboard } from '../phrase-finder/clipboard';
import { plural, type PluralForms } from '../../lib/i18n/plural';
import { readLangs, showUiText } from '../../lib/i18n/ui-text-client';
import { readSession, writeSession, type SessionState } from '../../lib/training/session-state';
import {
	activitiesOf,
	modulesOf,
	renderCover,
	renderQr,
	showState,
	stateFromPage,
	type Strings,
} from './session-dom';

const json = <T>(v: string | undefined, empty: T): T => (v ? (JSON.parse(v) as T) : empty);

class SessionBuilder extends HTMLElement {
	#abort = new AbortController();
	#undo: SessionState | undefined;
	#url = '';

	connectedCallback() {
		const signal = this.#abort.signal;
		const known = {
			modules: modulesOf(this).map((m) => m.dataset.moduleId!),
			activities: modulesOf(this).flatMap((m) => activitiesOf(m).map((a) => a.dataset.activity!)),
		};
		showState(this, readSession(location.search, known));
		for (const el of this.querySelectorAll<HTMLElement>(
			'[data-pick-label], [data-session-summary]',
		))
			el.hidden = false;
		this.#update(false);
		this.addEventListener(
			'change',
			(e) =>
				(e.target as HTMLElement).matches(
					'[data-pick], [data-activity-pick], [data-session-start], [data-session-length]',
				) && this.#changed(),
			{ signal },
		);
		this.addEventListener(
			'input',
			(e) =>
				(e.target as HTMLElement).matches('[data-session-start], [data-session-length]') &&
				this.#changed(),
			{ signal },
		);
		this.#on('[data-session-print]', () => window.print());
		this.#on('[data-session-copy]', async () =>
			(await copyToClipboard(this.#url))
				? this.#announce(this.#strings.linkCopied, this.#langs.linkCopied)
				: this.#announce(this.#url),
		);
		this.#on('[data-session-all]', () => this.#clear());
		this.#on('[data-session-undo]', () => this.#restore());
		// The cover and the page footer carry the day the paper is printed, not the day the site was built.
		window.addEventListener('beforeprint', () => this.#stampDate(), { signal });
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	get #strings(): Strings {
		return json(this.dataset.strings, {} as Strings);
	}
	get #langs() {
		return readLangs<keyof Strings>(this, 'strings');
	}

	#on(selector: string, handler: () => unknown) {
		this.querySelector(selector)?.addEventListener('click', handler, {
			signal: this.#abort.signal,
		});
	}

	#announce(text: string, lang?: string) {
		const live = this.querySelector<HTMLElement>('[data-session-announce]')!;
		live.textContent = '';
		// A fresh node each time, so the same message is announced again.
		requestAnimationFrame(() => showUiText(live, text, lang));
	}

	#changed() {
		this.#hideUndo();
		this.#update(true);
	}

	#clear() {
		this.#undo = stateFromPage(this);
		showState(this, { ...this.#undo, modules: [] });
		this.#update(true);
		const undo = this.querySelector<HTMLElement>('[data-session-undo]')!;
		undo.hidden = !this.#undo.modules.length;
		this.#announce(this.#strings.cleared, this.#langs.cleared);
	}

	#restore() {
		if (!this.#undo) return;
		showState(this, this.#undo);
		this.#update(true);
		this.#hideUndo();
		this.querySelector<HTMLElement>('[data-session-all]')?.focus();
		this.#announce(this.#strings.restored, this.#langs.restored);
	}

	#hideUndo() {
		const undo = this.querySelector<HTMLElement>('[data-session-undo]')!;
		if (document.activeElement === undo)
			this.querySelector<HTMLElement>('[data-session-all]')?.focus();
		undo.hidden = true;
		this.#undo = undefined;
	}

	#stampDate() {
		const date = new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'long' }).format(
			new Date(),
		);
		for (const el of this.querySelectorAll('[data-print-date]')) el.textContent = date;
	}

	#update(write: boolean) {
		const lang = this.dataset.lang ?? 'en';
		const minutesForms = json<PluralForms>(this.dataset.minutes, {});
		const state = stateFromPage(this);
		for (const m of modulesOf(this)) {
			// Unpicked modules and left-out activities only leave the printed session while something is picked.
			m.classList.toggle(
				'is-unpicked',
				state.modules.length > 0 && !state.modules.includes(m.dataset.moduleId!),
			);
			for (const a of activitiesOf(m))
				a.classList.toggle('is-skipped', state.skip.includes(a.dataset.activity!));
		}
		const cover = this.querySelector<HTMLElement>('[data-session-cover]')!;
		cover.hidden = state.modules.length === 0;
		const total = renderCover(
			this,
			state,
			lang,
			minutesForms,
			this.#strings,
			json(this.dataset.materialNames, {}),
			{
				strings: this.#langs,
				materials: readLangs(this, 'materialNames'),
				minutes: this.dataset.minutesLang,
			},
		);
		// "3 modules · 95 minutes": one `lang` when both counts fell back to the same language.
		const { selectedLang, minutesLang } = this.dataset;
		showUiText(
			this.querySelector<HTMLElement>('[data-session-count]')!,
			state.modules.length
				? [
						plural(selectedLang ?? lang, json(this.dataset.selected, {}), state.modules.length),
						plural(minutesLang ?? lang, minutesForms, total),
					].join(this.#strings.separator)
				: '',
			selectedLang === minutesLang ? selectedLang : undefined,
		);
		const query = writeSession(location.search, state);
		const path = `${location.pathname}${query ? `?${query}` : ''}`;
		this.#url = `${location.origin}${path}`;
		this.querySelector<HTMLAnchorElement>('[data-session-link]')!.href = path;
		this.#stampDate();
		if (state.modules.length) void renderQr(this, this.#url);
		if (write) history.replaceState(null, '', path + location.hash);
	}
}

if (!customElements.get('session-builder'))
	customElements.define('session-builder', SessionBuilder);
