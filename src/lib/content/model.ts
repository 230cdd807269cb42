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

/** One language's texts of a playbook, and the `lang` to tag them with (undefined: the reader's own). */
export interface PlaybookLayer {
	texts: PlaybookTexts;
	lang?: string;
}

/**
 * One playbook in one locale. `layers` are the reader's own texts (if any) followed by the languages of the
 * locale's fallback chain that have the playbook, ending with its source language. Each piece (the page's
 * title and summary, every section, every step) comes from the first layer that has it and is marked with
 * that layer's language, so a German reader sees each untranslated step in Spanish where Spanish has it and
 * in the source language only where it does not, each tagged with its own `lang`.
 */
export function playbookView(playbook: Playbook, layers: readonly PlaybookLayer[]): PlaybookView {
	const pick = <T>(get: (t: PlaybookTexts) => T | undefined) => {
		for (const layer of layers) {
			const value = get(layer.texts);
			if (value !== undefined) return { value, lang: layer.lang };
		}
		return { value: undefined, lang: layers.at(-1)?.lang };
	};
	const sections = playbook.sections.map((section) => {
		const s = pick((t) => t.sections?.[section.id]);
		return {
			id: section.id,
			title: s.value?.title ?? section.id,
			intro: s.value?.intro ?? [],
			fallbackLang: s.lang,
			steps: section.steps.map((step) => {
				const t = pick((x) => x.steps?.[step.id]);
				return {
					id: step.id,
					playbook: playbook.id,
					title: t.value?.title ?? step.id,
					guidance: t.value?.guidance ?? [],
					tips: t.value?.tips ?? [],
					warnings: t.value?.warnings ?? [],
					keywords: t.value?.keywords ?? [],
					techniques: step.techniques,
					restored: step.restored ?? false,
					fallbackLang: t.lang,
				};
			}),
		};
	});
	const page = pick((t) => (t.title === undefined ? undefined : t));
	return {
		id: playbook.id,
		title: page.value?.title ?? playbook.id,
		summary: page.value?.summary ?? '',
		intro: page.value?.intro ?? [],
		keywords: page.value?.keywords ?? [],
		sourceLanguage: playbook.source.language,
		sourceFile: playbook.source.file,
		sections,
		stepCount: sections.reduce((n, s) => n + s.steps.length, 0),
		fallbackLang: page.lang,
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
