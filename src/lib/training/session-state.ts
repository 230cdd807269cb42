/**
 * A session lives in the page's query string, so a link reproduces it: `modules=a,b` (chosen modules, in
 * teaching order), `start=0930`, `length=90` (planned minutes) and `skip=a.role-play,b.debrief` (activities
 * left out). Unknown ids are dropped on reading; parameters that are not ours are kept.
 */
export interface SessionState {
	modules: string[];
	start?: number;
	length?: number;
	/** `<module>.<activity>` */
	skip: string[];
}

export const sessionParams = ['modules', 'start', 'length', 'skip'] as const;

const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

export function readSession(
	search: string,
	known: { modules: readonly string[]; activities: readonly string[] },
): SessionState {
	const p = new URLSearchParams(search);
	const start = /^(\d{2})(\d{2})$/.exec(p.get('start') ?? '');
	const startMinutes =
		start && Number(start[1]) < 24 && Number(start[2]) < 60
			? Number(start[1]) * 60 + Number(start[2])
			: undefined;
	const length = Number(p.get('length'));
	return {
		modules: list(p.get('modules')).filter((id) => known.modules.includes(id)),
		start: startMinutes,
		length: Number.isInteger(length) && length > 0 && length <= 1440 ? length : undefined,
		skip: list(p.get('skip')).filter((id) => known.activities.includes(id)),
	};
}

/** The query string for a session (without "?"), keeping other parameters; commas stay readable. */
export function writeSession(search: string, state: SessionState): string {
	const p = new URLSearchParams(search);
	for (const k of sessionParams) p.delete(k);
	if (state.modules.length) {
		p.set('modules', state.modules.join(','));
		if (state.start !== undefined)
			p.set(
				'start',
				`${String(Math.floor(state.start / 60)).padStart(2, '0')}${String(state.start % 60).padStart(2, '0')}`,
			);
		if (state.length) p.set('length', String(state.length));
		const skip = state.skip.filter((s) => state.modules.includes(s.split('.')[0]!));
		if (skip.length) p.set('skip', skip.join(','));
	}
	return p.toString().replaceAll('%2C', ',');
}
