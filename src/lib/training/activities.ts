/**
 * Training activities: how a module's time is spent. The structure (ids, minutes, shared kinds, materials)
 * lives in src/content/training/modules.yaml; a module's own activities take their text, in order, from
 * `activities` in the training texts; facilitator notes live in src/content/training-notes/<locale>.yaml.
 */
import { z } from 'astro/zod';
import type { TrainingModule } from '../content/schemas.ts';

export type Activity = TrainingModule['activities'][number];

/** `<module>: { <activity>: note }`, one file per locale. */
export const trainingNotesSchema = z.record(
	z.string(),
	z.record(z.string(), z.string().trim().min(1)),
);
export type TrainingNotes = z.infer<typeof trainingNotesSchema>;

/** Pairs each activity with its text: own activities in order, shared kinds without one. */
export function activityTexts(
	activities: readonly Activity[],
	texts: readonly string[],
): (string | undefined)[] {
	let own = 0;
	return activities.map((a) => (a.kind ? undefined : texts[own++]));
}

/**
 * An activity text starts with its name and a parenthesis giving group size and minutes:
 * "Juego de roles (tríos, 20 minutos): …", 「ロールプレイ（3人組、20分）：…」.
 */
export function splitActivityText(text: string): { name: string; head: string; body: string } {
	const colon = text.search(/[:：]/);
	const head = colon >= 0 ? text.slice(0, colon) : text;
	const body = colon >= 0 ? text.slice(colon + 1).trim() : '';
	const name = head.split(/\s*[(（]/)[0]!.trim();
	return { name, head, body };
}

/** The numbers in the activity's heading, e.g. [20] in "Juego de roles (tríos, 20 minutos)". */
export function minutesInText(text: string): number[] {
	return [...splitActivityText(text).head.matchAll(/\d+/g)].map((m) => Number(m[0]));
}
