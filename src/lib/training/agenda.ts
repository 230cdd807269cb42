/**
 * The run-sheet's agenda: chosen modules, each with the activities the trainer kept, laid out on the clock
 * from a start time, with a break whenever the group would otherwise work longer than `maxStretch` minutes.
 * Pure: the session builder renders the rows; tests check the arithmetic.
 */
export interface PlannedModule {
	id: string;
	activities: { id: string; minutes: number }[];
}

export interface AgendaRow {
	kind: 'activity' | 'break';
	moduleId?: string;
	activityId?: string;
	/** Minutes since midnight. */
	start: number;
	minutes: number;
}

export interface AgendaOptions {
	/** Minutes since midnight. */
	start: number;
	breakMinutes?: number;
	/** The longest stretch without a break. */
	maxStretch?: number;
}

export function buildAgenda(
	modules: readonly PlannedModule[],
	options: AgendaOptions,
): { rows: AgendaRow[]; total: number } {
	const breakMinutes = options.breakMinutes ?? 15;
	const maxStretch = options.maxStretch ?? 90;
	const rows: AgendaRow[] = [];
	let clock = options.start;
	let stretch = 0;
	const kept = modules.filter((m) => m.activities.length > 0);
	kept.forEach((m, i) => {
		const length = m.activities.reduce((n, a) => n + a.minutes, 0);
		// Breaks fall between modules, never inside one: a module is one arc of teaching.
		if (i > 0 && stretch + length > maxStretch) {
			rows.push({ kind: 'break', start: clock, minutes: breakMinutes });
			clock += breakMinutes;
			stretch = 0;
		}
		for (const a of m.activities) {
			rows.push({
				kind: 'activity',
				moduleId: m.id,
				activityId: a.id,
				start: clock,
				minutes: a.minutes,
			});
			clock += a.minutes;
		}
		stretch += length;
	});
	return { rows, total: clock - options.start };
}

/** "09:30" -> 570; anything else -> undefined. */
export function parseClock(value: string | null | undefined): number | undefined {
	const m = /^(\d{1,2}):?(\d{2})$/.exec(value ?? '');
	if (!m) return undefined;
	const h = Number(m[1]);
	const min = Number(m[2]);
	return h < 24 && min < 60 ? h * 60 + min : undefined;
}

/** 570 -> "09:30", the value an `<input type="time">` takes. */
export function formatClock(minutes: number): string {
	const m = ((minutes % 1440) + 1440) % 1440;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The clock time in the reader's language (24-hour or AM/PM as the locale writes it). */
export function localClock(lang: string, minutes: number): string {
	const m = ((minutes % 1440) + 1440) % 1440;
	return new Intl.DateTimeFormat(lang, {
		hour: 'numeric',
		minute: '2-digit',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(2000, 0, 1, 0, m)));
}
