/**
 * Filter and rank for the phrase finder. Runs on every keystroke, so the index is built once with every
 * searchable field already folded (see `fold`), and a query only does substring scans.
 */
import { fold } from '../search/fold.ts';

export interface SearchablePhrase {
	id: string;
	text: string;
	/** The same phrase in the customer's language, when the agent shows one. */
	alsoText?: string;
	keywords: readonly string[];
	/** Tag ids by kind, e.g. { situation: ['angry'], intent: ['calm'], channel: ['phone'] }. */
	tags: Readonly<Record<string, readonly string[]>>;
}

export interface IndexedPhrase {
	id: string;
	order: number;
	text: string;
	also: string;
	keywords: string;
	tags: string;
	/** Every searchable field in one string: one `indexOf` rejects most phrases on a keystroke. */
	haystack: string;
	tagIds: Readonly<Record<string, readonly string[]>>;
}

/** Tag labels in the reader's language, so "furios" finds phrases tagged `angry`. */
export type TagLabels = Readonly<Record<string, string>>;

/** From this many phrases on, searches narrow candidates with character-sequence posting lists. */
export const gramThreshold = 400;

export interface PhraseIndex {
	items: IndexedPhrase[];
	/** Two- and three-character sequences -> ascending positions of the phrases whose haystack contains them. */
	grams: Map<string, number[]>;
}

export function buildIndex(phrases: readonly SearchablePhrase[], tagLabels: TagLabels = {}): PhraseIndex {
	const items = phrases.map((p, order) => ({
		id: p.id,
		order,
		text: fold(p.text),
		also: fold(p.alsoText ?? ''),
		keywords: fold(p.keywords.join(' ')),
		tags: fold(
			Object.values(p.tags)
				.flat()
				.map((t) => `${tagLabels[t] ?? ''} ${t.replace(/-/g, ' ')}`)
				.join(' '),
		),
		tagIds: p.tags,
	})).map((p) => ({ ...p, haystack: `${p.text}\u0001${p.keywords}\u0001${p.tags}\u0001${p.also}` }));
	const grams = new Map<string, number[]>();
	// Small collections scan faster than they index: the posting lists pay off from a few hundred phrases,
	// and skipping them keeps the finder's start-up light on slow phones.
	if (items.length < gramThreshold) return { items, grams };
	items.forEach((p, i) => {
		const seen = new Set<string>();
		for (let c = 0; c < p.haystack.length - 1; c++) {
			seen.add(p.haystack.slice(c, c + 2));
			if (c < p.haystack.length - 2) seen.add(p.haystack.slice(c, c + 3));
		}
		for (const g of seen) {
			const list = grams.get(g);
			if (list) list.push(i);
			else grams.set(g, [i]);
		}
	});
	return { items, grams };
}

/**
 * The phrases that can contain every term: the intersection of the posting lists of the terms' character
 * sequences, shortest first. Every candidate is still checked for real afterwards, so stopping the
 * intersection early (once the list is short) only trades a little checking for less merging.
 */
function candidates(index: PhraseIndex, terms: readonly string[]): readonly number[] | undefined {
	if (index.grams.size === 0) return undefined;
	const lists: number[][] = [];
	for (const term of terms) {
		// Three-character sequences are far more selective than pairs; pairs serve two-letter terms.
		const size = term.length >= 3 ? 3 : 2;
		for (let c = 0; c + size <= term.length; c++) {
			const list = index.grams.get(term.slice(c, c + size));
			if (!list) return [];
			lists.push(list);
		}
	}
	// undefined: no pair to narrow with (one-letter terms), so every phrase is a candidate.
	if (!lists.length) return undefined;
	lists.sort((a, b) => a.length - b.length);
	let result: number[] = lists[0]!;
	for (let l = 1; l < lists.length && result.length > 32; l++) result = intersect(result, lists[l]!);
	return result;
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
	const out: number[] = [];
	for (let i = 0, j = 0; i < a.length && j < b.length; ) {
		if (a[i]! === b[j]!) {
			out.push(a[i]!);
			i++;
			j++;
		} else if (a[i]! < b[j]!) i++;
		else j++;
	}
	return out;
}

export type Filters = Readonly<Record<string, string | undefined>>;

export function matchesFilters(p: IndexedPhrase, filters: Filters): boolean {
	return Object.entries(filters).every(([kind, value]) => !value || (p.tagIds[kind] ?? []).includes(value));
}

/** Query terms: whitespace separates words; scripts without spaces (Japanese) form one term per run. */
export function queryTerms(query: string): string[] {
	return fold(query)
		.split(/[\s\p{P}]+/u)
		.filter(Boolean);
}

/** Characters after which a match starts a word: spaces and the punctuation of our five languages. */
const boundaryChars = ' \t\n,.;:!?¿¡«»"\'()[]-—–/「」『』、。・（）\u0001';
const boundaries = new Set(Array.from(boundaryChars, (c) => c.charCodeAt(0)));

function termScore(p: IndexedPhrase, term: string): number {
	const at = p.text.indexOf(term);
	if (at >= 0) return at === 0 || boundaries.has(p.text.charCodeAt(at - 1)) ? 10 : 6;
	if (p.haystack.indexOf(term) < 0) return 0;
	if (p.keywords.includes(term)) return 5;
	if (p.tags.includes(term)) return 4;
	return 3;
}

/**
 * Phrases that match every query term and every filter, best first. A phrase whose text contains the whole
 * query outranks one that only matches its words; ties keep the collection's order, which is curated.
 */
export function search(index: PhraseIndex, query: string, filters: Filters = {}): IndexedPhrase[] {
	const terms = queryTerms(query);
	const whole = fold(query).trim();
	const active = Object.entries(filters).filter((f): f is [string, string] => Boolean(f[1]));
	// Scores are small integers, so results are bucketed by score instead of sorted: linear time, and each
	// bucket keeps the collection's (curated) order.
	const buckets: number[][] = [];
	const pool = candidates(index, terms);
	const size = pool ? pool.length : index.items.length;
	outer: for (let k = 0; k < size; k++) {
		const i = pool ? pool[k]! : k;
		const p = index.items[i]!;
		// Indexed loops on purpose: this runs for every phrase on every keystroke.
		for (let f = 0; f < active.length; f++) if (!(p.tagIds[active[f]![0]] ?? []).includes(active[f]![1])) continue outer;
		let score = 0;
		for (let t = 0; t < terms.length; t++) {
			const s = termScore(p, terms[t]!);
			if (s === 0) continue outer;
			score += s;
		}
		if (terms.length > 1 && p.text.includes(whole)) score += 10;
		(buckets[score] ??= []).push(i);
	}
	const out: IndexedPhrase[] = [];
	for (let score = buckets.length - 1; score >= 0; score--) {
		const bucket = buckets[score];
		if (bucket) for (let b = 0; b < bucket.length; b++) out.push(index.items[bucket[b]!]!);
	}
	return out;
}

/** For each tag of a kind, how many of the given phrases carry it: the counts shown beside filters. */
export function tagCounts(phrases: readonly IndexedPhrase[], kind: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const p of phrases) for (const tag of p.tagIds[kind] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	return counts;
}
