/**
 * Copying an outcome's phrases: the same rules as the finder. Placeholders are asked for before copying
 * (src/lib/phrases/placeholders.ts), a chosen customer language copies that language's text, and the result
 * is announced in the phrase's status region. Everything is written with textContent.
 */
import { showUiText } from '../../lib/i18n/ui-text-client';
import {
	fillPlaceholders,
	missingRequired,
	placeholderKeysOf,
} from '../../lib/phrases/placeholders';
import { copyToClipboard } from '../phrase-finder/clipboard';
import { phraseNode } from '../phrase-finder/render';

export interface PhraseStrings {
	copy: string;
	copied: string;
	copyFailed: string;
	fillIn: string;
	placeholders: Record<string, string>;
	/** The `lang` of strings that fell back to another language (a language being added), by key. */
	langs?: Partial<Record<'copy' | 'copied' | 'copyFailed' | 'fillIn', string>>;
}

export class OutcomePhrases {
	private root: HTMLElement;
	private locale: string;
	private texts: Record<string, Record<string, string>>;
	private langs: Record<string, string>;
	private strings: PhraseStrings;

	constructor(
		root: HTMLElement,
		locale: string,
		texts: Record<string, Record<string, string>>,
		langs: Record<string, string>,
		strings: PhraseStrings,
	) {
		this.root = root;
		this.locale = locale;
		this.texts = texts;
		this.langs = langs;
		this.strings = strings;
	}

	/** Shows the copy buttons and the language choice, and listens. */
	connect(signal: AbortSignal) {
		for (const el of this.root.querySelectorAll<HTMLElement>(
			'[data-copy], [data-customer-lang-wrap]',
		))
			el.hidden = false;
		this.root.addEventListener(
			'click',
			(e) => {
				const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-copy]');
				if (button) void this.#copy(button.closest<HTMLElement>('[data-phrase]')!);
			},
			{ signal },
		);
		this.root.addEventListener(
			'change',
			(e) => {
				const select = (e.target as HTMLElement).closest<HTMLSelectElement>('[data-customer-lang]');
				if (select) this.#showCustomer(select);
			},
			{ signal },
		);
		this.root.addEventListener(
			'submit',
			(e) => {
				const form = (e.target as HTMLElement).closest<HTMLFormElement>('[data-fill]');
				if (!form) return;
				e.preventDefault();
				void this.#copyFilled(form.closest<HTMLElement>('[data-phrase]')!, form);
			},
			{ signal },
		);
	}

	#customerLocale(item: HTMLElement): string {
		return (
			item.closest('.tree-outcome')?.querySelector<HTMLSelectElement>('[data-customer-lang]')
				?.value || this.locale
		);
	}

	#text(item: HTMLElement): { text: string; locale: string } {
		const id = item.dataset.phrase!;
		const customer = this.#customerLocale(item);
		const text = this.texts[customer]?.[id];
		return text
			? { text, locale: customer }
			: { text: this.texts[this.locale]?.[id] ?? '', locale: this.locale };
	}

	#showCustomer(select: HTMLSelectElement) {
		const outcome = select.closest<HTMLElement>('.tree-outcome')!;
		for (const item of outcome.querySelectorAll<HTMLElement>('[data-phrase]')) {
			const target = item.querySelector<HTMLElement>('[data-customer-text]')!;
			const text = select.value ? this.texts[select.value]?.[item.dataset.phrase!] : undefined;
			target.hidden = !text;
			if (text) target.lang = this.langs[select.value] ?? select.value;
			// Placeholders show as chips, as in the agent's own language; their labels stay in the page's
			// language and carry its lang inside the customer's text.
			target.replaceChildren(
				...(text
					? [
							phraseNode(
								text,
								this.strings.placeholders,
								{},
								this.langs[select.value] ?? select.value,
								this.langs[this.locale] ?? this.locale,
							),
						]
					: []),
			);
			item.querySelector('[data-fill]')?.remove();
		}
	}

	async #copy(item: HTMLElement) {
		const { text } = this.#text(item);
		const keys = placeholderKeysOf(text);
		if (!keys.length) return this.#write(item, text);
		let form = item.querySelector<HTMLFormElement>('[data-fill]');
		if (form) return this.#copyFilled(item, form);
		form = this.#form(item, keys);
		item.querySelector('[data-copy]')!.after(form);
		form.querySelector('input')?.focus();
	}

	#form(item: HTMLElement, keys: string[]): HTMLFormElement {
		const form = document.createElement('form');
		form.className = 'tree-fill';
		form.dataset.fill = '';
		const legend = document.createElement('p');
		showUiText(legend, this.strings.fillIn, this.strings.langs?.fillIn);
		form.append(legend);
		for (const key of keys) {
			const id = `${item.closest('.tree-outcome')?.id}-${item.dataset.phrase}-${key}`;
			const label = document.createElement('label');
			label.htmlFor = id;
			label.textContent = this.strings.placeholders[key] ?? key;
			const input = document.createElement('input');
			input.id = id;
			input.name = key;
			input.autocomplete = 'off';
			form.append(label, input);
		}
		const submit = document.createElement('button');
		submit.type = 'submit';
		showUiText(submit, this.strings.copy, this.strings.langs?.copy);
		form.append(submit);
		return form;
	}

	async #copyFilled(item: HTMLElement, form: HTMLFormElement) {
		const { text } = this.#text(item);
		const values = Object.fromEntries(
			[...form.querySelectorAll('input')].map((i) => [i.name, i.value]),
		);
		const missing = missingRequired(text, values);
		for (const input of form.querySelectorAll('input'))
			input.setAttribute('aria-invalid', String(missing.includes(input.name)));
		if (missing.length) {
			this.#status(item, 'fillIn');
			form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(missing[0]!)}"]`)?.focus();
			return;
		}
		await this.#write(item, fillPlaceholders(text, values));
	}

	async #write(item: HTMLElement, text: string) {
		const ok = await copyToClipboard(text);
		this.#status(item, ok ? 'copied' : 'copyFailed');
	}

	#status(item: HTMLElement, key: 'fillIn' | 'copied' | 'copyFailed') {
		const status = item.querySelector<HTMLElement>('[data-status]')!;
		status.textContent = '';
		requestAnimationFrame(() => showUiText(status, this.strings[key], this.strings.langs?.[key]));
	}
}
