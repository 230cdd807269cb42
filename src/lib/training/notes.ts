/** Facilitator notes per activity for one locale, falling back to the source language note by note. */
import { getCollection } from 'astro:content';
import { langOf, sourceLocale, type Locale } from '../i18n/locales.ts';

export interface Note {
	text: string;
	/** Set when the note is in the source language because the locale lacks it. */
	lang?: string;
}

export async function getTrainingNotes(
	locale: Locale,
): Promise<(moduleId: string, activityId: string) => Note | undefined> {
	const all = await getCollection('trainingNotes');
	const own = all.find((e) => e.id === locale)?.data ?? {};
	const source = all.find((e) => e.id === sourceLocale)?.data ?? {};
	return (m, a) => {
		const text = own[m]?.[a];
		if (text) return { text };
		const fallback = source[m]?.[a];
		return fallback ? { text: fallback, lang: langOf(sourceLocale) } : undefined;
	};
}
