/** Checks playbook structures, their per-locale texts and the technique taxonomy. */
import type { ContentIssue } from './issues.ts';
import { byKey, fromZodIssues, suggest, type Locate } from './issues.ts';
import type { RawContent, SourceFile } from './load.ts';
import {
	idPattern,
	idProblem,
	playbookSchema,
	playbookTextsSchema,
	techniquesSchema,
	techniqueTextsSchema,
	type Playbook,
} from './schemas.ts';

export interface PlaybookCheck {
	issues: ContentIssue[];
	playbooks: Playbook[];
	/** Every `<playbook-id>/<step-id>` that exists, for references from phrases and the tree. */
	stepRefs: Set<string>;
	techniqueIds: string[];
}

export function checkTechniques(
	content: RawContent,
	locales: readonly string[],
	required: (locale: string) => boolean = () => true,
) {
	const issues: ContentIssue[] = [];
	const file = content.techniques;
	if (!file) {
		return {
			issues: [{ file: 'src/content/techniques.yaml', message: 'the technique list is missing.' }],
			ids: [],
		};
	}
	const parsed = techniquesSchema.safeParse(file.data);
	if (!parsed.success)
		return { issues: fromZodIssues(file.file, parsed.error, byKey(1), techniquesSchema), ids: [] };
	const ids = parsed.data;
	for (const id of duplicates(ids))
		issues.push({ file: file.file, entry: id, message: 'this technique is listed twice.' });
	for (const locale of locales) {
		const texts = content.techniqueTexts.get(locale);
		if (!texts) {
			if (required(locale))
				issues.push({
					file: `src/content/technique-texts/${locale}.yaml`,
					message: `the technique names for "${locale}" are missing.`,
				});
			continue;
		}
		const parsedTexts = techniqueTextsSchema.safeParse(texts.data);
		if (!parsedTexts.success) {
			issues.push(...fromZodIssues(texts.file, parsedTexts.error, byKey(1), techniqueTextsSchema));
			continue;
		}
		issues.push(
			...keyParity(
				texts.file,
				Object.keys(parsedTexts.data),
				ids,
				'technique',
				'src/content/techniques.yaml',
				locale,
				required(locale),
			),
		);
	}
	return { issues, ids };
}

export function checkPlaybooks(
	content: RawContent,
	locales: readonly string[],
	required: (locale: string) => boolean = () => true,
): PlaybookCheck {
	const { issues, ids: techniqueIds } = checkTechniques(content, locales, required);
	const playbooks: Playbook[] = [];
	const stepRefs = new Set<string>();

	for (const file of content.playbooks) {
		const parsed = playbookSchema.safeParse(file.data);
		if (!parsed.success) {
			issues.push(...fromZodIssues(file.file, parsed.error, locateStep(file.data), playbookSchema));
			continue;
		}
		const playbook = parsed.data;
		if (playbook.id !== file.name) {
			issues.push({
				file: file.file,
				field: 'id',
				message: `the id "${playbook.id}" must equal the file name "${file.name}".`,
			});
		}
		const seen = new Set<string>();
		for (const section of playbook.sections) {
			if (seen.has(section.id))
				issues.push({
					file: file.file,
					entry: section.id,
					field: 'id',
					message:
						'duplicate id: section and step ids are anchors and must be unique within a playbook.',
				});
			seen.add(section.id);
			for (const step of section.steps) {
				if (seen.has(step.id))
					issues.push({
						file: file.file,
						entry: step.id,
						field: 'id',
						message:
							'duplicate step id: section and step ids are anchors and must be unique within a playbook.',
					});
				seen.add(step.id);
				stepRefs.add(`${playbook.id}/${step.id}`);
				step.techniques.forEach((t, i) => {
					if (!techniqueIds.includes(t)) {
						issues.push({
							file: file.file,
							entry: step.id,
							field: `techniques.${i}`,
							ref: t,
							message: `unknown technique "${t}". Techniques are listed in src/content/techniques.yaml.${suggest(t, techniqueIds)}`,
						});
					}
				});
			}
		}
		playbooks.push(playbook);
	}

	for (const locale of locales) {
		const files = content.playbookTexts.get(locale) ?? [];
		for (const playbook of playbooks) {
			const texts = files.find((f) => f.name === playbook.id);
			const expected = `src/content/playbook-texts/${locale}/${playbook.id}.yaml`;
			if (!texts) {
				if (required(locale))
					issues.push({
						file: expected,
						message: `the "${locale}" texts of playbook "${playbook.id}" are missing. Copy the source language file and translate it.`,
					});
				continue;
			}
			issues.push(...checkPlaybookTexts(texts, playbook, locale, required(locale)));
		}
		for (const f of files) {
			if (
				!playbooks.some((p) => p.id === f.name) &&
				!content.playbooks.some((p) => p.name === f.name)
			) {
				issues.push({
					file: f.file,
					message: `there is no playbook "${f.name}" in src/content/playbooks/. File names are playbook ids and are never translated.${suggest(
						f.name,
						playbooks.map((p) => p.id),
					)}`,
				});
			}
		}
	}
	return { issues, playbooks, stepRefs, techniqueIds };
}

