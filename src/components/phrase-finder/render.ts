/**
 * DOM builders for the phrase finder. Everything is built with `textContent` and attributes, never HTML
 * strings, so text from the URL, storage or content can only ever show as text.
 */
import {
	fillPlaceholders,
	parsePlaceholders,
	placeholderKeysOf,
} from '../../lib/phrases/placeholders';

export interface FinderPhrase {
	id: string;
	text: string;
	alsoText?: string;
	tags: Record<string, string[]>;
	keywords: string[];
	vocabulary: string[];
	related: string[];
	/** The server-rendered item, whose step links the preview reuses. */
	source: HTMLElement;
}

export interface RenderStrings {
	copy: string;
	copied: string;
	favouriteAdd: string;
	favouriteRemove: string;
	fillIn: string;
	link: string;
	favourites: string;
	recent: string;
	copyLink: string;
	linkCopied: string;
	copyFailed: string;
	noResults: string;
	listSeparator: string;
	labelValue: string;
	filterCount: string;
	partialMatches: string;
	suggestions: string;
}

/** The `lang` of strings that fell back to another language (a language being added), by key. */
export type StringLangs = Partial<Record<keyof RenderStrings, string>>;

/** An element with its text; `lang` when the text is a UI string that fell back (WCAG 3.1.2). */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string> = {},
	text?: string,
	lang?: string,
) {
	const node = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	if (text !== undefined) node.textContent = text;
	if (lang) node.lang = lang;
	return node;
}

/**
 * A phrase with its placeholders shown as labelled chips, or filled with what the agent typed. A phrase in
 * another language (`lang`) keeps its chips in the page's language (`pageLang`), and they say so.
 */
export function phraseNode(
	text: string,
	labels: Record<string, string>,
	values: Record<string, string> = {},
	lang?: string,
	pageLang?: string,
) {
	const chipLang: Record<string, string> =
		lang && pageLang && lang !== pageLang ? { lang: pageLang } : {};
	const span = el('span', { class: 'phrase-text', ...(lang ? { lang } : {}) });
	for (const segment of parsePlaceholders(text)) {
		if (typeof segment === 'string') span.append(segment);
		else if (values[segment.key]?.trim())
			span.append(el('mark', { class: 'placeholder is-filled' }, values[segment.key]!.trim()));
		else
			span.append(
				el(
					'span',
					{ class: 'placeholder', 'data-placeholder': segment.key, ...chipLang },
					labels[segment.key] ?? segment.key,
				),
			);
	}
	return span;
}

export interface OptionInput {
	phrase: FinderPhrase;
	active: boolean;
	favourite: boolean;
	recent: boolean;
	labels: Record<string, string>;
	tagLabel: (kind: string, id: string) => string;
	/** The page's language, which the chips' labels are in. */
	lang: string;
	alsoLang?: string;
	strings: RenderStrings;
	langs?: StringLangs;
}

export function optionNode({
	phrase,
	active,
	favourite,
	recent,
	labels,
	tagLabel,
	lang,
	alsoLang,
	strings,
	langs = {},
}: OptionInput) {
	const li = el('li', {
		role: 'option',
		id: `option-${phrase.id}`,
		'aria-selected': String(active),
		'data-option': phrase.id,
		class: 'finder-option',
	});
	const badges = el('span', { class: 'option-badges' });
	if (favourite)
		badges.append(
			el('span', { class: 'badge is-favourite' }, `★ ${strings.favourites}`, langs.favourites),
		);
	if (recent) badges.append(el('span', { class: 'badge' }, strings.recent, langs.recent));
	if (badges.childNodes.length) li.append(badges);
	li.append(phraseNode(phrase.text, labels));
	if (alsoLang && phrase.alsoText) {
		const also = el('span', { class: 'option-also' });
		also.append(phraseNode(phrase.alsoText, labels, {}, alsoLang, lang));
		li.append(also);
	}
	const tags = [
		...(phrase.tags.situation ?? []).map((t) => tagLabel('situation', t)),
		...(phrase.tags.intent ?? []).map((t) => tagLabel('intent', t)),
	];
	const foot = el('span', { class: 'option-foot' });
	foot.append(el('span', { class: 'option-tags' }, tags.join(strings.listSeparator)));
	// The whole option copies on click or Enter; this label makes the action visible on every result. The
	// status beside it shows "Copied" where the agent is looking (also announced by the live region).
	foot.append(
		el('span', { class: 'option-copy', 'aria-hidden': 'true' }, strings.copy, langs.copy),
	);
	foot.append(
		el('span', { class: 'option-status', 'data-option-status': phrase.id, 'aria-hidden': 'true' }),
	);
	li.append(foot);
	return li;
}

