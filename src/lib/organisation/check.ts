/**
 * The content check's part for organisation settings: the file parses, every site locale has every field
 * with a usable value, and every `[[…]]` token in the content names a known field. Messages name the file,
 * the locale (as the entry) and the field, like every other content issue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { byKey, fromZodIssues, type ContentIssue } from '../content/issues.ts';
import type { RawContent, SourceFile } from '../content/load.ts';
import {
	organisationFields,
	organisationFile,
	organisationSchema,
	unknownTokens,
} from './settings.ts';

export function checkOrganisationFile(
	root: string,
	locales: readonly string[],
	file = organisationFile,
	required: (locale: string) => boolean = () => true,
): ContentIssue[] {
	const path = join(root, file);
	if (!existsSync(path))
		return [
			{
				file,
				message:
					'the organisation settings file is missing. Copy it from the repository and adjust the values (see README, "Organisation settings").',
			},
		];
	let data: unknown;
	try {
		data = parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return [
			{
				file,
				message: `the YAML does not parse (${String((error as Error).message).split('\n')[0]}).`,
			},
		];
	}
	const parsed = organisationSchema.safeParse(data);
	if (!parsed.success)
		return fromZodIssues(file, parsed.error, (p) =>
			p[0] === 'locales' && p.length > 1 ? byKey(2)(p) : byKey(0)(p),
		);
	return locales.flatMap((locale) =>
		parsed.data.locales[locale] || !required(locale)
			? []
			: [
					{
						file,
						entry: locale,
						message: `the settings for locale "${locale}" are missing: add a "${locale}:" block under "locales" with ${organisationFields.join(', ')} and confirmed.`,
					},
				],
	);
}

/** Reports `[[…]]` tokens that do not name a field, e.g. `[[org.emergencyNumer]]` or `[[emergencyNumber]]`. */
export function checkOrganisationTokens(content: RawContent): ContentIssue[] {
	const files: SourceFile[] = [
		...[...content.playbookTexts.values()].flat(),
		...[...content.phraseTexts.values()].flat(),
		...content.treeTexts.values(),
		...content.trainingTexts.values(),
		...content.techniqueTexts.values(),
	];
	const issues: ContentIssue[] = [];
	for (const file of files) {
		const entries =
			file.data && typeof file.data === 'object'
				? Object.entries(file.data as Record<string, unknown>)
				: [];
		for (const [entry, value] of entries) {
			for (const name of new Set(unknownTokens(JSON.stringify(value) ?? ''))) {
				issues.push({
					file: file.file,
					entry,
					message: `"[[${name}]]" is not an organisation setting. Use one of ${organisationFields.map((f) => `[[org.${f}]]`).join(', ')} (defined in ${organisationFile}).`,
				});
			}
		}
	}
	return issues;
}
