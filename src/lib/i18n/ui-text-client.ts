/**
 * Client side of client-strings.ts: the one way client renderers show a UI string handed to them through
 * `data-*`, so a string that fell back to another language (a language being added) carries that
 * language's `lang` (WCAG 3.1.2), and an element reused for a string in the page's language loses it.
 */

/** The language map beside a `data-<name>` attribute (`data-<name>-lang`): key -> `lang`, fallbacks only. */
export function readLangs<K extends string>(
	el: HTMLElement,
	name: string,
): Partial<Record<K, string>> {
	try {
		return JSON.parse(el.dataset[`${name}Lang`] ?? '{}') as Partial<Record<K, string>>;
	} catch {
		return {};
	}
}

/** Shows `text` in `el` as text (never HTML), with `lang` when it is in another language than the page. */
export function showUiText(el: HTMLElement, text: string, lang: string | undefined): void {
	el.textContent = text;
	if (lang) el.lang = lang;
	else el.removeAttribute('lang');
}
