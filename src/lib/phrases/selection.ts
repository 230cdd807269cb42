/**
 * Which result is active, as pure functions. The rule agents rely on mid-call: after every change of the query
 * or the filters the FIRST shown result is active, so Enter copies exactly what they see on top; only the arrow
 * keys (or a click) move the highlight away from it.
 */
export interface Selection {
	/** Result ids in the order shown. */
	readonly results: readonly string[];
	readonly activeId: string | undefined;
	/** Whether the agent moved the highlight since the last change of results. */
	readonly moved: boolean;
}

export const emptySelection: Selection = { results: [], activeId: undefined, moved: false };

/** A new result list (query or filters changed): the first result becomes active. */
export function showResults(results: readonly string[]): Selection {
	return { results, activeId: results[0], moved: false };
}

/** Arrow keys: one step, clamped at both ends. */
export function move(selection: Selection, delta: number): Selection {
	if (!selection.results.length) return selection;
	const at = selection.activeId === undefined ? -1 : selection.results.indexOf(selection.activeId);
	const next = Math.min(selection.results.length - 1, Math.max(0, at + delta));
	return { ...selection, activeId: selection.results[next], moved: true };
}

/** A click or a linked phrase (#id): that result, if it is shown. */
export function activate(selection: Selection, id: string): Selection {
	return selection.results.includes(id) ? { ...selection, activeId: id, moved: true } : selection;
}

/** What Enter copies: the active result, which is the first shown unless the agent moved. */
export function enterTarget(selection: Selection): string | undefined {
	return selection.activeId ?? selection.results[0];
}
