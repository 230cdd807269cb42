/**
 * The state of one entry in one locale (source, translated, missing, outdated, untranslated) and, for an
 * outdated entry, what changed in the source since the translation was confirmed.
 */
import { leaves } from './leaves.ts';
import sameAsSource from './same-as-source.json' with { type: 'json' };
import type { Entry } from './status-entries.ts';
import { recordHash, sourceFingerprint, type Records } from './status-fingerprint.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

export type State = 'source' | 'translated' | 'missing' | 'outdated' | 'untranslated';

/** Texts that are the same in every language (method names, codes); a text made only of these is not "untranslated". */
export const sameInEveryLanguage: readonly string[] = sameAsSource.names;
const allowedSame = (locale: string, key: string) =>
	((sameAsSource as unknown as Record<string, string[]>)[locale] ?? []).includes(key);

const neutral = (text: string) => {
	let rest = text.replace(/\{\{[^}]*\}\}|\{[^}]*\}/g, ' ');
	for (const name of sameInEveryLanguage) rest = rest.split(name).join(' ');
	return !/\p{L}{2,}/u.test(rest);
};

/** True when a translation is the source text left as it was (beyond names that stay the same in every language). */
export function identicalToSource(texts: unknown, source: unknown): boolean {
	const mine = leaves(texts);
	const theirs = new Map(leaves(source));
	if (!mine.length) return false;
	return (
		mine.every(([path, text]) => theirs.get(path) === text) &&
		mine.some(([, text]) => !neutral(text))
	);
}

export function entryState(e: Entry, locale: string, records: Records): State {
	if (locale === e.source) return 'source';
	const texts = e.texts(locale);
	if (texts === undefined) return 'missing';
	const source = e.texts(e.source);
	if (source === undefined) return 'translated';
	if (!allowedSame(locale, e.key) && identicalToSource(texts, source)) return 'untranslated';
	const recorded = recordHash(records[e.key]);
	// A translation nobody has recorded yet was made against the source as it is now: it is current.
	if (recorded === undefined) return 'translated';
	return recorded === sourceFingerprint(source) ? 'translated' : 'outdated';
}

export interface Change {
	/** The leaf inside the entry (`guidance.1`, `text`). */
	field: string;
	/** What the source said when the translation was confirmed (undefined: not kept by an older record). */
	before?: string;
	after: string;
	diff?: DiffPart[];
	translation?: string;
}

/** For an outdated entry: each source text that changed, old against new, with the current translation. */
export function changesOf(e: Entry, locale: string, records: Records): Change[] {
	const record = records[e.key];
	const before = typeof record === 'object' ? new Map(leaves(record.source)) : undefined;
	const translation = new Map(leaves(e.texts(locale)));
	return leaves(e.texts(e.source))
		.filter(([field, after]) => !before || before.get(field) !== after)
		.map(([field, after]) => {
			const old = before?.get(field);
			return {
				field,
				before: old,
				after,
				diff: before ? wordDiff(old ?? '', after) : undefined,
				translation: translation.get(field),
			};
		});
}
