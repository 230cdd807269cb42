/**
 * An entry's texts as a flat list of `path -> text` leaves (`guidance.0`, `title`, `text`). Diffs, the XLIFF
 * exchange, the "identical to the source" check and the glossary all work on leaves, so they agree on what a
 * translatable text is. Search keywords are left out: each language chooses its own search vocabulary.
 */
export type Leaf = readonly [path: string, text: string];

export function leaves(value: unknown, path = ''): Leaf[] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value))
		return value.flatMap((v, i) => leaves(v, path ? `${path}.${i}` : String(i)));
	if (value && typeof value === 'object')
		return Object.entries(value as Record<string, unknown>)
			.filter(([k]) => k !== 'keywords')
			.flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
	return [];
}

/** Sets a leaf in a plain structure, creating objects and arrays on the way (numeric segments are array indexes). */
export function setLeaf(target: Record<string, unknown>, path: string, text: string): void {
	const parts = path.split('.');
	let node: Record<string, unknown> = target;
	parts.forEach((part, i) => {
		if (i === parts.length - 1) node[part] = text;
		else {
			if (!node[part] || typeof node[part] !== 'object')
				node[part] = /^\d+$/.test(parts[i + 1]!) ? [] : {};
			node = node[part] as Record<string, unknown>;
		}
	});
}
