/**
 * When content last changed, at build time, from the committed ledger (src/lib/changes/ledger.ts explains
 * why not from git). Read once per build. A unit whose content changed after the ledger was last recorded
 * has no date, and the page then says nothing rather than something false (the unit test on the ledger
 * fails first, so a published site always has its dates).
 */
import { readLedger, currentUnits } from '../changes/ledger-file.ts';
import { changesByDate, lastChangedOf, type ChangeDay, type Ledger } from '../changes/ledger.ts';
import type { Unit } from '../changes/units.ts';

let state: { ledger: Ledger; units: Record<string, Unit[]> } | undefined;
const load = () =>
	(state ??= { ledger: readLedger(process.cwd()), units: currentUnits(process.cwd()) });

/** ISO date of the newest change among the units (keys as in units.ts); undefined if any is unknown. */
export function lastChanged(locale: string, keys: readonly string[]): string | undefined {
	const { ledger, units } = load();
	const dates = keys.map((key) => {
		const unit = units[locale]?.find((u) => u.key === key);
		return unit && lastChangedOf(ledger, locale, unit);
	});
	if (!dates.length || dates.some((d) => !d)) return undefined;
	return (dates as string[]).sort().at(-1);
}

/** Every unit key of a locale, in the order a trainer meets them. */
export const unitKeys = (locale: string) => (load().units[locale] ?? []).map((u) => u.key);

/** The locale's changes by date, newest first, for the "what changed" page. */
export const changeHistory = (locale: string): ChangeDay[] =>
	changesByDate(load().ledger, locale, unitKeys(locale));

/** A ledger date (YYYY-MM-DD, UTC) as the reader's language writes a day, on any build machine's time zone. */
export const formatDay = (lang: string, iso: string) =>
	new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${iso.slice(0, 10)}T00:00:00Z`),
	);
