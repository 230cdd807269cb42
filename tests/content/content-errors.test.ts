/**
 * Every kind of broken content fails with a message that names the file, the entry and the field, and
 * says what to do. One fixture per kind, in tests/fixtures/content/broken/.
 */
import { describe, expect, it } from 'vitest';
import { reportBroken, validateBroken } from '../support/helpers';

const cases: [fixture: string, expected: RegExp][] = [
	[
		'unknown-technique',
		/playbooks\/sample\.yaml › entry "listen" › field "techniques\.0": unknown technique "listenning".*Did you mean "listening"\?/,
	],
	['duplicate-step-id', /playbooks\/sample\.yaml › entry "listen" › field "id": duplicate step id/],
	[
		'step-missing-in-locale',
		/playbook-texts\/ja\/sample\.yaml › entry "apologise": the step "apologise" is missing in "ja"/,
	],
	[
		'dangling-reference',
		/phrases\/main\.yaml › entry "sorry-for-the-delay" › field "steps\.0": "sample\/apologize" points to no playbook step\. Did you mean "sample\/apologise"\?/,
	],
	[
		'missing-ui-key',
		/i18n\/ja\.json › entry "nav\.home": the UI string "nav\.home" is missing in "ja"/,
	],
	[
		'unknown-ui-key',
		/i18n\/ja\.json › entry "nav\.hoem": "nav\.hoem" does not exist in the source UI strings/,
	],
	[
		'plural-form-missing',
		/i18n\/ro\.json › entry "phrases\.count_few": the plural form "few" of "phrases\.count" is missing: "ro" needs phrases\.count_one, phrases\.count_few, phrases\.count_other/,
	],
	[
		'malformed-yaml',
		/playbook-texts\/ja\/sample\.yaml: the YAML does not parse at line 7, column \d+/,
	],
	[
		'translated-id',
		/playbook-texts\/ja\/sample\.yaml › entry "owabi": there is no step "owabi" in src\/content\/playbooks\/sample\.yaml\. Ids are never translated/,
	],
	[
		'lookalike-id',
		/entry "аpologise": there is no step .* it contains "а" \(U\+0430\).*lookalike.*Did you mean "apologise"\?/,
	],
	[
		'placeholder-missing',
		/phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay" › field "text": placeholders differ from the source \(ro\): missing \{orderNumber\}/,
	],
	[
		'placeholder-renamed',
		/phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay" › field "text": unknown placeholder \{numeroPedido\}.*never translated/,
	],
	[
		'duplicate-phrase-id',
		/phrases\/more\.yaml › entry "sorry-for-the-delay" › field "id": duplicate phrase id: "sorry-for-the-delay" is already used in .*phrases\/main\.yaml/,
	],
	[
		'duplicate-yaml-key',
		/phrase-texts\/ja\/main\.yaml: the YAML does not parse at line 2, column 1 \(Map keys must be unique/,
	],
	['not-utf8', /playbook-texts\/ja\/sample\.yaml: the file is not valid UTF-8/],
	[
		'tree-option-to-nothing',
		/escalation\/tree\.yaml › entry "threat" › field "options\.1\.next": option "no" points to "outcome-resolved", which does not exist/,
	],
	[
		'tree-unreachable-node',
		/escalation\/tree\.yaml › entry "outcome-resolve": no path from the start reaches this node/,
	],
	['tree-cycle', /escalation\/tree\.yaml › entry "threat": cycle: threat → again → threat/],
	[
		'tree-no-outcome',
		/escalation\/tree\.yaml › entry "dead-end" › field "options": this question has no options, so the path ends without an outcome/,
	],
	[
		'tree-path-too-long',
		/escalation\/tree\.yaml › entry "outcome-far": this outcome takes 7 answers to reach .*the limit is 6/,
	],
	[
		'tree-text-missing',
		/escalation-texts\/ja\.yaml › entry "outcome-resolve": the text of node "outcome-resolve" is missing in "ja"/,
	],
	[
		'tree-translated-ids',
		/escalation-texts\/ja\.yaml › entry "threat" › field "options\.yes": the text of option "yes" is missing in "ja"\./,
	],
	[
		'tree-translated-ids',
		/escalation-texts\/ja\.yaml › entry "threat" › field "options\.hai": there is no option "hai" in escalation\/tree\.yaml\. Ids are never translated\./,
	],
	[
		'tree-translated-ids',
		/escalation-texts\/ja\.yaml › entry "outcome-resolved": there is no node "outcome-resolved" in escalation\/tree\.yaml\. Ids are never translated\. Did you mean "outcome-resolve"\?/,
	],
	[
		'tree-unknown-phrase',
		/escalation\/tree\.yaml › entry "outcome-safety" › field "phrases\.0": there is no phrase "sorry-for-delay".*Did you mean "sorry-for-the-delay"\?/,
	],
	// Files the site would not read.
	[
		'yml-extension',
		/phrase-texts\/ja\/main\.yml: the site reads only "\.yaml" files here, so it would ignore this one\. Rename it to "main\.yaml"/,
	],
	[
		'backup-file',
		/phrase-texts\/ja\/main-old\.yaml: there is no phrase group "main-old" .*merge these texts over the real ones.*Did you mean "main"\?/,
	],
	[
		'unknown-file',
		/notes\.txt: the site does not read this file, so its content would be silently lost\. Remove it/,
	],
	[
		'unknown-locale',
		/playbook-texts\/de\/sample\.yaml: "de" is not a locale of the site.*npm run i18n:add-locale -- de/,
	],
	[
		'misspelt-locale',
		/escalation-texts\/jp\.yaml: "jp" is not a locale of the site.*Did you mean "ja"\?/,
	],
	[
		'misspelt-file',
		/escalation\/tre\.yaml: the site does not read this file.*Did you mean a file like "escalation\/tree\.yaml"\?/,
	],
	// Values and encodings.
	[
		'yaml-not-text',
		/playbook-texts\/ja\/sample\.yaml › field "summary": expected text but YAML read a number value.*Put the value in quotes/,
	],
	['yaml-not-text', /entry "listen" › field "title": expected text but YAML read a boolean value/],
	[
		'yaml-1-1-values',
		/technique-texts\/ja\.yaml › entry "listening" › field "name": "2024-05-01" \(line 1\) is written without quotes.*read it as a date\. Put it in quotes/,
	],
	['bom', /i18n\/ja\.json: the file starts with a byte-order mark \(BOM, U\+FEFF\).*without BOM/],
	['duplicate-json-key', /i18n\/ja\.json: the same key "nav\.home" appears twice \(line 4\)/],
	[
		'field-typo',
		/playbook-texts\/ja\/sample\.yaml › entry "listen": unknown field\(s\) "gudance"\. Did you mean "guidance"\?/,
	],
	// Characters.
	[
		'bidi-control',
		/phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay" › field "text": bidi control character U\+202E right-to-left override at character 18/,
	],
	[
		'invisible-characters',
		/warning: .*phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay" › field "text": invisible character U\+200B zero-width space at character 21/,
	],
	[
		'invisible-characters',
		/warning: .*entry "avoid-calm-down" › field "text": invisible character U\+00AD soft hyphen at character 6/,
	],
	[
		'mixed-script',
		/warning: .*playbook-texts\/ja\/sample\.yaml › field "summary": the word "Пpивет" at character 1 mixes scripts: "p" \(U\+0070\) is Latin/,
	],
	[
		'mojibake',
		/warning: .*playbook-texts\/ro\/sample\.yaml › field "summary": "Â¿" at character 1 looks like mojibake/,
	],
];

describe('content errors', () => {
	it('the valid fixture has no problems', () => {
		expect(validateBroken()).toEqual([]);
	});

	it.each(cases)('%s is reported with file, entry and field', (fixture, expected) => {
		const messages = validateBroken(fixture);
		expect(messages.length).toBeGreaterThan(0);
		expect(messages.join('\n')).toMatch(expected);
	});
});

describe('errors point at the cause', () => {
	it('collapses the follow-on errors of an invalid structure file into a count after the root cause', () => {
		const report = reportBroken('follow-on-errors');
		const lines = report.split('\n').filter((l) => l.startsWith('  - '));
		expect(lines[0]).toMatch(
			/phrases\/main\.yaml › entry "sorry-for-the-delay" › field "situations\.0": Invalid option/,
		);
		expect(report).toMatch(/… and \d+ more problems? caused by this/);
		expect(report).not.toMatch(/there is no phrase "sorry-for-the-delay"/);
	});

	it('says nothing more about a file that does not parse (no "missing" after a parse error)', () => {
		const messages = validateBroken('malformed-yaml');
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/does not parse/);
	});

	it('reports a misspelt field once, as a typo, before anything else', () => {
		const messages = validateBroken('field-typo');
		expect(messages[0]).toMatch(/unknown field\(s\) "gudance"/);
		expect(messages.join('\n')).not.toMatch(/guidance.*(required|expected array)/);
	});

	it('reports a bidi control as an error and other invisible characters as warnings', () => {
		expect(validateBroken('bidi-control').some((m) => !m.startsWith('warning:'))).toBe(true);
		expect(validateBroken('invisible-characters').every((m) => m.startsWith('warning:'))).toBe(
			true,
		);
	});
});

