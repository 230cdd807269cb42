/**
 * Client-side plurals. The page hands each plural string's forms to the browser in a data attribute
 * (`{"one": "{{count}} фраза", "few": …}`); `Intl.PluralRules` picks the form, as i18next does at build time.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

// Built once per language: creating Intl formatters loads locale data, and the finder counts on every keystroke.
const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const once = <T>(cache: Map<string, T>, lang: string, make: () => T) =>
	cache.get(lang) ?? cache.set(lang, make()).get(lang)!;

export function plural(lang: string, forms: PluralForms, count: number): string {
	const category = once(rules, lang, () => new Intl.PluralRules(lang)).select(count);
	const template = forms[category] ?? forms.other ?? '';
	// Below 1,000 no language groups digits, and the page's other counts (written by i18next at build time) are
	// plain digits too (a language added later whose numbers use other digits, such as Arabic, would need both
	// changed); creating the first `Intl.NumberFormat` of a page costs 30–50 ms (locale data), the
	// largest single piece of the finder's start-up, so it is only made for the counts that need grouping.
	const number =
		Math.abs(count) < 1000 && Number.isInteger(count)
			? String(count)
			: once(numbers, lang, () => new Intl.NumberFormat(lang)).format(count);
	return template.replace(/\{\{\s*count\s*\}\}/g, number);
}
