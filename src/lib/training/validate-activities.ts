/**
 * Checks that each module's activities account for its stated length, that every locale's activity texts
 * match the structure (count and minutes), and that every activity has a facilitator note in every locale.
 */
import type { ContentIssue } from '../content/issues.ts';
import { byKey, fromZodIssues, suggest } from '../content/issues.ts';
import type { SourceFile } from '../content/load.ts';
import type { TrainingModule } from '../content/schemas.ts';
import { activityTexts, minutesInText, trainingNotesSchema } from './activities.ts';

export function checkActivities(
	file: string,
	modules: readonly TrainingModule[],
	texts: (locale: string) => Record<string, { activities: string[] }> | undefined,
	notes: Map<string, SourceFile>,
	locales: readonly string[],
	required: (locale: string) => boolean,
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const m of modules) {
		const total = m.activities.reduce((n, a) => n + a.minutes, 0);
		if (total !== m.minutes) {
			const list = m.activities.map((a) => `${a.id} ${a.minutes}`).join(' + ');
			issues.push({
				file,
				entry: m.id,
				field: 'activities',
				message: `the activities add up to ${total} minutes (${list}), but the module says "minutes: ${m.minutes}". Change an activity's minutes, add or remove an activity, or correct the module's length so that they agree.`,
			});
		}
		const seen = new Set<string>();
		m.activities.forEach((a, i) => {
			if (seen.has(a.id))
				issues.push({
					file,
					entry: m.id,
					field: `activities.${i}.id`,
					message: `duplicate activity id "${a.id}" in this module.`,
				});
			seen.add(a.id);
		});
	}
	for (const locale of locales) {
		const own = texts(locale);
		const textFile = `src/content/training-texts/${locale}.yaml`;
		if (own) {
			for (const m of modules) {
				const list = own[m.id]?.activities;
				if (!list) continue;
				const expected = m.activities.filter((a) => !a.kind).length;
				if (list.length !== expected) {
					issues.push({
						file: textFile,
						entry: m.id,
						field: 'activities',
						message: `${list.length} activity texts, but ${file} lists ${expected} activities of this module without a "kind". Texts are matched to activities in order, so the counts must agree.`,
					});
					continue;
				}
				activityTexts(m.activities, list).forEach((text, i) => {
					const a = m.activities[i]!;
					if (text === undefined) return;
					const numbers = minutesInText(text);
					if (numbers.length && !numbers.includes(a.minutes)) {
						const index = list.indexOf(text);
						issues.push({
							file: textFile,
							entry: m.id,
							field: `activities.${index}`,
							message: `the text gives ${numbers.join('/')} minutes, but ${file} gives the activity "${a.id}" ${a.minutes} minutes. Correct whichever is wrong.`,
						});
					}
				});
			}
		}
		const notesFile = notes.get(locale);
		const notesPath = `src/content/training-notes/${locale}.yaml`;
		if (!notesFile) {
			if (required(locale))
				issues.push({
					file: notesPath,
					message: `the "${locale}" facilitator notes are missing: add one note per training activity.`,
				});
			continue;
		}
		const parsed = trainingNotesSchema.safeParse(notesFile.data);
		if (!parsed.success) {
			issues.push(...fromZodIssues(notesFile.file, parsed.error, byKey(1)));
			continue;
		}
		for (const m of modules) {
			const entry = parsed.data[m.id] ?? {};
			for (const a of m.activities) {
				if (!entry[a.id] && required(locale))
					issues.push({
						file: notesFile.file,
						entry: m.id,
						field: a.id,
						message: `the facilitator note for activity "${a.id}" is missing in "${locale}".`,
					});
			}
			for (const id of Object.keys(entry)) {
				if (!m.activities.some((a) => a.id === id))
					issues.push({
						file: notesFile.file,
						entry: m.id,
						field: id,
						message: `there is no activity "${id}" in module "${m.id}" of ${file}. Ids are never translated.${suggest(
							id,
							m.activities.map((a) => a.id),
						)}`,
					});
			}
		}
		for (const id of Object.keys(parsed.data)) {
			if (!modules.some((m) => m.id === id))
				issues.push({
					file: notesFile.file,
					entry: id,
					message: `there is no module "${id}" in ${file}.${suggest(
						id,
						modules.map((m) => m.id),
					)}`,
				});
		}
	}
	return issues;
}
