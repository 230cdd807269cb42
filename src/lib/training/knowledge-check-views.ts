/** Knowledge checks for one locale, by module, falling back to the source language question by question. */
import { getCollection } from 'astro:content';
import { langOf, sourceLocale, type Locale } from '../i18n/locales.ts';
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
	const own = all.find((e) => e.id === locale)?.data ?? {};
	const source = all.find((e) => e.id === sourceLocale)?.data ?? {};
	return new Map(
		checks.map((c) => [
			c.module,
			c.questions.flatMap((q) => {
				const texts = own[c.module]?.[q.id] ?? source[c.module]?.[q.id];
				return texts
					? [
							{
								id: q.id,
								kind: q.kind,
								answer: q.answer,
								step: q.step,
								texts,
								fallbackLang: own[c.module]?.[q.id] ? undefined : langOf(sourceLocale),
							},
						]
					: [];
			}),
		]),
	);
}
