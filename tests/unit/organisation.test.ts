/**
 * Organisation settings (src/config/organisation.yaml): filling `[[org.*]]` tokens, and the content check's
 * messages for a broken settings file, one fixture per kind in tests/fixtures/organisation/, plus an unknown
 * token in content (tests/fixtures/content/broken/organisation-unknown-token).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues';
import { checkOrganisationFile } from '../../src/lib/organisation/check';
import {
	fillDeep,
	fillOrganisation,
	organisationFields,
	unknownTokens,
} from '../../src/lib/organisation/settings';
import { validateBroken } from '../support/helpers';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(import.meta.dirname, '../fixtures/organisation');
const check = (fixture: string, locales = ['ro']) =>
	checkOrganisationFile(join(fixtures, fixture), locales).map(formatIssue);

describe('filling', () => {
	const values = { emergencyNumber: '112', policeNumber: '091', flaggingSystem: 'CRM' };
	it('fills named placeholders and leaves phrase placeholders alone', () => {
		expect(
			fillOrganisation(
				'Llame al [[org.emergencyNumber]] o a la policía ([[ org.policeNumber ]]), {name}.',
				values,
			),
		).toBe('Llame al 112 o a la policía (091), {name}.');
		expect(fillDeep({ a: ['[[org.flaggingSystem]]'], b: 3 }, values)).toEqual({ a: ['CRM'], b: 3 });
	});
	it('reports tokens that are not settings', () => {
		expect(
			unknownTokens('[[org.emergencyNumer]] [[emergencyNumber]] [[org.policeNumber]]'),
		).toEqual(['org.emergencyNumer', 'emergencyNumber']);
	});
});

describe('the content check of the settings file', () => {
	it('passes the shipped file for every locale, and the README documents every field', () => {
		expect(checkOrganisationFile(root, ['ro', 'ja', 'ru', 'es', 'el'])).toEqual([]);
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		for (const field of organisationFields) expect(readme).toContain(`\`${field}\``);
	});
	it('passes a valid fixture', () => {
		expect(check('valid')).toEqual([]);
	});
	it('names file, locale and field for a number written without quotes', () => {
		expect(check('unquoted-number')).toEqual([
			expect.stringMatching(
				/^src\/config\/organisation\.yaml › entry "ro" › field "policeNumber": must be text in quotes/,
			),
		]);
	});
	it('names a missing field, a misspelt field, an empty value and a value that is not a phone number', () => {
		const all = check('bad-values').join('\n');
		expect(all).toMatch(/entry "ro" › field "legalContact": is missing/);
		expect(all).toMatch(/entry "ro".*unknown field\(s\) "legalContatc"/);
		expect(all).toMatch(/entry "ro" › field "emergencyNumber": must be a phone number/);
		expect(all).toMatch(/entry "ro" › field "country": must not be empty/);
	});
	it('names a locale without settings, unless that locale is still being added', () => {
		expect(check('missing-locale', ['ro', 'ja'])).toEqual([
			expect.stringMatching(/entry "ja": the settings for locale "ja" are missing/),
		]);
		expect(
			checkOrganisationFile(
				join(fixtures, 'missing-locale'),
				['ro', 'ja'],
				undefined,
				(l) => l !== 'ja',
			),
		).toEqual([]);
	});
	it('says when the file does not parse or is missing', () => {
		expect(check('not-yaml')[0]).toMatch(/organisation\.yaml: the YAML does not parse/);
		expect(check('nowhere')[0]).toMatch(
			/organisation\.yaml: the organisation settings file is missing/,
		);
	});
});

describe('tokens in content', () => {
	it('names the content file and entry that uses an unknown setting', () => {
		expect(validateBroken('organisation-unknown-token')).toEqual([
			expect.stringMatching(
				/phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay": "\[\[org\.emergencyNumer\]\]" is not an organisation setting\. Use one of \[\[org\.country\]\]/,
			),
		]);
	});
});
