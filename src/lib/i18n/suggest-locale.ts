/**
 * Picks the site locale that best matches the browser's preferred languages (`navigator.languages`),
 * by primary language subtag: `es-MX` matches `es`. Returns undefined when nothing matches, so the chooser
 * suggests nothing rather than guessing.
 */
export function suggestLocale(
	preferred: readonly string[],
	available: readonly string[],
): string | undefined {
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		const match = available.find((code) => code.toLowerCase() === primary);
		if (match) return match;
	}
	return undefined;
}
