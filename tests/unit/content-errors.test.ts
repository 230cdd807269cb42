/**
 * Every kind of broken content fails with a message that names the file, the entry and the field, and
 * says what to do. One fixture per kind, in tests/fixtures/content/broken/.
 */
import { describe, expect, it } from 'vitest';
import { validateBroken } from './helpers';

const cases: [fixture: string, expected: RegExp][] = [
	['unknown-technique', /playbooks\/sample\.yaml › entry "listen" › field "techniques\.0": unknown technique "listenning".*Did you mean "listening"\?/],
	['duplicate-step-id', /playbooks\/sample\.yaml › entry "listen" › field "id": duplicate step id/],
	['step-missing-in-locale', /playbook-texts\/ja\/sample\.yaml › entry "apologise": the step "apologise" is missing in "ja"/],
	['dangling-reference', /phrases\/main\.yaml › entry "sorry-for-the-delay" › field "steps\.0": "sample\/apologize" points to no playbook step\. Did you mean "sample\/apologise"\?/],
	['missing-ui-key', /i18n\/ja\.json › entry "nav\.home": the UI string "nav\.home" is missing in "ja"/],
	['unknown-ui-key', /i18n\/ja\.json › entry "nav\.hoem": "nav\.hoem" does not exist in the source UI strings/],
	['plural-form-missing', /i18n\/ro\.json › entry "phrases\.count_few": the plural form "few" of "phrases\.count" is missing: "ro" needs phrases\.count_one, phrases\.count_few, phrases\.count_other/],
	['malformed-yaml', /playbook-texts\/ja\/sample\.yaml: the YAML does not parse at line 7, column \d+/],
	['translated-id', /playbook-texts\/ja\/sample\.yaml › entry "owabi": there is no step "owabi" in src\/content\/playbooks\/sample\.yaml\. Ids are never translated/],
	['lookalike-id', /entry "аpologise": there is no step .* it contains "а" \(U\+0430\).*lookalike.*Did you mean "apologise"\?/],
	['placeholder-missing', /phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay" › field "text": placeholders differ from the source \(ro\): missing \{orderNumber\}/],
	['placeholder-renamed', /phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay" › field "text": unknown placeholder \{numeroPedido\}.*never translated/],
	['duplicate-phrase-id', /phrases\/more\.yaml › entry "sorry-for-the-delay" › field "id": duplicate phrase id: "sorry-for-the-delay" is already used in .*phrases\/main\.yaml/],
	['duplicate-yaml-key', /phrase-texts\/ja\/main\.yaml: the YAML does not parse at line 2, column 1 \(Map keys must be unique/],
	['not-utf8', /playbook-texts\/ja\/sample\.yaml: the file is not valid UTF-8/],
	['tree-option-to-nothing', /escalation\/tree\.yaml › entry "threat" › field "options\.1\.next": option "no" points to "outcome-resolved", which does not exist/],
	['tree-unreachable-node', /escalation\/tree\.yaml › entry "outcome-resolve": no path from the start reaches this node/],
	['tree-cycle', /escalation\/tree\.yaml › entry "threat": cycle: threat → again → threat/],
	['tree-no-outcome', /escalation\/tree\.yaml › entry "dead-end" › field "options": this question has no options, so the path ends without an outcome/],
	['tree-path-too-long', /escalation\/tree\.yaml › entry "outcome-far": this outcome takes 7 answers to reach .*the limit is 6/],
	['tree-text-missing', /escalation-texts\/ja\.yaml › entry "outcome-resolve": the text of node "outcome-resolve" is missing in "ja"/],
	['tree-unknown-phrase', /escalation\/tree\.yaml › entry "outcome-safety" › field "phrases\.0": there is no phrase "sorry-for-delay".*Did you mean "sorry-for-the-delay"\?/],
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