export interface PreviewInput {
	phrase: FinderPhrase;
	labels: Record<string, string>;
	values: Record<string, string>;
	lang: string;
	alsoLang?: string;
	favourite: boolean;
	strings: RenderStrings;
	langs?: StringLangs;
	permalink: string;
}

export function previewNode({
	phrase,
	labels,
	values,
	lang,
	alsoLang,
	favourite,
	strings,
	langs = {},
	permalink,
}: PreviewInput) {
	const box = el('div', { class: 'preview-box', 'data-preview-for': phrase.id });
	const main = el('p', { class: 'preview-text' });
	main.append(phraseNode(phrase.text, labels, values, lang));
	box.append(main);
	if (alsoLang && phrase.alsoText) {
		const also = el('p', { class: 'preview-also' });
		also.append(phraseNode(phrase.alsoText, labels, values, alsoLang, lang));
		box.append(also);
	}
	const keys = placeholderKeysOf(phrase.text);
	if (keys.length) {
		const fieldset = el('fieldset', { class: 'preview-fields' });
		fieldset.append(el('legend', {}, strings.fillIn, langs.fillIn));
		for (const key of keys) {
			const label = el('label', { class: 'preview-field' });
			label.append(el('span', {}, labels[key] ?? key));
			label.append(
				el('input', {
					type: 'text',
					'data-placeholder-input': key,
					autocomplete: 'off',
					value: values[key] ?? '',
				}),
			);
			fieldset.append(label);
		}
		box.append(fieldset);
	}
	const actions = el('div', { class: 'preview-actions' });
	actions.append(
		el(
			'button',
			{ type: 'button', class: 'finder-button is-primary', 'data-copy': phrase.id },
			strings.copy,
			langs.copy,
		),
	);
	actions.append(
		el(
			'button',
			{
				type: 'button',
				class: 'finder-button',
				'data-favourite': phrase.id,
				'aria-pressed': String(favourite),
			},
			favourite ? `★ ${strings.favouriteRemove}` : `☆ ${strings.favouriteAdd}`,
			langs[favourite ? 'favouriteRemove' : 'favouriteAdd'],
		),
	);
	actions.append(el('a', { href: permalink, class: 'finder-link' }, strings.link, langs.link));
	actions.append(
		el(
			'button',
			{ type: 'button', class: 'finder-button', 'data-copy-link': phrase.id },
			strings.copyLink,
			langs.copyLink,
		),
	);
	actions.append(el('span', { class: 'copy-status', 'data-copy-status': '' }));
	box.append(actions);
	const steps = phrase.source.querySelector('.phrase-steps');
	if (steps) box.append(steps.cloneNode(true));
	return box;
}

/** The text that goes to the clipboard: the customer's language when one is chosen, placeholders filled. */
export function copyText(
	phrase: FinderPhrase,
	values: Record<string, string>,
	useAlso: boolean,
): string {
	return fillPlaceholders(useAlso && phrase.alsoText ? phrase.alsoText : phrase.text, values);
}

export interface Suggestion {
	kind: 'situation' | 'intent';
	value: string;
	label: string;
}

/**
 * Shown above the results when no phrase matches every word (or none matches at all): the closest situations
 * and intents as one-click (or Tab, Enter) choices, so the agent is never left at a dead end.
 */
export function suggestionsNode(
	suggestions: readonly Suggestion[],
	message: string,
	strings: RenderStrings,
	langs: StringLangs = {},
) {
	const box = el('div', { class: 'finder-suggestions', 'data-suggestions': '' });
	box.append(el('p', { class: 'finder-suggestions-note' }, message));
	if (suggestions.length) {
		const group = el('div', {
			class: 'finder-suggestions-list',
			role: 'group',
			'aria-label': strings.suggestions,
		});
		group.append(
			// The group's name cannot carry a `lang` of its own; the visible label does.
			el(
				'span',
				{ class: 'finder-suggestions-label', 'aria-hidden': 'true' },
				strings.suggestions,
				langs.suggestions,
			),
		);
		for (const s of suggestions)
			group.append(
				el(
					'button',
					{
						type: 'button',
						class: 'finder-chip',
						'data-suggest-kind': s.kind,
						'data-suggest-value': s.value,
					},
					s.label,
				),
			);
		box.append(group);
	}
	return box;
}
