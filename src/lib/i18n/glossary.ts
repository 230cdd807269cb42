/**
 * The termbase: one file per locale, `src/content/glossary/<locale>.yaml`, one preferred term per concept and
 * the variants not to use. The checker reads every text of the locale (playbooks, phrases, tree, training,
 * techniques, UI strings; search keywords excepted, since they are meant to hold what people type) and warns
 * where a forbidden variant appears, naming file, entry, field and the term to use. Warnings, not errors:
 * a variant can be right in a quotation, and a translator decides.
 */
import { z } from 'astro/zod';
import { fromZodIssues, type ContentIssue } from '../content/issues.ts';
import type { RawContent } from '../content/load.ts';
import { idSchema } from '../content/schemas.ts';
import { leaves } from './leaves.ts';
import type { Entry } from './status.ts';

export const glossarySchema = z.array(
	z.strictObject({
		concept: idSchema,
		term: z.string().trim().min(1, 'must not be empty'),
		forbidden: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
		note: z.string().optional(),
	}),
);
export type Glossary = z.infer<typeof glossarySchema>;

/** Format errors of the glossary files (these fail the content check like any broken content). */
export function checkGlossaryFiles(content: RawContent): ContentIssue[] {
	return [...(content.glossary?.values() ?? [])].flatMap((file) => {
		const parsed = glossarySchema.safeParse(file.data ?? []);
		if (!parsed.success)
			return fromZodIssues(file.file, parsed.error, (path) => ({
				entry:
					typeof path[0] === 'number'
						? String(
								(file.data as { concept?: string }[])[path[0]]?.concept ?? `item ${path[0] + 1}`,
							)
						: undefined,
				fieldStart: 1,
			}));
		const seen = new Set<string>();
		return parsed.data.flatMap((t) =>
			seen.has(t.concept)
				? [
						{
							file: file.file,
							entry: t.concept,
							message: `concept "${t.concept}" appears twice; keep one term per concept.`,
						},
					]
				: (seen.add(t.concept), []),
		);
	});
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a variant occurs: at the start of a word (so a Russian stem such as "заявк" catches every case form),
 * case-insensitively; occurrences inside the preferred term itself (難しいお客様 in 対応が難しいお客様) do not count.
 */
export function findVariant(text: string, variant: string, preferred: string): string | undefined {
	const cleaned = text.toLocaleLowerCase().split(preferred.toLocaleLowerCase()).join('\u0000');
	const v = escape(variant.toLocaleLowerCase());
	// Japanese and Chinese have no spaces between words: there any occurrence counts.
	const pattern = /[\u3040-\u30ff\u3400-\u9fff]/.test(variant)
		? v
		: `(?<![\\p{L}\\p{M}])${v}[\\p{L}\\p{M}]*`;
	return new RegExp(pattern, 'u').exec(cleaned)?.[0];
}

export interface TermWarning extends ContentIssue {
	concept: string;
	term: string;
	variant: string;
}

export function glossaryWarnings(
	list: readonly Entry[],
	locale: string,
	glossary: Glossary,
	glossaryFile: string,
): TermWarning[] {
	const warnings: TermWarning[] = [];
	for (const e of list) {
		for (const [field, text] of leaves(e.texts(locale))) {
			for (const t of glossary) {
				const variant = t.forbidden.map((v) => findVariant(text, v, t.term)).find(Boolean);
				if (variant)
					warnings.push({
						file: e.file(locale),
						entry: e.entry,
						field: field && field !== e.entry ? field : undefined,
						concept: t.concept,
						term: t.term,
						variant,
						message: `uses "${variant}"; the glossary (${glossaryFile}, ${t.concept}) says "${t.term}".${t.note ? ` ${t.note}` : ''}`,
					});
			}
		}
	}
	return warnings;
}

export function glossaryOf(
	content: RawContent,
	locale: string,
): { glossary: Glossary; file: string } | undefined {
	const file = content.glossary?.get(locale);
	const parsed = file && glossarySchema.safeParse(file.data ?? []);
	return parsed?.success ? { glossary: parsed.data, file: file!.file } : undefined;
}
