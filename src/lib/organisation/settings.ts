/**
 * Organisation settings (src/config/organisation.yaml): emergency numbers, contacts and names that depend on
 * the deployment, not on the language. Content refers to them as `[[org.<field>]]`; the build fills them in,
 * so a page never shows a raw token. Square brackets keep them apart from the agent-filled `{name}` phrase
 * placeholders, which survive to the page and are prompted before copying.
 */
import { z } from 'astro/zod';

export const organisationFields = [
	'country',
	'emergencyNumber',
	'policeNumber',
	'securityContact',
	'supervisorRole',
	'flaggingSystem',
	'legalContact',
] as const;
export type OrganisationField = (typeof organisationFields)[number];
export type OrganisationValues = Record<OrganisationField, string> & { confirmed: boolean };

export const organisationFile = 'src/config/organisation.yaml';

const value = z
	.string({
		error: (issue) =>
			issue.input === undefined
				? 'is missing'
				: 'must be text in quotes, e.g. "112" (an unquoted 091 would lose its leading zero)',
	})
	.trim()
	.min(1, 'must not be empty');
const phone = value.regex(
	/^[0-9+][0-9 ()+-]*$/,
	'must be a phone number: digits, spaces, "+", "-" or brackets, e.g. "112"',
);

export const organisationLocaleSchema = z.strictObject({
	confirmed: z.boolean({ error: 'must be true or false' }),
	country: value,
	emergencyNumber: phone,
	policeNumber: phone,
	securityContact: value,
	supervisorRole: value,
	flaggingSystem: value,
	legalContact: value,
});
export const organisationSchema = z.strictObject({
	locales: z.record(z.string(), organisationLocaleSchema),
});

/** `[[org.emergencyNumber]]`; anything else between double brackets is a typo the check reports. */
const token = /\[\[\s*([^\]]*?)\s*\]\]/g;
const orgKey = /^org\.([A-Za-z]+)$/;

/** Tokens in a text that do not name a known field, for the content check. */
export function unknownTokens(text: string): string[] {
	return [...text.matchAll(token)]
		.map((m) => m[1]!)
		.filter((name) => !organisationFields.includes(orgKey.exec(name)?.[1] as OrganisationField));
}

export function fillOrganisation(text: string, values: Readonly<Record<string, string>>): string {
	return text.replace(token, (whole, name: string) => {
		const key = orgKey.exec(name)?.[1];
		return key && Object.hasOwn(values, key) ? values[key]! : whole;
	});
}

/** Fills every string inside a value (texts, lists, nested records), leaving the shape untouched. */
export function fillDeep<T>(data: T, values: Readonly<Record<string, string>>): T {
	if (typeof data === 'string') return fillOrganisation(data, values) as T;
	if (Array.isArray(data)) return data.map((d) => fillDeep(d, values)) as T;
	if (data && typeof data === 'object')
		return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fillDeep(v, values)])) as T;
	return data;
}
