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
	/** Warnings are printed but do not fail the build; everything else is an error. */
	severity?: 'error' | 'warning';
	/** The id this problem is about when it is a reference or a translated entry (for collapsing follow-ons). */
	ref?: string;
	/** Set when another problem causes this one: the file of that root cause. */
	cause?: string;
}

export const isError = (issue: ContentIssue) => issue.severity !== 'warning';

export function formatIssue(issue: ContentIssue): string {
	const where = [issue.file];
	if (issue.entry) where.push(`entry "${issue.entry}"`);
	if (issue.field) where.push(`field "${issue.field}"`);
	return `${where.join(' › ')}: ${issue.message}`;
}

/**
 * The report a person reads: errors before warnings, and each root cause followed by a count of the
 * problems it causes, instead of hundreds of follow-on lines that hide it.
 */
export function formatIssues(issues: readonly ContentIssue[]): string {
	const roots = issues.filter((i) => !i.cause);
	const followOns = new Map<string, number>();
	for (const i of issues) if (i.cause) followOns.set(i.cause, (followOns.get(i.cause) ?? 0) + 1);
	const ordered = [...roots.filter(isError), ...roots.filter((i) => !isError(i))];
	const lastOfFile = new Map(ordered.map((i, n) => [i.file, n]));
	const lines = ordered.flatMap((issue, n) => {
		const line = `  - ${isError(issue) ? '' : 'warning: '}${formatIssue(issue)}`;
		const more = lastOfFile.get(issue.file) === n ? followOns.get(issue.file) : undefined;
		return more
			? [
					line,
					`    … and ${more} more ${more === 1 ? 'problem' : 'problems'} caused by this (they go away once it is fixed)`,
				]
			: [line];
	});
	const errors = issues.filter(isError).length;
	const warnings = issues.length - errors;
	const count = [
		errors && `${errors} ${errors === 1 ? 'problem' : 'problems'}`,
		warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
	]
		.filter(Boolean)
		.join(' and ');
	return `Content check found ${count}:\n${lines.join('\n')}`;
}

/**
 * Says which entry a zod issue path belongs to and where its field path starts. Maps keyed by id use
 * `byKey(1)`; lists of objects name the entry by its `id` field, so a message says "phrase calm-down"
 * rather than "item 7".
 */
export type Locate = (path: PropertyKey[]) => { entry?: string; fieldStart: number };

export const byKey =
	(depth: number): Locate =>
	(path) => ({
		entry: path.length > depth - 1 && depth > 0 ? String(path[depth - 1]) : undefined,
		fieldStart: depth,
	});

export const byListId =
	(data: unknown): Locate =>
	(path) => {
		const index = path[0];
		const item =
			Array.isArray(data) && typeof index === 'number'
				? (data[index] as { id?: unknown })
				: undefined;
		const id =
			item && typeof item === 'object' && typeof item.id === 'string' ? item.id : undefined;
		return {
			entry: id ?? (typeof index === 'number' ? `item ${index + 1}` : undefined),
			fieldStart: 1,
		};
	};

export function fromZodIssues(
	file: string,
	error: z.ZodError,
	locate: Locate = byKey(0),
	schema?: z.ZodType,
): ContentIssue[] {
	const issues = error.issues;
	// A misspelt field shows up twice: as an unknown field and as the real one missing. Say it once, as a typo.
	const typos = new Map<string, string>();
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const known = schema ? knownKeysAt(schema, issue.path) : [];
		for (const key of issue.keys) {
			const fix = suggest(key, known).match(/"([^"]+)"/)?.[1];
			if (fix) typos.set(pathKey([...issue.path, fix]), key);
		}
	}
	const out = issues.flatMap((issue) => {
		if (issue.code === 'invalid_type' && typos.has(pathKey(issue.path))) return [];
		const { entry, fieldStart } = locate(issue.path);
		const fieldPath = issue.path.slice(fieldStart);
		const field = fieldPath.length ? fieldPath.map(String).join('.') : undefined;
		const known =
			schema && issue.code === 'unrecognized_keys' ? knownKeysAt(schema, issue.path) : [];
		return [{ file, entry, field, message: zodMessage(issue, known) }];
	});
	// Unknown fields first: they usually explain the rest.
	return [
		...out.filter((i) => i.message.startsWith('unknown field')),
		...out.filter((i) => !i.message.startsWith('unknown field')),
	];
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

/** The field names a schema allows at a path (objects inside arrays, records, unions and optionals). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	type Def = {
		type: string;
		shape?: Record<string, z.ZodType>;
		element?: z.ZodType;
		valueType?: z.ZodType;
		innerType?: z.ZodType;
		options?: z.ZodType[];
		in?: z.ZodType;
	};
	const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
	const unwrap = (s: z.ZodType): z.ZodType[] => {
		const d = def(s);
		if (d.innerType) return unwrap(d.innerType);
		if (d.type === 'pipe' && d.in) return unwrap(d.in);
		if (d.type === 'union' && d.options) return d.options.flatMap(unwrap);
		return [s];
	};
	let current = unwrap(schema);
	for (const segment of path) {
		current = current.flatMap((s) => {
			const d = def(s);
			if (d.type === 'object' && d.shape)
				return d.shape[String(segment)] ? unwrap(d.shape[String(segment)]!) : [];
			if (d.type === 'array' && d.element) return unwrap(d.element);
			if (d.type === 'record' && d.valueType) return unwrap(d.valueType);
			return [];
		});
	}
	return [...new Set(current.flatMap((s) => Object.keys(def(s).shape ?? {})))];
}

function zodMessage(issue: z.core.$ZodIssue, known: readonly string[] = []): string {
	if (issue.code === 'unrecognized_keys') {
		const hints = issue.keys.map((k) => suggest(k, known)).filter(Boolean);
		const allowed = known.length
			? ` Allowed here: ${known.join(', ')}.`
			: ' Check the spelling against docs/content-model.md.';
		return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}.${hints.join('')}${allowed}`;
	}
	if (issue.code === 'invalid_value' && 'values' in issue) {
		return `${issue.message}: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
	}
	if (issue.code === 'invalid_type' && issue.expected === 'string') {
		const found = /received (\w+)/.exec(issue.message)?.[1];
		if (found === 'undefined') return 'this field is required: add it (text).';
		if (found && found !== 'string') {
			return `expected text but YAML read a ${found === 'object' || found === 'array' ? found : `${found} value`}: unquoted numbers, true/false and null are not text in YAML. Put the value in quotes ("…").`;
		}
	}
	if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
		return `this field is required (${issue.expected}).`;
	return issue.message;
}

/**
 * A reference list checked against what exists: one issue per unknown id, naming its position
 * (`steps.2`) and the likely intended id. Used for every cross-reference (steps, phrases, alternatives).
 */
export function unknownRefs(
	file: string,
	entry: string,
	field: string,
	ids: readonly string[],
	known: readonly string[],
	describe: (id: string) => string,
): ContentIssue[] {
	return ids.flatMap((id, i) =>
		known.includes(id)
			? []
			: [
					{
						file,
						entry,
						field: `${field}.${i}`,
						ref: id,
						message: `${describe(id)}${suggest(id, known)}`,
					},
				],
	);
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
	return best && bestScore <= Math.max(2, Math.floor(value.length / 3))
		? ` Did you mean "${best}"?`
		: '';
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
