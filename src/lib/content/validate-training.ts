/** Checks the training modules: references to steps and phrases, and texts in every locale. */
import type { ContentIssue } from './issues.ts';
import {
	byKey,
	byListId,
	fromZodIssues,
	noPhrase,
	noStep,
	suggest,
	unknownRefs,
} from './issues.ts';
import type { RawContent } from './load.ts';
import { trainingSchema, trainingTextsSchema } from './schemas.ts';
import { checkActivities } from '../training/validate-activities.ts';
import { checkRoleplays } from '../training/roleplays.ts';
import { checkKnowledgeChecks } from '../training/knowledge-checks.ts';

export function checkTraining(
	content: RawContent,
	locales: readonly string[],
	phraseIds: readonly string[],
	stepRefs: ReadonlySet<string>,
	required: (locale: string) => boolean = () => true,
): ContentIssue[] {
	const file = content.training;
	if (!file) return [];
	const parsed = trainingSchema.safeParse(file.data);
	if (!parsed.success)
		return fromZodIssues(file.file, parsed.error, byListId(file.data), trainingSchema);
	const issues: ContentIssue[] = [];
	const modules = parsed.data;
	const seen = new Set<string>();
	for (const m of modules) {
		if (seen.has(m.id))
			issues.push({ file: file.file, entry: m.id, field: 'id', message: 'duplicate module id.' });
		seen.add(m.id);
		const known = [...stepRefs];
		const refs = (list: string[], field: string) =>
			issues.push(...unknownRefs(file.file, m.id, field, list, known, noStep));
		const phrases = (list: string[], field: string) =>
			issues.push(...unknownRefs(file.file, m.id, field, list, phraseIds, noPhrase));
		refs(m.steps, 'steps');
		phrases(m.phrases, 'phrases');
		m.scenarios.forEach((s, i) => {
			refs(s.steps, `scenarios.${i}.steps`);
			phrases(s.phrases, `scenarios.${i}.phrases`);
		});
	}
	const textsOf = (locale: string) =>
		trainingTextsSchema.safeParse(content.trainingTexts.get(locale)?.data).data;
	issues.push(
		...checkActivities(
			file.file,
			modules,
			textsOf,
			content.trainingNotes ?? new Map(),
			locales,
			required,
		),
	);
	const techniqueIds = Array.isArray(content.techniques?.data)
		? (content.techniques.data as string[])
		: [];
	issues.push(
		...checkKnowledgeChecks(
			content.knowledgeChecks,
			content.knowledgeCheckTexts ?? new Map(),
			modules.map((m) => m.id),
			stepRefs,
			locales,
			required,
		),
	);
	issues.push(
		...checkRoleplays(
			content.roleplays,
			content.roleplayTexts ?? new Map(),
			modules.flatMap((m) => m.scenarios.map((s) => s.id)),
			techniqueIds,
			stepRefs,
			locales,
			required,
		),
	);
	for (const locale of locales) {
		const texts = content.trainingTexts.get(locale);
		const path = `src/content/training-texts/${locale}.yaml`;
		if (!texts) {
			if (required(locale))
				issues.push({
					file: path,
					message: `the "${locale}" texts of the training modules are missing.`,
				});
			continue;
		}
		const t = trainingTextsSchema.safeParse(texts.data);
		if (!t.success) {
			issues.push(...fromZodIssues(texts.file, t.error, byKey(1), trainingTextsSchema));
			continue;
		}
		for (const m of modules) {
			const entry = t.data[m.id];
			if (!entry) {
				if (required(locale))
					issues.push({
						file: texts.file,
						entry: m.id,
						message: `the module "${m.id}" is missing in "${locale}".`,
					});
				continue;
			}
			for (const s of m.scenarios) {
				if (!entry.scenarios[s.id] && required(locale))
					issues.push({
						file: texts.file,
						entry: m.id,
						field: `scenarios.${s.id}`,
						message: `the scenario "${s.id}" is missing in "${locale}".`,
					});
			}
			for (const id of Object.keys(entry.scenarios)) {
				if (!m.scenarios.some((s) => s.id === id))
					issues.push({
						file: texts.file,
						entry: m.id,
						field: `scenarios.${id}`,
						message: `there is no scenario "${id}" in ${file.file}. Ids are never translated.${suggest(
							id,
							m.scenarios.map((s) => s.id),
						)}`,
					});
			}
		}
		for (const id of Object.keys(t.data)) {
			if (!modules.some((m) => m.id === id))
				issues.push({
					file: texts.file,
					entry: id,
					message: `there is no module "${id}" in ${file.file}. Ids are never translated.${suggest(
						id,
						modules.map((m) => m.id),
					)}`,
				});
		}
	}
	return issues;
}
