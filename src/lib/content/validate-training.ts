/** Checks the training modules: references to steps and phrases, and texts in every locale. */
import type { ContentIssue } from './issues.ts';
import { byListId, fromZodIssues, noPhrase, noStep, unknownRefs } from './issues.ts';
import { checkIds, parseLocaleTexts } from './translated-ids.ts';
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
	const moduleIds = modules.map((m) => m.id);
	for (const locale of locales) {
		const texts = content.trainingTexts.get(locale);
		const t = parseLocaleTexts(
			issues,
			texts,
			trainingTextsSchema,
			required(locale) && {
				file: `src/content/training-texts/${locale}.yaml`,
				message: `the "${locale}" texts of the training modules are missing.`,
			},
		);
		if (!texts || !t) continue;
		const where = { file: texts.file, structureFile: file.file };
		const missing = (what: string) =>
			required(locale)
				? (id: string) => `the ${what} "${id}" is missing in "${locale}".`
				: undefined;
		issues.push(
			...checkIds(t, moduleIds, { ...where, noun: 'module', missing: missing('module') }),
		);
		for (const m of modules) {
			const entry = t[m.id];
			if (!entry) continue;
			issues.push(
				...checkIds(
					entry.scenarios,
					m.scenarios.map((s) => s.id),
					{
						...where,
						entry: m.id,
						field: 'scenarios',
						noun: 'scenario',
						missing: missing('scenario'),
					},
				),
			);
		}
	}
	return issues;
}
