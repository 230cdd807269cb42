/**
 * The locale a translator typed on the command line (`de`, `DE`, `german`, `Deutsch`), resolved against the
 * site's locales; anything else ends the command with the "did you mean" message. Shared by the i18n scripts.
 */
import { locales } from '../src/lib/i18n/locales.ts';
import { resolveLocale } from '../src/lib/i18n/resolve-locale.ts';

export function siteLocaleOrExit(typed: string): string {
	const found = resolveLocale(
		typed,
		locales.map((l) => l.code),
	);
	if ('error' in found) {
		console.error(found.error);
		process.exit(1);
	}
	return found.code;
}
