/**
 * Closeness to the seed documents. Our texts must carry the seeds' guidance, never their sentences, yet the
 * repository may not hold the seeds themselves: the seeds are reduced to hashed 8-word shingles (a committed
 * list of hashes, written by `scripts/seed-shingles.ts`), and every content text is shingled the same way and
 * looked up in that list.
 *
 * Words: `Intl.Segmenter` word segments that are word-like (punctuation and spaces dropped), after folding case
 * (`toLowerCase`) and diacritics (NFKD, combining marks removed, so "ș"/"ş"/"s", "ά"/"α", "é"/"e" meet). The same
 * segmenter serves every language: for Latin, Cyrillic and Greek script it splits at spaces and punctuation; for
 * Japanese, which has no spaces, ICU's dictionary splits the text into words (お客様 / の / 話 / を …), so
 * "8 words" in Japanese is 8 such segments (about 10–20 characters), the closest equivalent of an 8-word clause.
 * Folding diacritics also folds Japanese voiced marks (が→か) on both sides, which costs nothing at 8 words.
 */
import { createHash } from 'node:crypto';

export const shingleSize = 8;

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
	const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
	const words: string[] = [];
	for (const s of segmenter.segment(folded)) if (s.isWordLike) words.push(s.segment);
	return words;
}

/** A short, stable hash of one shingle (the words joined by a space). 64 bits: no accidental collisions at our size. */
export function hashShingle(words: readonly string[]): string {
	return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** Every 8-word shingle of a text, with the index of its first word. */
export function shinglesOf(text: string): { start: number; words: string[]; hash: string }[] {
	const words = foldedWords(text);
	const out: { start: number; words: string[]; hash: string }[] = [];
	for (let i = 0; i + shingleSize <= words.length; i++) {
		const slice = words.slice(i, i + shingleSize);
		out.push({ start: i, words: slice, hash: hashShingle(slice) });
	}
	return out;
}

/** The hashes of a seed document, deduplicated and sorted (the committed file's lines). */
export function seedHashes(seedText: string): string[] {
	return [...new Set(shinglesOf(seedText).map((s) => s.hash))].sort();
}

export interface SeedHit {
	/** The words of our text that a seed shares (8 or more in a row), folded. */
	words: string;
}

/** Runs of 8+ consecutive words of `text` whose shingles all occur in `seed` (merged when they overlap). */
export function seedHits(text: string, seed: ReadonlySet<string>): SeedHit[] {
	const words = foldedWords(text);
	const hits: SeedHit[] = [];
	let runStart = -1;
	let runEnd = -1;
	const flush = () => {
		if (runStart >= 0) hits.push({ words: words.slice(runStart, runEnd).join(' ') });
		runStart = runEnd = -1;
	};
	for (const s of shinglesOf(text)) {
		if (!seed.has(s.hash)) continue;
		if (runStart >= 0 && s.start <= runEnd) runEnd = s.start + shingleSize;
		else {
			flush();
			runStart = s.start;
			runEnd = s.start + shingleSize;
		}
	}
	flush();
	return hits;
}

/** Every string in a parsed YAML/JSON value, with a path such as `steps[3].body`. */
export function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k));
	return [];
}