function checkPlaybookTexts(
	texts: SourceFile,
	playbook: Playbook,
	locale: string,
	requireAll: boolean,
): ContentIssue[] {
	const parsed = playbookTextsSchema.safeParse(texts.data);
	if (!parsed.success) {
		return fromZodIssues(texts.file, parsed.error, locateText, playbookTextsSchema);
	}
	const structure = `src/content/playbooks/${playbook.id}.yaml`;
	const sectionIds = playbook.sections.map((s) => s.id);
	const stepIds = playbook.sections.flatMap((s) => s.steps.map((st) => st.id));
	return [
		...keyParity(
			texts.file,
			Object.keys(parsed.data.sections),
			sectionIds,
			'section',
			structure,
			locale,
			requireAll,
		),
		...keyParity(
			texts.file,
			Object.keys(parsed.data.steps),
			stepIds,
			'step',
			structure,
			locale,
			requireAll,
		),
	];
}

/** Compares the ids a locale file translates with the ids the structure defines. */
export function keyParity(
	file: string,
	actual: readonly string[],
	expected: readonly string[],
	noun: string,
	structureFile: string,
	locale: string,
	requireAll = true,
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const id of expected) {
		if (requireAll && !actual.includes(id)) {
			issues.push({
				file,
				entry: id,
				message: `the ${noun} "${id}" is missing in "${locale}" (it is defined in ${structureFile}). Add its texts.`,
			});
		}
	}
	for (const id of actual) {
		if (!expected.includes(id)) {
			const why = idPattern.test(id) ? '' : ` ${idProblem(id)}`;
			issues.push({
				file,
				entry: id,
				ref: id,
				message: `there is no ${noun} "${id}" in ${structureFile}. Ids are never translated; rename it to an existing id or add it to the structure.${why}${suggest(id, expected)}`,
			});
		}
	}
	return issues;
}

/** `sections.<i>.steps.<j>.<field>`: names the step (or section) by its id. */
const locateStep =
	(data: unknown): Locate =>
	(path) => {
		const sections = (data as { sections?: { id?: unknown; steps?: { id?: unknown }[] }[] } | null)
			?.sections;
		const [a, i, b, j] = path;
		if (a !== 'sections' || typeof i !== 'number') return { fieldStart: 0 };
		const section = sections?.[i];
		if (b === 'steps' && typeof j === 'number') {
			const id = section?.steps?.[j]?.id;
			return {
				entry: typeof id === 'string' ? id : `step ${j + 1} of section ${i + 1}`,
				fieldStart: 4,
			};
		}
		return {
			entry: typeof section?.id === 'string' ? section.id : `section ${i + 1}`,
			fieldStart: 2,
		};
	};

/** `steps.<id>.<field>` and `sections.<id>.<field>` name the step or section. */
const locateText: Locate = (path) =>
	(path[0] === 'steps' || path[0] === 'sections') && path.length > 1
		? { entry: String(path[1]), fieldStart: 2 }
		: { fieldStart: 0 };

export function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	const dups = new Set<string>();
	for (const v of values) (seen.has(v) ? dups : seen).add(v);
	return [...dups];
}
