/**
 * A content problem, reported so that a localiser can find and fix it without reading code:
 * which file, which entry in it, which field, and what to do.
 */
import type { z } from 'astro/zod';

export interface ContentIssue {
	/** Path relative to the project root, e.g. `src/content/playbooks/resolved-method.yaml`. */
	file: string;
	/** The entry inside the file (a step id, a phrase id, a UI key…), when there is one. */
	entry?: string;
	/** The field of the entry, as a dotted path (`techniques.1`). */
	field?: string;
	message: string;
}

export function formatIssue(issue: ContentIssue): string {
	const where = [issue.file];
	if (issue.entry) where.push(`entry "${issue.entry}"`);
	if (issue.field) where.push(`field "${issue.field}"`);
	return `${where.join(' › ')}: ${issue.message}`;
}

export function formatIssues(issues: readonly ContentIssue[]): string {
	const lines = issues.map((i) => `  - ${formatIssue(i)}`);
	const noun = issues.length === 1 ? 'problem' : 'problems';
	return `Content check found ${issues.length} ${noun}:\n${lines.join('\n')}`;
}

/**
 * Says which entry a zod issue path belongs to and where its field path starts. Maps keyed by id use
 * `byKey(1)`; lists of objects name the entry by its `id` field, so a message says "phrase calm-down"
 * rather than "item 7".
 */
export type Locate = (path: PropertyKey[]) => { entry?: string; fieldStart: number };

export const byKey =
	(depth: number): Locate =>
	(path) => ({ entry: path.length > depth - 1 && depth > 0 ? String(path[depth - 1]) : undefined, fieldStart: depth });

export const byListId =
	(data: unknown): Locate =>
	(path) => {
		const index = path[0];
		const item = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: unknown }) : undefined;
		const id = item && typeof item === 'object' && typeof item.id === 'string' ? item.id : undefined;
		return { entry: id ?? (typeof index === 'number' ? `item ${index + 1}` : undefined), fieldStart: 1 };
	};

export function fromZodIssues(file: string, error: z.ZodError, locate: Locate = byKey(0)): ContentIssue[] {
	return error.issues.map((issue) => {
		const { entry, fieldStart } = locate(issue.path);
		const fieldPath = issue.path.slice(fieldStart);
		const field = fieldPath.length ? fieldPath.map(String).join('.') : undefined;
		return { file, entry, field, message: zodMessage(issue) };
	});
}

function zodMessage(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against docs/content-model.md`;
	}
	if (issue.code === 'invalid_value' && 'values' in issue) {
		return `${issue.message}: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	}
	return issue.message;
}

/**
 * A reference list checked against what exists: one issue per unknown id, naming its position
 * (`steps.2`) and the likely intended id. Used for every cross-reference (steps, phrases, alternatives).
 */
export function unknownRefs(file: string, entry: string, field: string, ids: readonly string[], known: readonly string[], describe: (id: string) => string): ContentIssue[] {
	return ids.flatMap((id, i) => (known.includes(id) ? [] : [{ file, entry, field: `${field}.${i}`, message: `${describe(id)}${suggest(id, known)}` }]));
}

export const noStep = (ref: string) => `"${ref}" points to no playbook step.`;
export const noPhrase = (id: string) => `there is no phrase "${id}" in src/content/phrases/.`;

/** Levenshtein-based "did you mean" for ids, so a typo names its likely fix. */
export function suggest(value: string, candidates: readonly string[]): string {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const c of candidates) {
		const d = distance(value, c);
		if (d < bestScore) {
			best = c;
			bestScore = d;
		}
	}
	return best && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? ` Did you mean "${best}"?` : '';
}

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length]!;
}
