/** Which language a UI key's text comes from in `locale`: the locale itself, or the first language of its chain. */
import { fallbackChain } from './fallback.ts';

export function uiStringLocale(
	data: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
	locale: string,
	key: string,
): string | undefined {
	const has = (code: string) =>
		Object.keys(data[code] ?? {}).some(
			(k) =>
				(k === key || k.replace(/_(zero|one|two|few|many|other)$/, '') === key) &&
				data[code]?.[k] !== undefined,
		);
	return [locale, ...fallbackChain(locale)].find(has);
}
