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
	tagIds: Readonly<Record<string, readonly string[]>>;
}

/** Tag labels in the reader's language, so "furios" finds phrases tagged `angry`. */
export type TagLabels = Readonly<Record<string, string>>;

export function buildIndex(phrases: readonly SearchablePhrase[], tagLabels: TagLabels = {}): IndexedPhrase[] {
	return phrases.map((p, order) => ({
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
	}));
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

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function termScore(p: IndexedPhrase, term: string): number {
	const at = p.text.indexOf(term);
	if (at >= 0) return isWordChar(p.text[at - 1]) ? 6 : 10;
	if (p.keywords.includes(term)) return 5;
	if (p.tags.includes(term)) return 4;
	if (p.also.includes(term)) return 3;
	return 0;
}

/**
 * Phrases that match every query term and every filter, best first. A phrase whose text contains the whole
 * query outranks one that only matches its words; ties keep the collection's order, which is curated.
 */
export function search(index: readonly IndexedPhrase[], query: string, filters: Filters = {}): IndexedPhrase[] {
	const terms = queryTerms(query);
	const whole = fold(query).trim();
	const scored: { p: IndexedPhrase; score: number }[] = [];
	for (const p of index) {
		if (!matchesFilters(p, filters)) continue;
		let score = 0;
		let all = true;
		for (const term of terms) {
			const s = termScore(p, term);
			if (s === 0) {
				all = false;
				break;
			}
			score += s;
		}
		if (!all) continue;
		if (terms.length > 1 && p.text.includes(whole)) score += 10;
		scored.push({ p, score });
	}
	scored.sort((a, b) => b.score - a.score || a.p.order - b.p.order);
	return scored.map((s) => s.p);
}

/** For each tag of a kind, how many of the given phrases carry it: the counts shown beside filters. */
export function tagCounts(phrases: readonly IndexedPhrase[], kind: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const p of phrases) for (const tag of p.tagIds[kind] ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	return counts;
}
