/**
 * Before a phrase is copied: does the agent still have to fill in a blank? Pure rules over the placeholder
 * syntax of placeholders.ts (owned there): a date, time or amount left empty would leave a broken sentence,
 * so the finder asks for it instead of copying; everything else falls back as placeholders.ts describes.
 */
import { fillPlaceholders, missingRequired, placeholderKeysOf } from './placeholders.ts';

export type CopyPlan = { kind: 'copy'; text: string } | { kind: 'ask'; missing: string[] };

export function planCopy(
	text: string,
	values: Readonly<Record<string, string | undefined>>,
): CopyPlan {
	const missing = missingRequired(text, values);
	return missing.length
		? { kind: 'ask', missing }
		: { kind: 'copy', text: fillPlaceholders(text, values) };
}

/**
 * Enter on a phrase with blanks: the first blank field still empty, to move focus to, or undefined when
 * every field has a value (then Enter copies).
 */
export function firstBlank(
	text: string,
	values: Readonly<Record<string, string | undefined>>,
): string | undefined {
	return placeholderKeysOf(text).find((key) => !values[key]?.trim());
}

/** "Fill in before copying: Date, Time" with the locale's own colon and list separator. */
export function askMessage(
	missing: readonly string[],
	labels: Readonly<Record<string, string>>,
	strings: { fillIn: string; labelValue: string; listSeparator: string },
): string {
	const value = missing.map((k) => labels[k] ?? k).join(strings.listSeparator);
	return interpolate(strings.labelValue, { label: strings.fillIn, value });
}

/** `{{name}}` variables in a UI string, as i18next writes them. */
export function interpolate(
	template: string,
	values: Readonly<Record<string, string | number>>,
): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole,
	);
}
