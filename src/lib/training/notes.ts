/** Facilitator notes per activity for one locale, falling back along the locale's chain note by note. */
import { getCollection } from 'astro:content';
import { fallbackChain } from '../i18n/fallback.ts';
import { langOf, type Locale } from '../i18n/locales.ts';

export interface Note {
	text: string;
	/** Set when the note is in the source language because the locale lacks it. */
	lang?: string;
}

export async function getTrainingNotes(
	locale: Locale,
): Promise<(moduleId: string, activityId: string) => Note | undefined> {
	const all = await getCollection('trainingNotes');
	const layers = [locale, ...fallbackChain(locale)].map((l) => ({
		lang: l === locale ? undefined : langOf(l),
		notes: all.find((e) => e.id === l)?.data ?? {},
	}));
	return (m, a) => {
		for (const { lang, notes } of layers) {
			const text = notes[m]?.[a];
			if (text) return { text, lang };
		}
		return undefined;
	};
}
