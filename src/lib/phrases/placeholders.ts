/**
 * Placeholders in phrase texts: `{orderNumber}` or `{name|fallback}`. The agent fills them in before copying;
 * an empty field falls back to the inline fallback, then to the locale's default fallback, so copied text
 * never contains a raw `{...}` token. Shared by the build (validation, rendering) and the browser.
 */
const token = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^{}]*))?\}/g;

export type Segment = string | { key: string; fallback?: string };

/** Splits a phrase into literal text and placeholder segments. */
export function parsePlaceholders(text: string): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(token)) {
		if (match.index > last) segments.push(text.slice(last, match.index));
		segments.push(match[2] === undefined ? { key: match[1]! } : { key: match[1]!, fallback: match[2] });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push(text.slice(last));
	return segments;
}

/** The distinct placeholder keys of a text, in order of first appearance. */
export function placeholderKeysOf(text: string): string[] {
	return [...new Set(parsePlaceholders(text).flatMap((s) => (typeof s === 'string' ? [] : [s.key])))];
}

/** Braces that are not a well-formed placeholder: a sign of a typo such as `{name` or `{order number}`. */
export function malformedBraces(text: string): boolean {
	return /[{}]/.test(text.replace(token, ''));
}

/**
 * Fills placeholders. Values are trimmed; an empty value uses the inline fallback, then `defaults[key]`.
 * When that is empty too, the placeholder disappears together with the space before it, so
 * "Hello {name|}, thank you" becomes "Hello, thank you".
 */
export function fillPlaceholders(
	text: string,
	values: Readonly<Record<string, string | undefined>>,
	defaults: Readonly<Record<string, string | undefined>> = {},
): string {
	let out = '';
	let afterEmpty = false;
	for (const s of parsePlaceholders(text)) {
		if (typeof s !== 'string') {
			const value = values[s.key]?.trim() || s.fallback || defaults[s.key] || '';
			out += value;
			afterEmpty = !value;
			continue;
		}
		let literal = s;
		if (afterEmpty && out.trim() === '') {
			// An empty placeholder opened the phrase ("{name}, I understand…"): drop the comma, restore the capital.
			literal = literal.replace(/^[\s,、]+/, '');
			literal = literal.charAt(0).toLocaleUpperCase() + literal.slice(1);
		} else if (afterEmpty && /^[,.;:!?、。]/.test(literal)) {
			out = out.replace(/ $/, '');
			// "Gracias, {name}, por…" must not become "Gracias,, por…".
			if (/[,、]$/.test(out) && /^[,、]/.test(literal)) literal = literal.slice(1);
		}
		else if (afterEmpty && / $/.test(out)) literal = literal.replace(/^ /, '');
		out += literal;
		afterEmpty = false;
	}
	return out.trim();
}

/**
 * Placeholders a sentence cannot do without ("we will call you back by {time}"): when one has no inline
 * fallback, the agent must fill it in before the phrase is copied, instead of copying a broken sentence.
 */
export const requiredKeys: readonly string[] = ['date', 'time', 'amount'];

export function missingRequired(text: string, values: Readonly<Record<string, string | undefined>>): string[] {
	return [
		...new Set(
			parsePlaceholders(text)
				.filter((s): s is { key: string; fallback?: string } => typeof s !== 'string' && s.fallback === undefined && requiredKeys.includes(s.key) && !values[s.key]?.trim())
				.map((s) => s.key),
		),
	];
}
