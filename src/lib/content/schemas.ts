/**
 * Zod schemas for every kind of content. `src/content.config.ts` hands them to Astro's content layer, and
 * `validate.ts` uses the same schemas before the build so that errors name the file, entry and field.
 * Objects are strict: a misspelt field is an error, not silently ignored text.
 */
import { z } from 'astro/zod';
import { channels, intents, situations } from './taxonomy.ts';

/** Language-neutral ids: ASCII, lowercase, words joined by single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().superRefine((value, ctx) => {
	if (!idPattern.test(value)) ctx.addIssue({ code: 'custom', message: idProblem(value) });
});

/**
 * Explains why an id is not valid. A lookalike (Cyrillic "е", Greek "ο", a non-breaking hyphen) is the
 * classic localiser mistake: invisible in an editor, so the message names the character and its code point.
 */
export function idProblem(value: string): string {
	const foreign = [...value].filter((c) => !/[a-z0-9-]/.test(c));
	const rule =
		'ids use ASCII lowercase letters, digits and single hyphens (e.g. "verify-the-solution") and are never translated';
	if (!foreign.length) return `"${value}" is not a valid id: ${rule}.`;
	const names = [...new Set(foreign)].map(
		(c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
	);
	return `"${value}" is not a valid id: it contains ${names.join(', ')}, which ${foreign.length > 1 ? 'are' : 'is'} not allowed (a lookalike of an ASCII character, or a translated id?). ${rule[0]!.toUpperCase()}${rule.slice(1)}.`;
}

/** `<playbook-id>/<step-id>`, a reference to one playbook step. */
export const stepRefSchema = z
	.string()
	.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'step references look like "<playbook-id>/<step-id>"');

const text = z.string().trim().min(1, 'must not be empty');
const paragraphs = z.array(text);

// ---- Playbooks -------------------------------------------------------------------------------------------

export const playbookStepSchema = z.strictObject({
	id: idSchema,
	techniques: z.array(idSchema).min(1, 'a step teaches at least one technique'),
	restored: z.boolean().optional(),
});

export const playbookSchema = z.strictObject({
	id: idSchema,
	source: z.strictObject({ file: text, language: text }),
	sections: z
		.array(z.strictObject({ id: idSchema, steps: z.array(playbookStepSchema).min(1) }))
		.min(1),
});

export const playbookTextsSchema = z.strictObject({
	title: text,
	summary: text,
	intro: paragraphs.optional(),
	keywords: z.array(text).optional(),
	sections: z.record(z.string(), z.strictObject({ title: text, intro: paragraphs.optional() })),
	steps: z.record(
		z.string(),
		z.strictObject({
			title: text,
			guidance: paragraphs.min(1),
			tips: paragraphs.optional(),
			warnings: paragraphs.optional(),
			keywords: z.array(text).optional(),
		}),
	),
});

// ---- Techniques ------------------------------------------------------------------------------------------

export const techniquesSchema = z.array(idSchema).min(1);
export const techniqueTextsSchema = z.record(
	z.string(),
	z.strictObject({ name: text, description: text }),
);

// ---- Phrases ---------------------------------------------------------------------------------------------

export const phraseSchema = z.strictObject({
	id: idSchema,
	situations: z.array(z.enum(situations)).min(1),
	intents: z.array(z.enum(intents)).min(1),
	channels: z.array(z.enum(channels)).min(1),
	steps: z.array(stepRefSchema).default([]),
	avoid: z.boolean().optional(),
	alternatives: z.array(idSchema).optional(),
});
export const phraseGroupSchema = z.array(phraseSchema);

export const phraseTextsSchema = z.record(
	z.string(),
	z.strictObject({ text, why: text.optional(), keywords: z.array(text).optional() }),
);

// ---- Escalation tree -------------------------------------------------------------------------------------

const questionNode = z.strictObject({
	id: idSchema,
	kind: z.literal('question'),
	// An empty list is reported by the tree check, which can say that the path then ends without an outcome.
	options: z.array(z.strictObject({ id: idSchema, next: idSchema })),
});
const outcomeNode = z.strictObject({
	id: idSchema,
	kind: z.literal('outcome'),
	rule: z.number().int().min(1).max(9),
	severity: z.enum(['urgent', 'escalate', 'resolve']),
	phrases: z.array(idSchema).default([]),
	steps: z.array(stepRefSchema).default([]),
});
export const treeSchema = z.strictObject({
	start: idSchema,
	nodes: z.array(z.discriminatedUnion('kind', [questionNode, outcomeNode])).min(1),
});

export const treeTextsSchema = z.record(
	z.string(),
	z.union([
		z.strictObject({ question: text, help: text.optional(), options: z.record(z.string(), text) }),
		z.strictObject({
			title: text,
			summary: text,
			actions: paragraphs.min(1),
			notify: paragraphs.min(1),
			document: paragraphs.min(1),
		}),
	]),
);

// ---- Training modules ------------------------------------------------------------------------------------

export const materialIds = [
	'whiteboard',
	'recordings',
	'timer',
	'scenario-cards',
	'resolved-cards',
	'agent-replies',
	'incident-forms',
	'case-notes',
	'pocket-card',
	'answer-key',
] as const;
const activitySchema = z.strictObject({
	id: idSchema,
	minutes: z.number().int().min(1).max(240),
	/** A shared activity named by a UI string; without it, the module's own activity text (in order). */
	kind: z.enum(['debrief', 'knowledge-check']).optional(),
	materials: z.array(z.enum(materialIds)).default([]),
});

export const trainingSchema = z.array(
	z.strictObject({
		id: idSchema,
		minutes: z.number().int().min(5).max(480),
		// How the module's time is spent (see src/lib/training/activities.ts); they add up to `minutes`.
		activities: z.array(activitySchema).min(1),
		steps: z.array(stepRefSchema).min(1),
		phrases: z.array(idSchema).default([]),
		scenarios: z
			.array(
				z.strictObject({
					id: idSchema,
					steps: z.array(stepRefSchema).default([]),
					phrases: z.array(idSchema).default([]),
				}),
			)
			.default([]),
	}),
);

export const trainingTextsSchema = z.record(
	z.string(),
	z.strictObject({
		title: text,
		summary: text,
		objectives: paragraphs.min(1),
		activities: paragraphs.min(1),
		questions: paragraphs.min(1),
		scenarios: z
			.record(
				z.string(),
				z.strictObject({ title: text, customer: text, situation: text, task: text }),
			)
			.default({}),
	}),
);

export type TrainingModule = z.infer<typeof trainingSchema>[number];
export type TrainingTexts = z.infer<typeof trainingTextsSchema>;
export type Playbook = z.infer<typeof playbookSchema>;
export type PlaybookTexts = z.infer<typeof playbookTextsSchema>;
export type Phrase = z.infer<typeof phraseSchema>;
export type PhraseTexts = z.infer<typeof phraseTextsSchema>;
export type Tree = z.infer<typeof treeSchema>;
export type TreeNode = Tree['nodes'][number];
export type TreeTexts = z.infer<typeof treeTextsSchema>;
export type TechniqueTexts = z.infer<typeof techniqueTextsSchema>;
