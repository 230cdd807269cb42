/**
 * Long work done in pieces, each at most about `budgetMs` of one task, so the page never stops responding while
 * the finder builds its index (a task over 50 ms is what a keystroke waits behind, and what Lighthouse counts as
 * Total Blocking Time). The budget is time, not a count of items: one Japanese phrase costs several Romanian
 * ones, and a phone runs each piece four times slower than a desktop, yet every piece stays short on both.
 */

/** Calls `work` on every item, pausing whenever a piece has used its budget. */
export type Slicer = <T>(items: Iterable<T>, work: (item: T) => void) => Promise<void>;

/** Lets the browser run input, rendering and other tasks before the next piece. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A slicer with `budgetMs` per piece. `urgent()` is checked at each pause: once it returns true (the agent is
 * waiting for the result), the rest is done without pausing.
 */
export function slicer(budgetMs = 6, urgent: () => boolean = () => false): Slicer {
	return async (items, work) => {
		let start = performance.now();
		let done = 0;
		for (const item of items) {
			// Every piece does at least one item, however small the budget.
			if (done++ && performance.now() - start >= budgetMs && !urgent()) {
				await pause();
				start = performance.now();
			}
			work(item);
		}
	};
}
