/**
 * The schema of `src/lib/i18n/locales.json`. The file is data that people and `npm run i18n:add-locale`
 * edit, and everything (Astro config, content check, pages, scripts) reads it through locales.ts, so a
 * mistake in it must stop everything with a message naming the file and the field, not surface later as an
 * `undefined` somewhere else.
 */
import { z } from 'astro/zod';

export const localesFile = 'src/lib/i18n/locales.json';

const localeSchema = z.strictObject({
	code: z
		.string()
		.regex(/^[a-z]{2,3}(?:-[a-z0-9]+)*$/, 'a lower-case language code, e.g. "de" or "pt-br"'),
	lang: z.string().min(2),
	label: z.string().min(1),
	title: z.string().min(1),
	status: z.enum(['complete', 'partial']),
	fallback: z.array(z.string()).optional(),
});

export const localesConfigSchema = z
	.strictObject({ source: z.string(), locales: z.array(localeSchema).min(1) })
	.superRefine((config, ctx) => {
		const codes = config.locales.map((l) => l.code);
		codes.forEach((code, i) => {
			if (codes.indexOf(code) !== i)
				ctx.addIssue({
					code: 'custom',
					path: ['locales', i, 'code'],
					message: `"${code}" is listed twice`,
				});
		});
		if (!codes.includes(config.source))
			ctx.addIssue({
				code: 'custom',
				path: ['source'],
				message: `"${config.source}" is not one of the locales (${codes.join(', ')})`,
			});
	});

export type LocalesConfig = z.infer<typeof localesConfigSchema>;

/** Validates the parsed file; throws one message per problem, as `file › locales › 2 › status: …`. */
export function parseLocalesConfig(data: unknown, file = localesFile): LocalesConfig {
	const result = localesConfigSchema.safeParse(data);
	if (result.success) return result.data;
	const lines = result.error.issues.map(
		(issue) => `${[file, ...issue.path.map(String)].join(' › ')}: ${issue.message}`,
	);
	throw new Error(lines.join('\n'));
}
