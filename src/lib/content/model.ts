/**
 * Builds what a page shows from the language-neutral structure and one locale's texts. Pure functions:
 * the pages pass in collection data, tests pass in fixtures.
 */
import type { Phrase, PhraseTexts, Playbook, PlaybookTexts, TechniqueTexts } from './schemas.ts';

export interface StepView {
	id: string;
	playbook: string;
	title: string;
	guidance: string[];
	tips: string[];
	warnings: string[];
	keywords: string[];
	techniques: string[];
	restored: boolean;
	/** Set when the reader's locale lacks this step: the language its texts are shown in instead. */
	fallbackLang?: string;
}

export interface SectionView {
	id: string;
	title: string;
	intro: string[];
	steps: StepView[];
	fallbackLang?: string;
}

export interface PlaybookView {
	id: string;
	title: string;
	summary: string;
	intro: string[];
	keywords: string[];
	sourceLanguage: string;
	sourceFile: string;
	sections: SectionView[];
	stepCount: number;
	/** Set when the page's own texts (title, summary, intro) come from another language. */
	fallbackLang?: string;
}

/**
 * One playbook in one locale. Texts the locale lacks come from `fallback` (the playbook's source language)
 * and are marked with that language, so the page can say so and tag them with the right `lang`.
 */
export function playbookView(
	playbook: Playbook,
	texts: PlaybookTexts | undefined,
	fallback: PlaybookTexts,
	fallbackLang: string,
): PlaybookView {
	const sections = playbook.sections.map((section) => {
		const own = texts?.sections[section.id];
		const s = own ?? fallback.sections[section.id];
		return {
			id: section.id,
			title: s?.title ?? section.id,
			intro: s?.intro ?? [],
			fallbackLang: own ? undefined : fallbackLang,
			steps: section.steps.map((step) => {
				const mine = texts?.steps[step.id];
				const t = mine ?? fallback.steps[step.id];
				return {
					id: step.id,
					playbook: playbook.id,
					title: t?.title ?? step.id,
					guidance: t?.guidance ?? [],
					tips: t?.tips ?? [],
					warnings: t?.warnings ?? [],
					keywords: t?.keywords ?? [],
					techniques: step.techniques,
					restored: step.restored ?? false,
					fallbackLang: mine ? undefined : fallbackLang,
				};
			}),
		};
	});
	const page = texts ?? fallback;
	return {
		id: playbook.id,
		title: page.title,
		summary: page.summary,
		intro: page.intro ?? [],
		keywords: page.keywords ?? [],
		sourceLanguage: playbook.source.language,
		sourceFile: playbook.source.file,
		sections,
		stepCount: sections.reduce((n, s) => n + s.steps.length, 0),
		fallbackLang: texts ? undefined : fallbackLang,
	};
}

export interface TechniqueView {
	id: string;
	name: string;
	description: string;
	fallbackLang?: string;
	steps: { playbook: string; playbookTitle: string; step: string; title: string }[];
}

/** The cross-walk: every technique with every step, in every playbook, that teaches it. */
export function techniqueViews(
	ids: readonly string[],
	texts: TechniqueTexts,
	playbooks: readonly PlaybookView[],
	fallback: TechniqueTexts = {},
	fallbackLang?: string,
): TechniqueView[] {
	return ids.map((id) => ({
		id,
		name: (texts[id] ?? fallback[id])?.name ?? id,
		description: (texts[id] ?? fallback[id])?.description ?? '',
		fallbackLang: texts[id] ? undefined : fallbackLang,
		steps: playbooks.flatMap((p) =>
			p.sections.flatMap((s) =>
				s.steps
					.filter((st) => st.techniques.includes(id))
					.map((st) => ({ playbook: p.id, playbookTitle: p.title, step: st.id, title: st.title })),
			),
		),
	}));
}

export interface PhraseView extends Phrase {
	text: string;
	why?: string;
	keywords: string[];
	fallbackLang?: string;
}

/** Phrases in one locale; a phrase the locale lacks is shown in the source language, and says so. */
export function phraseViews(
	phrases: readonly Phrase[],
	texts: PhraseTexts,
	fallback: PhraseTexts = {},
	fallbackLang?: string,
): PhraseView[] {
	return phrases.map((p) => {
		const t = texts[p.id] ?? fallback[p.id];
		return {
			...p,
			text: t?.text ?? '',
			why: t?.why,
			keywords: t?.keywords ?? [],
			fallbackLang: texts[p.id] ? undefined : fallbackLang,
		};
	});
}
