/**
 * Lists in running text joined the way each language joins them, through `Intl.ListFormat`, so templates never
 * hard-code ", " or " ; " (Japanese joins with 「、」, Romanian ends with "și"). Returns the parts in order, so a
 * template can render each item as it likes (a link, a tag) and the separators as plain text.
 */
export type ListPart = { kind: 'item'; index: number } | { kind: 'literal'; text: string };

export function listParts(
	lang: string,
	count: number,
	type: Intl.ListFormatType = 'conjunction',
): ListPart[] {
	const items = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
	return new Intl.ListFormat(lang, { type, style: 'long' })
		.formatToParts(items)
		.map((part) =>
			part.type === 'element'
				? { kind: 'item', index: Number(part.value.slice(1, -1)) }
				: { kind: 'literal', text: part.value },
		);
}

/** A list of plain strings, joined for `lang`. */
export function joinList(
	lang: string,
	items: readonly string[],
	type: Intl.ListFormatType = 'conjunction',
): string {
	return new Intl.ListFormat(lang, { type, style: 'long' }).format(items);
}
