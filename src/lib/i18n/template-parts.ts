/**
 * A UI string cut around the places where markup goes: `templateParts(t, 'format.labelled', ['label'],
 * { text: '' })`-style use lets a template put a link or a `<time>` inside a sentence while the words and
 * punctuation around it (「：」 in Japanese, ": " elsewhere) stay in the language's own string.
 */
/** The string's text before, between and after the named slots, in the order the slots are given. */
export function templateParts<Key extends string>(
	t: (key: Key, options?: Record<string, unknown>) => string,
	key: Key,
	slots: readonly string[],
	values: Record<string, unknown> = {},
): string[] {
	const markers = Object.fromEntries(slots.map((s, i) => [s, String.fromCharCode(0xe000 + i)]));
	const text = t(key, { ...values, ...markers, interpolation: { escapeValue: false } });
	return text.split(/[\ue000-\ue0ff]/);
}
