/**
 * The content-change ledger (`content-changes.json`, committed): for every locale and unit (units.ts), the
 * dated fingerprints its content has had, oldest first. `npm run changes:record` appends an entry when a
 * unit's fingerprint changes; a unit test fails while the ledger lags behind the content.
 *
 * Why a ledger and not `git log` at build time: CI and many hosts build from a shallow clone, where every
 * file's last commit is the one commit fetched, so every page would claim to have changed on the day of the
 * build. The ledger gives the same dates on any checkout, tarball or cache, and a history to list on the
 * "what changed" page. Pure functions here; reading and writing the file is in ledger-file.ts.
 */
import type { Unit } from './units.ts';

export interface LedgerEntry {
	/** ISO date (YYYY-MM-DD, UTC) the content took this form. */
	date: string;
	/** The unit's fingerprint from then on; absent when the unit was removed. */
	fingerprint?: string;
}

/** locale → unit key → entries, oldest first. */
export type Ledger = Record<string, Record<string, LedgerEntry[]>>;

export type ChangeStatus = 'added' | 'updated' | 'removed';

export interface Change {
	locale: string;
	key: string;
	status: ChangeStatus;
}

const latest = (entries: LedgerEntry[] | undefined) => entries?.at(-1);

/** Units whose content differs from the ledger's latest entry: what `changes:record` would write. */
export function pendingChanges(ledger: Ledger, current: Record<string, Unit[]>): Change[] {
	const changes: Change[] = [];
	for (const [locale, units] of Object.entries(current)) {
		const known = ledger[locale] ?? {};
		for (const u of units) {
			const last = latest(known[u.key]);
			if (!last || !last.fingerprint)
				changes.push({ locale, key: u.key, status: last ? 'updated' : 'added' });
			else if (last.fingerprint !== u.fingerprint)
				changes.push({ locale, key: u.key, status: 'updated' });
		}
		for (const [key, entries] of Object.entries(known))
			if (latest(entries)?.fingerprint && !units.some((u) => u.key === key))
				changes.push({ locale, key, status: 'removed' });
	}
	return changes;
}

/**
 * A new ledger with the pending changes dated: `dateOf` gives the date of a change (today, or for a unit the
 * ledger has never seen, the date history knows). The input is not modified.
 */
export function recordChanges(
	ledger: Ledger,
	current: Record<string, Unit[]>,
	dateOf: (change: Change) => string,
): { ledger: Ledger; changes: Change[] } {
	const next: Ledger = structuredClone(ledger);
	const changes = pendingChanges(ledger, current);
	for (const c of changes) {
		const unit = current[c.locale]!.find((u) => u.key === c.key);
		const entries = ((next[c.locale] ??= {})[c.key] ??= []);
		entries.push({ date: dateOf(c), ...(unit ? { fingerprint: unit.fingerprint } : {}) });
	}
	return { ledger: sortLedger(next), changes };
}

/** Locales and keys in a stable order, so the committed file changes only where content changed. */
function sortLedger(ledger: Ledger): Ledger {
	const sorted = (o: Record<string, LedgerEntry[]>) =>
		Object.fromEntries(
			Object.keys(o)
				.sort()
				.map((k) => [k, o[k]!]),
		);
	return Object.fromEntries(
		Object.keys(ledger)
			.sort()
			.map((l) => [l, sorted(ledger[l]!)]),
	);
}

/**
 * When the unit's content last changed: the date of the ledger's latest entry, only if that entry is the
 * content being built. Content changed since the last record has no known date, and gets none rather than
 * a wrong one.
 */
export function lastChangedOf(ledger: Ledger, locale: string, unit: Unit): string | undefined {
	const last = latest(ledger[locale]?.[unit.key]);
	return last?.fingerprint === unit.fingerprint ? last.date : undefined;
}

export interface ChangeDay {
	date: string;
	changes: { key: string; status: ChangeStatus }[];
}

/** A locale's changes grouped by date, newest first; within a day in the units' own order. */
export function changesByDate(
	ledger: Ledger,
	locale: string,
	order: readonly string[],
): ChangeDay[] {
	const days = new Map<string, ChangeDay['changes']>();
	for (const [key, entries] of Object.entries(ledger[locale] ?? {}))
		entries.forEach((e, i) => {
			const status: ChangeStatus = !e.fingerprint
				? 'removed'
				: i === 0 || !entries[i - 1]!.fingerprint
					? 'added'
					: 'updated';
			const day = days.get(e.date) ?? [];
			// Recorded twice in one day: the list shows the unit once, as it ended the day (added and then
			// updated the same day is still new).
			const same = day.find((c) => c.key === key);
			if (!same) day.push({ key, status });
			else same.status = same.status === 'added' && status === 'updated' ? 'added' : status;
			days.set(e.date, day);
		});
	const rank = (key: string) => {
		const i = order.indexOf(key);
		return i < 0 ? order.length : i;
	};
	return [...days]
		.sort(([a], [b]) => b.localeCompare(a))
		.map(([date, changes]) => ({
			date,
			changes: changes.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key)),
		}));
}
