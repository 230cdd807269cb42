/** Role-play kits for one locale, falling back to the source language kit by kit. */
import { getCollection } from 'astro:content';
import { langOf, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { Roleplay, RoleplayTexts } from './roleplays.ts';

export interface KitView extends Roleplay {
	texts: RoleplayTexts;
	fallbackLang?: string;
}

export async function getRoleplayKits(locale: Locale): Promise<Map<string, KitView>> {
	const kits = (await getCollection('roleplays'))[0]?.data ?? [];
	const all = await getCollection('roleplayTexts');
	const own = all.find((e) => e.id === locale)?.data ?? {};
	const source = all.find((e) => e.id === sourceLocale)?.data ?? {};
	return new Map(
		kits.flatMap((k) => {
			const texts = own[k.scenario] ?? source[k.scenario];
			return texts
				? [
						[
							k.scenario,
							{ ...k, texts, fallbackLang: own[k.scenario] ? undefined : langOf(sourceLocale) },
						] as const,
					]
				: [];
		}),
	);
}
