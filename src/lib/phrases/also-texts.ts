/**
 * The phrases in a second language (the customer's), fetched once per language from `phrases-data/<code>.json`
 * and kept. Anything that is not a string is dropped; offline or a missing file leaves the finder in the
 * agent's language. `abort()` cancels a fetch still under way when the finder leaves the page.
 */
export class AlsoTexts {
	#byLocale = new Map<string, Record<string, string>>();
	readonly dataUrl: string;
	readonly #fetch: typeof fetch;
	readonly #abort = new AbortController();

	constructor(dataUrl: string, fetcher: typeof fetch = (...a) => fetch(...a)) {
		this.dataUrl = dataUrl;
		this.#fetch = fetcher;
	}

	get(locale: string | undefined): Record<string, string> | undefined {
		return locale ? this.#byLocale.get(locale) : undefined;
	}

	async load(locale: string | undefined): Promise<void> {
		if (!locale || this.#byLocale.has(locale)) return;
		try {
			const response = await this.#fetch(`${this.dataUrl}${locale}.json`, {
				signal: this.#abort.signal,
			});
			if (!response.ok) throw new Error(String(response.status));
			const data: unknown = await response.json();
			const clean: Record<string, string> = {};
			if (data && typeof data === 'object')
				for (const [k, v] of Object.entries(data)) if (typeof v === 'string') clean[k] = v;
			this.#byLocale.set(locale, clean);
		} catch {
			// Offline, missing file or aborted: the finder keeps working in the agent's language.
		}
	}

	abort() {
		this.#abort.abort();
	}
}
