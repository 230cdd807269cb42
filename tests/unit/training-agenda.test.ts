import { describe, expect, it } from 'vitest';
import { buildAgenda, formatClock, localClock, parseClock } from '../../src/lib/training/agenda';
import { readSession, writeSession } from '../../src/lib/training/session-state';

const mod = (id: string, ...minutes: number[]) => ({
	id,
	activities: minutes.map((m, i) => ({ id: `a${i}`, minutes: m })),
});

describe('agenda', () => {
	it('lays activities on the clock from the start time', () => {
		const { rows, total } = buildAgenda([mod('x', 10, 15, 20)], { start: parseClock('09:30')! });
		expect(rows.map((r) => formatClock(r.start))).toEqual(['09:30', '09:40', '09:55']);
		expect(total).toBe(45);
	});
	it('puts a break between modules when the stretch would pass 90 minutes, never inside a module', () => {
		const { rows, total } = buildAgenda([mod('a', 30, 30), mod('b', 45), mod('c', 20)], {
			start: 540,
		});
		expect(rows.map((r) => r.kind)).toEqual([
			'activity',
			'activity',
			'break',
			'activity',
			'activity',
		]);
		expect(rows[2]).toMatchObject({ start: 600, minutes: 15 });
		expect(formatClock(rows[3]!.start)).toBe('10:15');
		expect(total).toBe(60 + 15 + 45 + 20);
	});
	it('two 45-minute modules make a 90-minute session without a break', () => {
		expect(buildAgenda([mod('a', 45), mod('b', 45)], { start: 0 }).total).toBe(90);
	});
	it('skips modules whose activities were all left out', () => {
		expect(buildAgenda([mod('a'), mod('b', 10)], { start: 0 }).rows).toHaveLength(1);
	});
	it("writes times in the reader's convention", () => {
		expect(localClock('ja', 13 * 60 + 5)).toBe('13:05');
		expect(localClock('es', 9 * 60)).toBe('9:00');
	});
});

describe('session state', () => {
	const known = { modules: ['a', 'b'], activities: ['a.x', 'b.y'] };
	it('round-trips through the query string and keeps foreign parameters', () => {
		const search = writeSession('?utm=mail', {
			modules: ['b', 'a'],
			start: 9 * 60 + 5,
			length: 90,
			skip: ['a.x'],
		});
		expect(search).toBe('utm=mail&modules=b,a&start=0905&length=90&skip=a.x');
		expect(readSession(search, known)).toEqual({
			modules: ['b', 'a'],
			start: 545,
			length: 90,
			skip: ['a.x'],
		});
	});
	it('drops unknown ids and malformed values', () => {
		expect(readSession('?modules=a,zzz&start=2599&length=-3&skip=a.x,q.q', known)).toEqual({
			modules: ['a'],
			start: undefined,
			length: undefined,
			skip: ['a.x'],
		});
	});
	it('an empty session writes nothing of its own', () => {
		expect(writeSession('?start=0900', { modules: [], skip: ['a.x'] })).toBe('');
	});
});
