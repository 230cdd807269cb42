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
}

export interface SectionView {
	id: string;
	title: string;
	intro: string[];
	steps: StepView[];
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
}

export function playbookView(playbook: Playbook, texts: PlaybookTexts): PlaybookView {
	const sections = playbook.sections.map((section) => ({
		id: section.id,
		title: texts.sections[section.id]?.title ?? section.id,
		intro: texts.sections[section.id]?.intro ?? [],
		steps: section.steps.map((step) => {
			const t = texts.steps[step.id];
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
			};
		}),
	}));
	return {
		id: playbook.id,
		title: texts.title,
		summary: texts.summary,
		intro: texts.intro ?? [],
		keywords: texts.keywords ?? [],
		sourceLanguage: playbook.source.language,
		sourceFile: playbook.source.file,
		sections,
		stepCount: sections.reduce((n, s) => n + s.steps.length, 0),
	};
}

export interface TechniqueView {
	id: string;
	name: string;
	description: string;
	steps: { playbook: string; playbookTitle: string; step: string; title: string }[];
}

/** The cross-walk: every technique with every step, in every playbook, that teaches it. */
export function techniqueViews(ids: readonly string[], texts: TechniqueTexts, playbooks: readonly PlaybookView[]): TechniqueView[] {
	return ids.map((id) => ({
		id,
		name: texts[id]?.name ?? id,
		description: texts[id]?.description ?? '',
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
}

export function phraseViews(phrases: readonly Phrase[], texts: PhraseTexts): PhraseView[] {
	return phrases.map((p) => ({ ...p, text: texts[p.id]?.text ?? '', why: texts[p.id]?.why, keywords: texts[p.id]?.keywords ?? [] }));
}
