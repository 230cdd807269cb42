/**
 * Build-time access to the organisation settings of one locale. The content check has already validated
 * the file; pages and collections only read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sourceLocale } from '../i18n/locales.ts';
import {
	fillDeep,
	organisationFile,
	organisationSchema,
	type OrganisationValues,
} from './settings.ts';

let cache: Record<string, OrganisationValues> | undefined;

export function organisationFor(locale: string): OrganisationValues {
	cache ??= organisationSchema.parse(
		parse(readFileSync(join(process.cwd(), organisationFile), 'utf8')),
	).locales;
	// A locale being added (partial) may not have its own block yet: it borrows the source locale's, unconfirmed.
	const values =
		cache[locale] ??
		(cache[sourceLocale] ? { ...cache[sourceLocale]!, confirmed: false } : undefined);
	if (!values)
		throw new Error(`${organisationFile}: the settings for locale "${locale}" are missing.`);
	return values;
}

/** Fills `[[org.…]]` tokens in any content value with the locale's settings. */
export function withOrganisation<T>(data: T, locale: string): T {
	const { confirmed: _confirmed, ...values } = organisationFor(locale);
	return fillDeep(data, values);
}
