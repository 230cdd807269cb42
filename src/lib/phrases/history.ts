/**
 * When the finder writes its state into the URL, and how. Typing and filter changes REPLACE the current
 * history entry (Back must not step through every keystroke or every arrow press on a select); only a jump
 * to another view the agent chose on purpose (a suggestion from the empty state, "clear filters", a linked
 * phrase) PUSHES a new entry, so Back returns to the view before it.
 */
export type Change = 'typing' | 'filter' | 'language' | 'suggestion' | 'clear-filters' | 'restore';

export function historyMode(change: Change): 'push' | 'replace' | 'none' {
	switch (change) {
		case 'typing':
		case 'filter':
		case 'language':
			return 'replace';
		case 'suggestion':
		case 'clear-filters':
			return 'push';
		case 'restore':
			// Back/Forward already moved the history: writing now would erase the entry being restored.
			return 'none';
	}
}

type HistoryLike = Pick<History, 'pushState' | 'replaceState'>;

/**
 * Writes URLs with the mode above. Typing is written after a pause (`delay` ms), not on every keystroke;
 * a push writes at once and cancels a pending typing write, whose state it already contains.
 */
export class HistoryWriter {
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly history: HistoryLike;
	readonly currentUrl: () => string;
	readonly delay: number;

	constructor(history: HistoryLike, currentUrl: () => string, delay = 400) {
		this.history = history;
		this.currentUrl = currentUrl;
		this.delay = delay;
	}

	#pending: (() => void) | undefined;

	write(url: string, change: Change): void {
		const mode = historyMode(change);
		if (mode === 'none') return;
		const commit = () => {
			this.#pending = undefined;
			if (url === this.currentUrl()) return;
			if (mode === 'push') this.history.pushState(null, '', url);
			else this.history.replaceState(null, '', url);
		};
		clearTimeout(this.#timer);
		if (change === 'typing') {
			this.#pending = commit;
			this.#timer = setTimeout(commit, this.delay);
			return;
		}
		// The typed query is part of the view being left: write it into the current entry before pushing.
		if (mode === 'push') this.#pending?.();
		commit();
	}

	cancel(): void {
		clearTimeout(this.#timer);
		this.#pending = undefined;
	}
}
