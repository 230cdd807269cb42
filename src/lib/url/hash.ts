/**
 * Reads `location.hash` as an element id, for every script that acts on the hash (the escalation tree,
 * anchor redirects). A hash is whatever the user or another site typed: `#%` or `#100%` make
 * `decodeURIComponent` throw "URI malformed", which would stop the script that called it. This helper never
 * throws and only returns something that can be an id we generate, so callers can use it as a lookup key.
 */

/** Our ids: ASCII letters, digits, hyphens and underscores (language-neutral content ids, heading ids). */
const idLike = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;

/** Decodes percent-escapes where they are well formed; returns the raw text where they are not. */
export function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * The id a hash points to (`#verify-the-solution` → `verify-the-solution`), or `undefined` for an empty,
 * malformed or hostile hash. Accepts the hash with or without its leading `#`.
 */
export function hashId(hash: string | null | undefined): string | undefined {
	if (!hash) return undefined;
	const id = safeDecode(hash.startsWith('#') ? hash.slice(1) : hash);
	return idLike.test(id) ? id : undefined;
}

/** Looks an id up in a plain-object map without reaching inherited keys (`#__proto__`, `#constructor`). */
export function lookup<T>(map: Readonly<Record<string, T>>, id: string | undefined): T | undefined {
	return id !== undefined && Object.hasOwn(map, id) ? map[id] : undefined;
}
