/**
 * `i18n:mark`: records that a locale's translations were checked against the current source. Selectors are
 * exactly what `i18n:status` prints (an entry key such as `playbook:resolved-method:step:verify`, or
 * `file › entry`), an entry name (`steps.verify`, when only one file has it), a file, or a key prefix
 * (`phrase:`, `playbook:resolved-method`); none means the whole locale. Anything that selects nothing is an
 * error with a suggestion, never a silent "nothing to mark".
 */
import { suggest } from '../content/issues.ts';
import { leaves } from './leaves.ts';
import type { Entry } from './status-entries.ts';
import {
	recordHash,
	sourceFingerprint,
	type RecordValue,
	type Records,
} from './status-fingerprint.ts';

export class MarkError extends Error {}

export interface MarkResult {
	records: Record<string, RecordValue>;
	/** Entries whose record changed: they now count as up to date. */
	marked: string[];
	/** Selected entries that were already up to date. */
	unchanged: string[];
	/** Selected entries with nothing to record (not translated yet). */
	missing: string[];
}

/** What the record keeps of the source: its texts without search keywords, so a later change can be shown. */
export const recordOf = (source: unknown): RecordValue => ({
	hash: sourceFingerprint(source),
	source: Object.fromEntries(leaves(source)),
});

const normalise = (s: string) => s.trim().replace(/^\.\//, '').replace(/\\/g, '/');

export function select(list: readonly Entry[], locale: string, selector: string): Entry[] {
	const s = normalise(selector);
	const [file, entry] = s.includes(' › ')
		? s.split(' › ').map((x) => x.trim())
		: [undefined, undefined];
	if (file !== undefined) {
		const found = list.filter((e) => e.file(locale) === file && e.entry === entry);
		if (found.length) return found;
	}
	const byKey = list.filter((e) => e.key === s || e.key.startsWith(s.endsWith(':') ? s : `${s}:`));
	if (byKey.length) return byKey;
	const byFile = list.filter((e) => e.file(locale) === s);
	if (byFile.length) return byFile;
	const byEntry = list.filter((e) => e.entry === s);
	if (byEntry.length === 1) return byEntry;
	if (byEntry.length > 1)
		throw new MarkError(
			`"${selector}" is an entry of ${byEntry.length} files; name one of them:\n  ${byEntry.map((e) => e.key).join('\n  ')}`,
		);
	const otherLocale = list.find(
		(e) => s === e.file(s.split('/')[3] ?? '') && s.split('/')[3] !== locale,
	);
	if (otherLocale)
		throw new MarkError(
			`"${selector}" is a file of "${s.split('/')[3]}", not of "${locale}". Use src/content/…/${locale}… or run the command for that locale.`,
		);
	const candidates = [...new Set(list.flatMap((e) => [e.key, e.entry, e.file(locale)]))];
	throw new MarkError(
		`"${selector}" matches no entry or file of "${locale}".${suggest(s, candidates) || ' Run "npm run i18n:status -- --locale ' + locale + '" to see the entry names.'}`,
	);
}

export function mark(
	list: readonly Entry[],
	locale: string,
	records: Records,
	selectors: readonly string[] = [],
	upgradeOnly = false,
): MarkResult {
	const next: Record<string, RecordValue> = { ...records };
	const result: MarkResult = { records: next, marked: [], unchanged: [], missing: [] };
	const chosen = selectors.length
		? new Set(selectors.flatMap((s) => select(list, locale, s)))
		: new Set(list);
	for (const e of list) {
		if (locale === e.source) continue;
		const source = e.texts(e.source);
		if (source === undefined) continue;
		const hash = sourceFingerprint(source);
		const current = recordHash(next[e.key]);
		// A record of the current source without its text is upgraded in passing: same state, now with a diffable text.
		if (current === hash && typeof next[e.key] === 'string') next[e.key] = recordOf(source);
		if (upgradeOnly || !chosen.has(e)) continue;
		if (e.texts(locale) === undefined) {
			if (selectors.length) result.missing.push(e.key);
			continue;
		}
		if (current === hash) result.unchanged.push(e.key);
		else result.marked.push(e.key);
		next[e.key] = recordOf(source);
	}
	result.records = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
	return result;
}
