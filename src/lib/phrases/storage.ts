/**
 * Favourites and recently copied phrases in localStorage. Storage can be disabled (private mode, policy),
 * full, or hold anything at all (an old version, another app, a hand edit), so every read is validated and
 * every failure degrades to "nothing remembered" instead of breaking the finder.
 */
export interface PhraseMemory {
	favourites: string[];
	recent: string[];
}

export const storageKey = 'phrase-finder:v1';
export const maxRecent = 10;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function safeStorage(): StorageLike | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** Keeps only known phrase ids, without duplicates, in stored order. */
function cleanIds(value: unknown, known: ReadonlySet<string>): string[] {
	if (!Array.isArray(value)) return [];
	return [...new Set(value.filter((v): v is string => typeof v === 'string' && known.has(v)))];
}

export function loadMemory(
	known: ReadonlySet<string>,
	storage: StorageLike | undefined = safeStorage(),
): PhraseMemory {
	try {
		const raw = storage?.getItem(storageKey);
		const data: unknown = raw ? JSON.parse(raw) : undefined;
		const obj = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
		return {
			favourites: cleanIds(obj.favourites, known),
			recent: cleanIds(obj.recent, known).slice(0, maxRecent),
		};
	} catch {
		return { favourites: [], recent: [] };
	}
}

/** Returns false when the browser refused to store (full or disabled); the finder keeps working in memory. */
export function saveMemory(
	memory: PhraseMemory,
	storage: StorageLike | undefined = safeStorage(),
): boolean {
	try {
		if (!storage) return false;
		storage.setItem(storageKey, JSON.stringify(memory));
		return true;
	} catch {
		return false;
	}
}

export function toggleFavourite(memory: PhraseMemory, id: string): PhraseMemory {
	const favourites = memory.favourites.includes(id)
		? memory.favourites.filter((f) => f !== id)
		: [...memory.favourites, id];
	return { ...memory, favourites };
}

export function recordCopy(memory: PhraseMemory, id: string): PhraseMemory {
	return { ...memory, recent: [id, ...memory.recent.filter((r) => r !== id)].slice(0, maxRecent) };
}

/** With nothing typed, the agent's own favourites come first, then recent copies (latest first), then the rest. */
export function rememberedFirst<T extends { id: string }>(
	results: readonly T[],
	{ favourites, recent }: PhraseMemory,
): T[] {
	const rank = (id: string) => (favourites.includes(id) ? 0 : recent.includes(id) ? 1 : 2);
	return [...results].sort(
		(a, b) =>
			rank(a.id) - rank(b.id) ||
			(rank(a.id) === 1 ? recent.indexOf(a.id) - recent.indexOf(b.id) : 0),
	);
}
