/**
 * The JSON a server-rendered `data-*` attribute hands to client code, or `fallback` when the attribute is
 * missing, empty or not JSON: a custom element still upgrades its page, with defaults, rather than throwing.
 */
export function parseJsonAttribute<T>(value: string | undefined, fallback: T): T {
	try {
		return value ? (JSON.parse(value) as T) : fallback;
	} catch {
		return fallback;
	}
}
