/**
 * Fingerprints of source texts and the records that keep them. A record holds the hash of the source text
 * when a localiser confirmed a translation; hashes of content survive rebases and squashes, which commit
 * dates do not. Apart from status-state.ts because `i18n:mark` writes records without computing any state.
 */
import { createHash } from 'node:crypto';

type Dict = Record<string, unknown>;

/** A short, stable hash of a text structure (keys sorted, so reformatting YAML does not change it). */
export function textHash(value: unknown): string {
	const canonical = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(canonical)
			: v && typeof v === 'object'
				? Object.fromEntries(
						Object.keys(v as Dict)
							.sort()
							.map((k) => [k, canonical((v as Dict)[k])]),
					)
				: v;
	return createHash('sha256')
		.update(JSON.stringify(canonical(value)))
		.digest('hex')
		.slice(0, 16);
}

/**
 * The fingerprint of a source entry. Search keywords are left out: each language has its own search
 * vocabulary, so new keywords in the source do not make a translation outdated.
 */
export function sourceFingerprint(value: unknown): string {
	// Empty maps are left out too: the content schema fills in `scenarios: {}`, and the dashboard (which reads
	// the parsed collections) must compute the same fingerprint as the command line (which reads the files).
	const empty = (x: unknown) =>
		x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0;
	const strip = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(strip)
			: v && typeof v === 'object'
				? Object.fromEntries(
						Object.entries(v as Dict)
							.filter(([k, x]) => k !== 'keywords' && !empty(x))
							.map(([k, x]) => [k, strip(x)]),
					)
				: v;
	return textHash(strip(value));
}

/**
 * What a locale recorded per entry: the source fingerprint when the translation was confirmed, and (since
 * records keep it) what the source said then, so an outdated entry can show what changed. Older records
 * hold only the fingerprint.
 */
export type RecordValue = string | { hash: string; source: unknown };
export type Records = Readonly<Record<string, RecordValue>>;

export const recordHash = (r: RecordValue | undefined): string | undefined =>
	typeof r === 'string' ? r : r?.hash;
