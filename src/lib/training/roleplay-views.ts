/** Role-play kits for one locale, falling back along the locale's chain kit by kit. */
import { getCollection } from 'astro:content';
import { layered } from '../i18n/fallback.ts';
import { langOf, type Locale } from '../i18n/locales.ts';
import type { Roleplay, RoleplayTexts } from './roleplays.ts';

export interface KitView extends Roleplay {
	texts: RoleplayTexts;
	fallbackLang?: string;
}

export async function getRoleplayKits(locale: Locale): Promise<Map<string, KitView>> {
	const kits = (await getCollection('roleplays'))[0]?.data ?? [];
	const all = await getCollection('roleplayTexts');
	const { texts, from } = layered(locale, (l) => all.find((e) => e.id === l)?.data);
	return new Map(
		kits.flatMap((k) => {
			const kit = texts[k.scenario];
			const lang = from[k.scenario];
			return kit
				? [[k.scenario, { ...k, texts: kit, fallbackLang: lang && langOf(lang) }] as const]
				: [];
		}),
	);
}
