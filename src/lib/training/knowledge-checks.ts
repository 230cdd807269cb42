/**
 * Knowledge checks: per module, 4–6 multiple-choice questions (a scenario choice, "which phrase would you
 * use", spot the trigger word), each with the right answer, an explanation and the playbook step it tests.
 * Structure in src/content/training/knowledge-checks.yaml, texts in src/content/knowledge-check-texts/.
 */
import { z } from 'astro/zod';
import type { ContentIssue } from '../content/issues.ts';
import { byKey, fromZodIssues, noStep, suggest, unknownRefs } from '../content/issues.ts';
import type { SourceFile } from '../content/load.ts';
import { idSchema, stepRefSchema } from '../content/schemas.ts';

export const questionKinds = ['scenario', 'phrase', 'trigger-word'] as const;

export const knowledgeChecksSchema = z.array(
	z.strictObject({
		module: idSchema,
		questions: z
			.array(
				z.strictObject({
					id: idSchema,
					kind: z.enum(questionKinds),
					options: z.number().int().min(2).max(5),
					answer: z.number().int().min(0),
					step: stepRefSchema,
				}),
			)
			.min(4)
			.max(6),
	}),
);

const line = z.string().trim().min(1);
export const knowledgeCheckTextsSchema = z.record(
	z.string(),
	z.record(
		z.string(),
		z.strictObject({ prompt: line, options: z.array(line).min(2), feedback: line }),
	),
);

export type KnowledgeCheck = z.infer<typeof knowledgeChecksSchema>[number];
export type KnowledgeCheckTexts = z.infer<typeof knowledgeCheckTextsSchema>[string];

export function checkKnowledgeChecks(
	structure: SourceFile | undefined,
	texts: Map<string, SourceFile>,
	moduleIds: readonly string[],
	stepRefs: ReadonlySet<string>,
	locales: readonly string[],
	required: (locale: string) => boolean,
): ContentIssue[] {
	if (!structure) return [];
	const parsed = knowledgeChecksSchema.safeParse(structure.data);
	if (!parsed.success) return fromZodIssues(structure.file, parsed.error, byKey(0));
	const issues: ContentIssue[] = [];
	for (const kc of parsed.data) {
		if (!moduleIds.includes(kc.module))
			issues.push({
				file: structure.file,
				entry: kc.module,
				field: 'module',
				message: `there is no module "${kc.module}" in src/content/training/modules.yaml.${suggest(kc.module, moduleIds)}`,
			});
		kc.questions.forEach((q, i) => {
			if (q.answer >= q.options)
				issues.push({
					file: structure.file,
					entry: kc.module,
					field: `questions.${i}.answer`,
					message: `answer ${q.answer} does not exist: question "${q.id}" has ${q.options} options, counted from 0.`,
				});
			issues.push(
				...unknownRefs(
					structure.file,
					kc.module,
					`questions.${i}.step`,
					[q.step],
					[...stepRefs],
					noStep,
				).map((x) => ({ ...x, field: `questions.${i}.step` })),
			);
		});
	}
	for (const id of moduleIds) {
		if (!parsed.data.some((kc) => kc.module === id))
			issues.push({
				file: structure.file,
				entry: id,
				message: `the module "${id}" has no knowledge check. Add 4–6 questions here and their texts in src/content/knowledge-check-texts/.`,
			});
	}
	for (const locale of locales) {
		const file = texts.get(locale);
		if (!file) {
			if (required(locale))
				issues.push({
					file: `src/content/knowledge-check-texts/${locale}.yaml`,
					message: `the "${locale}" knowledge checks are missing.`,
				});
			continue;
		}
		const t = knowledgeCheckTextsSchema.safeParse(file.data);
		if (!t.success) {
			issues.push(...fromZodIssues(file.file, t.error, byKey(1)));
			continue;
		}
		for (const kc of parsed.data) {
			const entry = t.data[kc.module];
			for (const q of kc.questions) {
				const text = entry?.[q.id];
				if (!text) {
					if (required(locale))
						issues.push({
							file: file.file,
							entry: kc.module,
							field: q.id,
							message: `the question "${q.id}" is missing in "${locale}".`,
						});
				} else if (text.options.length !== q.options) {
					issues.push({
						file: file.file,
						entry: kc.module,
						field: `${q.id}.options`,
						message: `${text.options.length} options, but ${structure.file} says ${q.options}. The answer is counted by position, so every locale lists the same options in the same order.`,
					});
				}
			}
		}
	}
	return issues;
}
