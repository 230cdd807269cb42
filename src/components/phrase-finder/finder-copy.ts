/**
 * What the agent does with one phrase: fill in its blanks, copy it (in the customer's language when one is
 * shown), copy a trainer's link to it, keep it as a favourite. It holds the blank values and the agent's
 * memory (favourites and recent copies, kept in localStorage); FinderController decides which phrase is
 * active and redraws the list. The rules themselves are pure modules under src/lib/phrases/.
 */
import { askMessage, firstBlank, planCopy } from '../../lib/phrases/placeholder-prompt';
import {
	loadMemory,
	recordCopy,
	saveMemory,
	toggleFavourite,
	type PhraseMemory,
} from '../../lib/phrases/storage';
import { copyToClipboard } from './clipboard';
import type { FinderView } from './finder-view';
import type { FinderPhrase } from './render';

export class FinderCopy {
	readonly #view: FinderView;
	#values: Record<string, string> = {};
	#memory: PhraseMemory;

	/** `ids`: the phrases on this page (remembered ids of phrases that no longer exist are dropped). */
	constructor(view: FinderView, ids: Set<string>) {
		this.#view = view;
		this.#memory = loadMemory(ids);
	}

	get memory(): PhraseMemory {
		return this.#memory;
	}

	#favourite(phrase: FinderPhrase) {
		return this.#memory.favourites.includes(phrase.id);
	}

	/** The active phrase in the preview, with the blanks filled in so far. */
	preview(phrase: FinderPhrase | undefined, alsoLang: string | undefined) {
		this.#view.renderPreview(
			phrase,
			this.#values,
			alsoLang,
			Boolean(phrase && this.#favourite(phrase)),
		);
	}

	/** A blank typed in: the preview text follows while focus and caret stay in the field. */
	setBlank(phrase: FinderPhrase | undefined, key: string, value: string, alsoLang?: string) {
		this.#values = { ...this.#values, [key]: value };
		if (phrase)
			this.#view.refreshPreviewText(phrase, this.#values, alsoLang, this.#favourite(phrase));
	}

	/** Focuses the phrase's first empty blank; false when there is none (the phrase is ready to copy). */
	focusFirstBlank(phrase: FinderPhrase): boolean {
		const blank = firstBlank(phrase.text, this.#values);
		if (blank) this.#view.focusBlank(blank);
		return Boolean(blank);
	}

	/** Enter in a blank: focuses the next blank of the preview; false after the last one. */
	focusNextBlank(key: string): boolean {
		const keys = [
			...this.#view.root.querySelectorAll<HTMLInputElement>('[data-placeholder-input]'),
		].map((i) => i.dataset.placeholderInput!);
		const next = keys[keys.indexOf(key) + 1];
		if (next) this.#view.focusBlank(next);
		return Boolean(next);
	}

	/** Copies the phrase with its blanks filled in, and says so at the phrase. Returns whether it copied. */
	async copy(phrase: FinderPhrase, alsoLang: string | undefined): Promise<boolean> {
		const useAlso = Boolean(alsoLang && phrase.alsoText);
		const plan = planCopy(useAlso ? phrase.alsoText! : phrase.text, this.#values);
		const s = this.#view.strings;
		if (plan.kind === 'ask') {
			// A date, time or amount left blank would leave a broken sentence: ask for it instead of copying.
			const asked = askMessage(plan.missing, this.#view.labels, s);
			this.#view.showStatus(phrase.id, asked, false, this.#view.langs.fillIn);
			this.#view.focusBlank(plan.missing[0]!);
			return false;
		}
		const ok = await copyToClipboard(plan.text);
		if (ok) {
			this.#memory = recordCopy(this.#memory, phrase.id);
			saveMemory(this.#memory);
		}
		const said = ok ? 'copied' : 'copyFailed';
		this.#view.showStatus(phrase.id, s[said], ok, this.#view.langs[said]);
		return ok;
	}

	async copyLink(id: string) {
		// Trainers link a phrase: the page URL without the agent's query, plus the phrase's anchor.
		const ok = await copyToClipboard(`${location.origin}${location.pathname}#${id}`);
		const s = this.#view.strings;
		const said = ok ? 'linkCopied' : 'copyFailed';
		this.#view.showStatus(id, s[said], ok, this.#view.langs[said]);
	}

	toggleFavourite(id: string) {
		this.#memory = toggleFavourite(this.#memory, id);
		saveMemory(this.#memory);
	}
}
