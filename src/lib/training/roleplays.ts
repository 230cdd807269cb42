/**
 * Role-play kits: per scenario, a customer card (hidden facts, what calms and what inflames, escalation beats
 * with lines), an agent brief, an observer checklist tied to techniques and playbook steps, debrief questions
 * and timing. Structure in src/content/training/roleplays.yaml, texts in src/content/roleplay-texts/<locale>.yaml.
 */
import { z } from 'astro/zod';
import type { ContentIssue } from '../content/issues.ts';
import { byKey, byListId, fromZodIssues, noStep, suggest, unknownRefs } from '../content/issues.ts';
import type { SourceFile } from '../content/load.ts';
import { idSchema, stepRefSchema } from '../content/schemas.ts';
import { checkIds } from '../content/translated-ids.ts';

export const roleplaysSchema = z.array(
	z.strictObject({
		scenario: idSchema,
		timing: z.strictObject({
			brief: z.number().int().min(1),
			play: z.number().int().min(1),
			debrief: z.number().int().min(1),
		}),
		beats: z.number().int().min(2).max(3),
		checklist: z
			.array(z.strictObject({ id: idSchema, technique: idSchema, step: stepRefSchema.optional() }))
			.min(3)
			.max(8),
	}),
);

const line = z.string().trim().min(1);
export const roleplayTextsSchema = z.record(
	z.string(),
	z.strictObject({
		hidden: z.array(line).min(1),
		calms: z.array(line).min(1),
		inflames: z.array(line).min(1),
		beats: z
			.array(z.strictObject({ cue: line, line }))
			.min(2)
			.max(3),
		agent: line,
		checklist: z.record(z.string(), line),
		debrief: z.array(line).min(2),
	}),
);

export type Roleplay = z.infer<typeof roleplaysSchema>[number];
export type RoleplayTexts = z.infer<typeof roleplayTextsSchema>[string];

export function checkRoleplays(
	structure: SourceFile | undefined,
	texts: Map<string, SourceFile>,
	scenarioIds: readonly string[],
	techniqueIds: readonly string[],
	stepRefs: ReadonlySet<string>,
	locales: readonly string[],
	required: (locale: string) => boolean,
): ContentIssue[] {
	if (!structure) return [];
	const parsed = roleplaysSchema.safeParse(structure.data);
	if (!parsed.success)
		return fromZodIssues(structure.file, parsed.error, (path) =>
			byListId((structure.data as { scenario?: string }[]).map((k) => ({ id: k?.scenario })))(path),
		);
	const issues: ContentIssue[] = [];
	const kits = parsed.data;
	for (const kit of kits) {
		const at = (field: string, message: string) =>
			issues.push({ file: structure.file, entry: kit.scenario, field, message });
		if (!scenarioIds.includes(kit.scenario))
			at(
				'scenario',
				`there is no scenario "${kit.scenario}" in src/content/training/modules.yaml.${suggest(kit.scenario, scenarioIds)}`,
			);
		kit.checklist.forEach((item, i) => {
			if (!techniqueIds.includes(item.technique))
				at(
					`checklist.${i}.technique`,
					`unknown technique "${item.technique}".${suggest(item.technique, techniqueIds)}`,
				);
			if (item.step)
				issues.push(
					...unknownRefs(
						structure.file,
						kit.scenario,
						`checklist.${i}`,
						[item.step],
						[...stepRefs],
						noStep,
					).map((x) => ({ ...x, field: `checklist.${i}.step` })),
				);
		});
	}
	// Every scenario gets a kit: a role-play with one shared script is what the kits replace.
	for (const id of scenarioIds) {
		if (!kits.some((k) => k.scenario === id))
			issues.push({
				file: structure.file,
				entry: id,
				message: `the scenario "${id}" has no role-play kit. Add one here (checklist, beats, timing) and its texts in src/content/roleplay-texts/.`,
			});
	}
	for (const locale of locales) {
		const file = texts.get(locale);
		const path = `src/content/roleplay-texts/${locale}.yaml`;
		if (!file) {
			if (required(locale))
				issues.push({ file: path, message: `the "${locale}" role-play kits are missing.` });
			continue;
		}
		const t = roleplayTextsSchema.safeParse(file.data);
		if (!t.success) {
			issues.push(...fromZodIssues(file.file, t.error, byKey(1)));
			continue;
		}
		for (const kit of kits) {
			const entry = t.data[kit.scenario];
			if (!entry) {
				if (required(locale))
					issues.push({
						file: file.file,
						entry: kit.scenario,
						message: `the role-play kit "${kit.scenario}" is missing in "${locale}".`,
					});
				continue;
			}
			if (entry.beats.length !== kit.beats)
				issues.push({
					file: file.file,
					entry: kit.scenario,
					field: 'beats',
					message: `${entry.beats.length} escalation beats, but ${structure.file} says ${kit.beats}.`,
				});
			issues.push(
				...checkIds(
					entry.checklist,
					kit.checklist.map((c) => c.id),
					{
						file: file.file,
						entry: kit.scenario,
						field: 'checklist',
						noun: 'checklist item',
						structureFile: structure.file,
						missing: (id) => `the observer checklist item "${id}" is missing in "${locale}".`,
					},
				),
			);
		}
		for (const id of Object.keys(t.data)) {
			if (!kits.some((k) => k.scenario === id))
				issues.push({
					file: file.file,
					entry: id,
					message: `there is no role-play kit "${id}" in ${structure.file}.${suggest(
						id,
						kits.map((k) => k.scenario),
					)}`,
				});
		}
	}
	return issues;
}
