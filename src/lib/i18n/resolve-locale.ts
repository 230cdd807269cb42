/**
 * Turns what a person types for a language (`de`, `DE`, `german`, `Deutsch`, `pt_br`) into a site locale,
 * or explains which locales exist. Command-line tools use it so a typo never prints an empty table.
 */
import { suggest } from '../content/issues.ts';

export function resolveLocale(
	input: string,
	codes: readonly string[],
): { code: string } | { error: string } {
	const typed = input.trim().replace('_', '-');
	const exact = codes.find((c) => c.toLowerCase() === typed.toLowerCase());
	if (exact) return { code: exact };
	const named = codes.find((c) => {
		const names = [
			new Intl.DisplayNames(['en'], { type: 'language' }).of(c),
			new Intl.DisplayNames([c], { type: 'language' }).of(c),
		];
		return names.some((n) => n?.toLowerCase() === typed.toLowerCase());
	});
	const primary = codes.find((c) => c.toLowerCase() === typed.toLowerCase().split('-')[0]);
	const guess = named ?? primary;
	const hint = guess
		? ` Did you mean "${guess}"?`
		: typed.length > 3
			? suggest(typed.toLowerCase(), codes)
			: '';
	return {
		error: `"${input}" is not a locale of this site (${codes.join(', ')}).${hint} Add a language with "npm run i18n:add-locale -- <code>".`,
	};
}
