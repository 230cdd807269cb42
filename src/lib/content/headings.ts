/** Table-of-contents entries for a playbook page: sections (h2) and their steps (h3), by stable id. */
import { markLang } from '../i18n/lang-marks.ts';
import type { PlaybookView } from './model.ts';

// A heading shown in a fallback language keeps its `lang` in the table of contents too.
const text = (title: string, lang?: string) => (lang ? markLang(title, lang) : title);

export function playbookHeadings(playbook: PlaybookView) {
	return playbook.sections.flatMap((section) => [
		{ depth: 2, slug: section.id, text: text(section.title, section.fallbackLang) },
		...section.steps.map((step) => ({
			depth: 3,
			slug: step.id,
			text: text(step.title, step.fallbackLang),
		})),
	]);
}
