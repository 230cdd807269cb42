import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLocalesConfig } from '../../src/lib/i18n/locales-config';

const read = (path: string): unknown =>
	JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'));

function problems(fixture: string): string[] {
	try {
		parseLocalesConfig(read(`tests/fixtures/locales/${fixture}`), 'locales.json');
		return [];
	} catch (error) {
		return (error as Error).message.split('\n');
	}
}

describe('locales.json is validated', () => {
	it('accepts the site’s own file', () => {
		expect(parseLocalesConfig(read('src/lib/i18n/locales.json')).locales.length).toBeGreaterThan(0);
	});

	it('names the file and the field of every problem', () => {
		const lines = problems('broken-fields.json');
		expect(lines).toContainEqual(
			expect.stringMatching(/^locales\.json › locales › 1 › status: .*"complete".*"partial"/),
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/^locales\.json › locales › 2: .*"fallbak"/),
		);
		expect(lines).toContainEqual(
			expect.stringMatching(/^locales\.json › locales › 3 › code: a lower-case language code/),
		);
		expect(lines).toContainEqual(expect.stringMatching(/^locales\.json › locales › 3 › title: /));
	});

	it('checks that codes are unique and the source language is one of them', () => {
		const lines = problems('broken-references.json');
		expect(lines).toContainEqual('locales.json › locales › 1 › code: "ro" is listed twice');
		expect(lines).toContainEqual(
			expect.stringMatching(/^locales\.json › source: "pt" is not one of the locales/),
		);
	});
});
