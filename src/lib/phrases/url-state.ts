/**
 * The finder's state in the URL query (`?q=&situation=&intent=&channel=&also=`), so a link reproduces the
 * view and Back steps through it. Values are validated against what exists: anything else is dropped.
 */
export interface FinderState {
	q: string;
	situation?: string;
	intent?: string;
	channel?: string;
	also?: string;
}

export interface StateVocabulary {
	situation: readonly string[];
	intent: readonly string[];
	channel: readonly string[];
	also: readonly string[];
}

const maxQueryLength = 200;

export function readState(search: string, vocab: StateVocabulary): FinderState {
	const params = new URLSearchParams(search);
	const pick = (key: keyof StateVocabulary) => {
		const value = params.get(key) ?? undefined;
		return value && vocab[key].includes(value) ? value : undefined;
	};
	return {
		q: (params.get('q') ?? '').slice(0, maxQueryLength),
		situation: pick('situation'),
		intent: pick('intent'),
		channel: pick('channel'),
		also: pick('also'),
	};
}

/** Writes the state into an existing query string, keeping parameters that are not the finder's. */
export function writeState(search: string, state: FinderState): string {
	const params = new URLSearchParams(search);
	for (const key of ['q', 'situation', 'intent', 'channel', 'also'] as const) {
		const value = state[key];
		if (value) params.set(key, value);
		else params.delete(key);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
