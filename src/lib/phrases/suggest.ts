/**
 * The way out of a poor result list: the situations and intents most common among the closest matches, and a
 * relaxed query (each word cut to its first letters) for when nothing matched at all.
 */
import type { IndexedPhrase } from './search.ts';

export interface TagChoice {
	kind: 'situation' | 'intent';
	value: string;
}

/** The most frequent situations and intents among the first results, best first, at most `limit` of each. */
export function suggestTags(results: readonly IndexedPhrase[], limit = 3, among = 12): TagChoice[] {
	const out: TagChoice[] = [];
	for (const kind of ['situation', 'intent'] as const) {
		const counts = new Map<string, number>();
		results.slice(0, among).forEach((r, rank) => {
			// Earlier results weigh more: the top result's tags are the likeliest meaning.
			for (const tag of r.tagIds[kind] ?? [])
				counts.set(tag, (counts.get(tag) ?? 0) + 1 / (rank + 1));
		});
		[...counts.entries()]
			.sort((a, b) => b[1] - a[1])
			.slice(0, limit)
			.forEach(([value]) => out.push({ kind, value }));
	}
	return out;
}

/** Each word cut to its first three letters (Japanese: first two characters), for a last, looser search. */
export function relaxedQuery(query: string): string {
	return query
		.split(/\s+/)
		.filter(Boolean)
		.map((w) =>
			[...w].some((c) => /[\u3040-\u9fff]/.test(c))
				? [...w].slice(0, 2).join('')
				: [...w].slice(0, 3).join(''),
		)
		.join(' ');
}
