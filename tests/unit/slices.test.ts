import { describe, expect, it, vi } from 'vitest';
import { slicer } from '../../src/lib/phrases/slices';

describe('slicer (long work in short tasks)', () => {
	it('pauses between pieces once a piece has used its budget, and does every item in order', async () => {
		vi.useFakeTimers();
		try {
			const done: number[] = [];
			const run = slicer(0)([1, 2, 3], (n) => done.push(n));
			// The first item runs at once; each later one waits for a new task.
			expect(done).toEqual([1]);
			await vi.advanceTimersByTimeAsync(0);
			expect(done).toEqual([1, 2]);
			await vi.runAllTimersAsync();
			await run;
			expect(done).toEqual([1, 2, 3]);
		} finally {
			vi.useRealTimers();
		}
	});

	it('stops pausing once the work is urgent (the agent is waiting for it)', async () => {
		let urgent = false;
		const done: number[] = [];
		const run = slicer(0, () => urgent)(['a', 'b', 'c'], (x) => {
			done.push(done.length);
			if (x === 'a') urgent = true;
		});
		// After the first item the work became urgent: the rest runs in the same task.
		expect(done).toEqual([0, 1, 2]);
		await run;
	});

	it('does a cheap list in one task when the budget allows', async () => {
		const done: string[] = [];
		const run = slicer(1_000)(['x', 'y'], (x) => done.push(x));
		expect(done).toEqual(['x', 'y']);
		await run;
	});
});
