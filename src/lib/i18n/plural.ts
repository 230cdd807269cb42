/**
 * Client-side plurals. The page hands each plural string's forms to the browser in a data attribute
 * (`{"one": "{{count}} фраза", "few": …}`); `Intl.PluralRules` picks the form, as i18next does at build time.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

export function plural(lang: string, forms: PluralForms, count: number): string {
	const category = new Intl.PluralRules(lang).select(count);
	const template = forms[category] ?? forms.other ?? '';
	return template.replace(/\{\{\s*count\s*\}\}/g, new Intl.NumberFormat(lang).format(count));
}
