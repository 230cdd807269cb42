/** Every locale's UI strings as written (locale -> key -> text), for looking a key up along a fallback chain. */
import { getCollection } from 'astro:content';

export async function uiDictionaries(): Promise<Record<string, Record<string, unknown>>> {
	return Object.fromEntries(
		(await getCollection('i18n')).map((e) => [e.id, e.data as Record<string, unknown>]),
	);
}