describe('one reader', () => {
	it('reads an unquoted date or "no" as the text written, and names it as an error to quote', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { loadRawContent } = await import('../../src/lib/content/load');
		const dir = mkdtempSync(join(tmpdir(), 'reader-'));
		try {
			mkdirSync(join(dir, 'technique-texts'));
			writeFileSync(
				join(dir, 'technique-texts/ro.yaml'),
				'listening: { name: 2024-05-01, description: no }\nquoted: { name: "2024-05-01", description: "no" }\n',
			);
			const { content, issues } = loadRawContent(dir, dir, { locales: ['ro'] });
			expect(
				issues.map((i) => [
					i.entry,
					i.field,
					/read it as (a date|true or false)/.exec(i.message)?.[1],
				]),
			).toEqual([
				['listening', 'name', 'a date'],
				['listening', 'description', 'true or false'],
			]);
			// Nothing is lost or converted: the text is what was written, quoted or not.
			expect(content.techniqueTexts.get('ro')?.data).toEqual({
				listening: { name: '2024-05-01', description: 'no' },
				quoted: { name: '2024-05-01', description: 'no' },
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('lists every kind of content file once, as data (adding a kind is one line)', async () => {
		const { contentKinds } = await import('../../src/lib/content/load');
		const patterns = contentKinds.map((k) => k.pattern);
		expect(new Set(patterns).size).toBe(patterns.length);
		expect(patterns).toContain('glossary/<locale>.yaml');
		expect(patterns).toContain('vocabulary/<locale>.yaml');
	});
});
