/** Table-of-contents entries for a playbook page: sections (h2) and their steps (h3), by stable id. */
import type { PlaybookView } from './model.ts';

export function playbookHeadings(playbook: PlaybookView) {
	return playbook.sections.flatMap((section) => [
		{ depth: 2, slug: section.id, text: section.title },
		...section.steps.map((step) => ({ depth: 3, slug: step.id, text: step.title })),
	]);
}
