/**
 * What every translated texts file owes its language-neutral structure (training modules and their
 * scenarios, escalation nodes and their options): a text for each id the structure defines, and no id it
 * does not define. Ids are never translated, so an unknown id is a translated or misspelt one, and the
 * message names the id it most likely meant.
 */
import type { z } from 'astro/zod';
import { byKey, fromZodIssues, suggest, type ContentIssue } from './issues.ts';

/**
 * One locale's texts file, parsed. When it is absent (`missing` is the issue to report then, or false
 * when the locale need not be complete) or does not match its schema, the issues go into `issues` and the
 * result is undefined.
 */
export function parseLocaleTexts<S extends z.ZodType>(
	issues: ContentIssue[],
	texts: { file: string; data: unknown } | undefined,
	schema: S,
	missing: ContentIssue | false,
): z.output<S> | undefined {
	if (!texts) {
		if (missing) issues.push(missing);
		return undefined;
	}
	const parsed = schema.safeParse(texts.data);
	if (parsed.success) return parsed.data;
	issues.push(...fromZodIssues(texts.file, parsed.error, byKey(1), schema));
	return undefined;
}

export interface IdsCheck {
	/** The texts file. */
	file: string;
	/** The entry the ids sit in (a module, a question); unset when the ids are entries themselves. */
	entry?: string;
	/** The field the ids sit under (`scenarios`, `options`); unset when the ids are entries themselves. */
	field?: string;
	/** What an id names, for the message: `module`, `scenario`, `node`, `option`. */
	noun: string;
	/** The structure file that defines the ids. */
	structureFile: string;
	/** The message for an id without a text; unset when the locale need not be complete. */
	missing?: (id: string) => string;
}

/** Every id of `known` without a text in `texts` (if `missing` is set), then every id of `texts` not in `known`. */
export function checkIds(
	texts: Readonly<Record<string, unknown>>,
	known: readonly string[],
	check: IdsCheck,
): ContentIssue[] {
	const at = (id: string): Omit<ContentIssue, 'message'> => ({
		file: check.file,
		entry: check.entry ?? id,
		...(check.field ? { field: `${check.field}.${id}` } : {}),
	});
	const { missing } = check;
	return [
		...(missing
			? known.filter((id) => !texts[id]).map((id) => ({ ...at(id), message: missing(id) }))
			: []),
		...Object.keys(texts)
			.filter((id) => !known.includes(id))
			.map((id) => ({
				...at(id),
				message: `there is no ${check.noun} "${id}" in ${check.structureFile}. Ids are never translated.${suggest(id, known)}`,
			})),
	];
}
