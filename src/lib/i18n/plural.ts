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
	const number = once(numbers, lang, () => new Intl.NumberFormat(lang)).format(count);
	return template.replace(/\{\{\s*count\s*\}\}/g, number);
}
