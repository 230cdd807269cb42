/** Knowledge checks for one locale, by module, falling back along the locale's chain question by question. */
import { getCollection } from 'astro:content';
import { fallbackChain } from '../i18n/fallback.ts';
import { langOf, type Locale } from '../i18n/locales.ts';
import type { KnowledgeCheck, KnowledgeCheckTexts } from './knowledge-checks.ts';

export interface QuestionView {
	id: string;
	kind: KnowledgeCheck['questions'][number]['kind'];
	answer: number;
	step: string;
	texts: KnowledgeCheckTexts[string];
	fallbackLang?: string;
}

export async function getKnowledgeChecks(locale: Locale): Promise<Map<string, QuestionView[]>> {
	const checks = (await getCollection('knowledgeChecks'))[0]?.data ?? [];
	const all = await getCollection('knowledgeCheckTexts');
	const layers = [locale, ...fallbackChain(locale)].map((l) => ({
		lang: l === locale ? undefined : langOf(l),
		texts: all.find((e) => e.id === l)?.data ?? {},
	}));
	return new Map(
		checks.map((c) => [
			c.module,
			c.questions.flatMap((q) => {
				const layer = layers.find((x) => x.texts[c.module]?.[q.id]);
				const texts = layer?.texts[c.module]?.[q.id];
				return texts
					? [
							{
								id: q.id,
								kind: q.kind,
								answer: q.answer,
								step: q.step,
								texts,
								fallbackLang: layer?.lang,
							},
						]
					: [];
			}),
		]),
	);
}
