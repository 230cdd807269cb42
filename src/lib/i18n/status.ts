/**
 * Translation status: for every locale and every piece of content, is it translated, missing, or outdated?
 *
 * "Outdated" means the source text changed after the translation was checked. Each locale keeps a record
 * (`src/content/translation-records/<locale>.json`) of the source text's hash at the time a localiser
 * confirmed the translation (`npm run i18n:mark`). Hashes of content survive rebases and squashes, which
 * commit dates do not.
 *
 * This module counts a locale's states per kind and lists its gaps; it re-exports its parts, so callers import
 * the translation status from here: entries (status-entries.ts), fingerprints and records
 * (status-fingerprint.ts), the state of one entry (status-state.ts), and marking (mark.ts).
 */
import { kinds, type Entry, type Kind } from './status-entries.ts';
import type { Records } from './status-fingerprint.ts';
import { changesOf, entryState, type Change } from './status-state.ts';

export { entries, kinds, type Entry, type Kind } from './status-entries.ts';
export {
	recordHash,
	sourceFingerprint,
	textHash,
	type RecordValue,
	type Records,
} from './status-fingerprint.ts';
export {
	changesOf,
	entryState,
	identicalToSource,
	sameInEveryLanguage,
	type Change,
	type State,
} from './status-state.ts';

export interface Gap {
	key: string;
	kind: Kind;
	state: 'missing' | 'outdated' | 'untranslated';
	file: string;
	entry: string;
	link?: string;
	/** Outdated entries: what changed in the source. */
	changes?: Change[];
}

export interface KindCount {
	total: number;
	translated: number;
	missing: number;
	outdated: number;
	untranslated: number;
}

export interface LocaleStatus {
	locale: string;
	/** Only complete locales must be free of gaps; a partial one is reported with its progress. */
	required: boolean;
	kinds: Record<Kind, KindCount>;
	total: KindCount;
	/** Share of entries translated and up to date, 0-100. */
	percent: number;
	gaps: Gap[];
}

export function localeStatus(
	list: readonly Entry[],
	locale: string,
	records: Records,
	required = true,
): LocaleStatus {
	const empty = (): KindCount => ({
		total: 0,
		translated: 0,
		missing: 0,
		outdated: 0,
		untranslated: 0,
	});
	const counts = Object.fromEntries(kinds.map((k) => [k, empty()])) as Record<Kind, KindCount>;
	const total = empty();
	const gaps: Gap[] = [];
	for (const e of list) {
		const state = entryState(e, locale, records);
		for (const c of [counts[e.kind], total]) {
			c.total++;
			if (state === 'source' || state === 'translated') c.translated++;
			else c[state]++;
		}
		if (state !== 'source' && state !== 'translated')
			gaps.push({
				key: e.key,
				kind: e.kind,
				state,
				file: e.file(locale),
				entry: e.entry,
				link: e.link?.(locale),
				// What changed in the source since the translation was made.
				...(state === 'outdated' ? { changes: changesOf(e, locale, records) } : {}),
			});
	}
	return {
		locale,
		required,
		kinds: counts,
		total,
		percent: total.total ? Math.floor((100 * total.translated) / total.total) : 100,
		gaps,
	};
}

export { mark } from './mark.ts';
