/**
 * The trainers' material as translation-status entries: role-play kits (one entry per scenario), knowledge
 * checks (one per question) and facilitator notes (one per activity). They are tracked like every other
 * text, so an edit to the source marks the other languages outdated, and `i18n:mark`, the dashboard and the
 * XLIFF exchange handle them. All three are written in the site's source language first.
 */
import type { RawContent } from '../content/load.ts';
import type { Entry } from './status-entries.ts';

type Dict = Record<string, unknown>;
const obj = (v: unknown): Dict =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : {};
const list = (v: unknown): Dict[] => (Array.isArray(v) ? (v as Dict[]) : []);

export function trainerEntries(content: RawContent, sourceLocale: string): Entry[] {
	const entries: Entry[] = [];
	const training = (l: string) => `${l}/training/`;
	for (const kit of list(content.roleplays?.data)) {
		const id = String(kit.scenario);
		entries.push({
			key: `roleplay:${id}`,
			kind: 'training',
			source: sourceLocale,
			file: (l) => `src/content/roleplay-texts/${l}.yaml`,
			entry: id,
			path: [id],
			link: (l) => `${training(l)}#kit-${id}`,
			texts: (l) => obj(content.roleplayTexts.get(l)?.data)[id],
		});
	}
	for (const check of list(content.knowledgeChecks?.data)) {
		const module = String(check.module);
		for (const question of list(check.questions)) {
			const id = String(question.id);
			entries.push({
				key: `knowledge-check:${module}:${id}`,
				kind: 'training',
				source: sourceLocale,
				file: (l) => `src/content/knowledge-check-texts/${l}.yaml`,
				entry: `${module}.${id}`,
				path: [module, id],
				link: (l) => `${training(l)}#check-${module}`,
				texts: (l) => obj(obj(content.knowledgeCheckTexts.get(l)?.data)[module])[id],
			});
		}
	}
	// A note is one string: the entry's texts are `{ <activity>: note }` inside the module, so every tool
	// (diff, XLIFF, import) sees the same `file › module › activity` shape as for the other kinds.
	const sourceNotes = obj(content.trainingNotes.get(sourceLocale)?.data);
	for (const module of list(content.training?.data)) {
		const moduleId = String(module.id);
		for (const activity of list(module.activities)) {
			const id = String(activity.id);
			if (typeof obj(sourceNotes[moduleId])[id] !== 'string') continue;
			entries.push({
				key: `training-note:${moduleId}:${id}`,
				kind: 'training',
				source: sourceLocale,
				file: (l) => `src/content/training-notes/${l}.yaml`,
				entry: `${moduleId}.${id}`,
				path: [moduleId],
				link: (l) => `${training(l)}#${moduleId}`,
				texts: (l) => {
					const note = obj(obj(content.trainingNotes.get(l)?.data)[moduleId])[id];
					return typeof note === 'string' ? { [id]: note } : undefined;
				},
			});
		}
	}
	return entries;
}
