/**
 * Placeholders in phrase texts: `{orderNumber}` or `{name|fallback}`. Shared by the build (validation,
 * rendering), the browser (the phrase finder) and the tests.
 *
 * The rule the texts are written to: a placeholder WITHOUT an inline fallback is required — the sentence
 * cannot do without it, so the finder asks for it instead of copying (`missingRequired`). A placeholder WITH
 * a fallback is optional: left empty, it becomes its fallback (`{supervisorName|Mi supervisor}`), or, with an
 * empty fallback (`{name|}, …`), it disappears together with the comma or space that went with it. A value at
 * the start of a sentence gets a capital letter ("domnule Popescu" → "Domnule Popescu, …"), so agents can type
 * names the way they appear mid-sentence. Copied text never contains a raw `{...}` token.
 */
const token = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^{}]*))?\}/g;

export type Segment = string | { key: string; fallback?: string };

/** Splits a phrase into literal text and placeholder segments. */
export function parsePlaceholders(text: string): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(token)) {
		if (match.index > last) segments.push(text.slice(last, match.index));
		segments.push(
			match[2] === undefined ? { key: match[1]! } : { key: match[1]!, fallback: match[2] },
		);
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push(text.slice(last));
	return segments;
}

/** The distinct placeholder keys of a text, in order of first appearance. */
export function placeholderKeysOf(text: string): string[] {
	return [
		...new Set(parsePlaceholders(text).flatMap((s) => (typeof s === 'string' ? [] : [s.key]))),
	];
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
			let value = values[s.key]?.trim() || s.fallback || defaults[s.key] || '';
			if (atSentenceStart(out)) value = capitalise(value);
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
		} else if (afterEmpty && / $/.test(out)) literal = literal.replace(/^ /, '');
		out += literal;
		afterEmpty = false;
	}
	return out.trim();
}

/** True when text appended to `before` starts a sentence (start of text, or after . ! ? … and a space). */
function atSentenceStart(before: string): boolean {
	return before.trim() === '' || /[.!?…]\s+$/.test(before) || /\n\s*$/.test(before);
}

/** The first letter in upper case (a no-op for scripts without case, such as Japanese). */
function capitalise(value: string): string {
	return value.charAt(0).toLocaleUpperCase() + value.slice(1);
}

/**
 * The placeholders of a text the agent must fill in before copying: those without an inline fallback
 * ("we will call you back by {time}"), in order of first appearance. The finder marks their fields as required.
 */
export function requiredKeysOf(text: string): string[] {
	return [
		...new Set(
			parsePlaceholders(text)
				.filter(
					(s): s is { key: string; fallback?: string } =>
						typeof s !== 'string' && s.fallback === undefined,
				)
				.map((s) => s.key),
		),
	];
}

/**
 * The required placeholders of a text (see `requiredKeysOf`) that `values` leaves blank. Non-empty means:
 * do not copy; ask for these fields first, instead of copying a broken sentence.
 */
export function missingRequired(
	text: string,
	values: Readonly<Record<string, string | undefined>>,
): string[] {
	return requiredKeysOf(text).filter((key) => !values[key]?.trim());
}
