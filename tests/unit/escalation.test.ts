/**
 * The escalation tree's pure logic (on the real tree), the guarded hash reader shared by the tree and
 * AnchorRedirects, and the organisation settings: filling and validation messages.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { numberedOutline } from '../../src/lib/escalation/outline';
import {
	optionIndexAfterKey,
	readAnswers,
	replay,
	stateLink,
	validateTree,
	type TreeLike,
} from '../../src/lib/escalation/tree';
import { checkOrganisationFile, checkOrganisationTokens } from '../../src/lib/organisation/check';
import {
	fillDeep,
	fillOrganisation,
	organisationFields,
	unknownTokens,
} from '../../src/lib/organisation/settings';
import { hashId, lookup, safeDecode } from '../../src/lib/url/hash';
import type { RawContent } from '../../src/lib/content/load';

const root = resolve(import.meta.dirname, '../..');
const tree = parse(
	readFileSync(join(root, 'src/content/escalation/tree.yaml'), 'utf8'),
) as TreeLike & { nodes: { id: string; kind: string; options?: { id: string; next: string }[] }[] };
const outcomeOf = (answers: string[]) => replay(tree, answers).at(-1)!.node.id;

describe('the real escalation tree', () => {
	it('passes the validator: every node reachable, at most six answers, no option leading nowhere, no cycle', () => {
		expect(validateTree(tree)).toEqual([]);
	});
	it('separates threats to others from talk of self-harm at the very first question', () => {
		const first = tree.nodes.find((n) => n.id === tree.start)!;
		expect(first.options!.map((o) => o.next)).toEqual([
			'outcome-safety-first',
			'outcome-crisis-self-harm',
			'situation',
		]);
	});
	it('brings a calm customer with an impossible request to "say no" in three answers', () => {
		const answers = ['no', 'none-of-these', 'nothing-can-be-done'];
		expect(replay(tree, answers)).toHaveLength(4);
		expect(outcomeOf(answers)).toBe('outcome-say-no-politely');
	});
	it('lets an agent who can still cope, insulted after a warning, reach "end the conversation"', () => {
		expect(
			outcomeOf(['no', 'insults-or-vulgarity', 'phone', 'continues', 'can-cope', 'warned-already']),
		).toBe('outcome-end-conversation');
	});
	it('asks one thing per question: no option reused across two conditions', () => {
		const cope = tree.nodes.find((n) => n.id === 'can-you-cope')!;
		expect(cope.options!.map((o) => o.id)).toEqual(['can-cope', 'cannot-cope']);
	});
});

describe('keyboard and links', () => {
	it('moves between options with arrows (wrapping), Home and End, and ignores other keys', () => {
		expect(optionIndexAfterKey('ArrowDown', 0, 3)).toBe(1);
		expect(optionIndexAfterKey('ArrowRight', 2, 3)).toBe(0);
		expect(optionIndexAfterKey('ArrowUp', 0, 3)).toBe(2);
		expect(optionIndexAfterKey('Home', 2, 3)).toBe(0);
		expect(optionIndexAfterKey('End', 0, 3)).toBe(2);
		expect(optionIndexAfterKey('Enter', 0, 3)).toBeUndefined();
		expect(optionIndexAfterKey(' ', 0, 3)).toBeUndefined();
		expect(optionIndexAfterKey('ArrowDown', 0, 0)).toBeUndefined();
	});
	it('shares the answers when there are any, the anchor otherwise', () => {
		expect(
			stateLink('https://x.org', '/ro/escalation/', ['no', 'legal-threat'], 'outcome-legal-threat'),
		).toBe('https://x.org/ro/escalation/?answers=no,legal-threat');
		expect(stateLink('https://x.org', '/ro/escalation/', [], 'outcome-legal-threat')).toBe(
			'https://x.org/ro/escalation/#outcome-legal-threat',
		);
	});
	it('reads malformed answers without throwing', () => {
		expect(readAnswers('?answers=%')).toEqual([]);
		expect(readAnswers('?answers=no,%ZZ,legal-threat')).toEqual(['no']);
		expect(readAnswers('?answers=%E0%A4%A')).toEqual([]);
	});
});

describe('numbered outline for print', () => {
	it('numbers questions in reading order and outcomes by first reference, each answer saying where it leads', () => {
		const outline = numberedOutline(tree);
		expect(outline.questions[0]).toMatchObject({ id: 'safety-risk', number: 1 });
		expect(outline.questions[0]!.options.map((o) => `${o.target.kind}:${o.target.number}`)).toEqual(
			['outcome:1', 'outcome:2', 'question:2'],
		);
		expect(outline.outcomes.slice(0, 2)).toEqual([
			'outcome-safety-first',
			'outcome-crisis-self-harm',
		]);
		// Every outcome appears once, every question once.
		expect(new Set(outline.outcomes).size).toBe(
			tree.nodes.filter((n) => n.kind === 'outcome').length,
		);
		expect(outline.questions).toHaveLength(tree.nodes.filter((n) => n.kind === 'question').length);
	});
});

describe('guarded hash reading (tree and AnchorRedirects)', () => {
	it('never throws on malformed percent-escapes', () => {
		for (const hash of ['#%', '#100%', '#%E0%A4%A', '#%%%', '%'])
			expect(() => hashId(hash)).not.toThrow();
		expect(hashId('#%')).toBeUndefined();
		expect(hashId('#100%')).toBeUndefined();
		expect(safeDecode('100%')).toBe('100%');
	});
	it('returns ids only, with or without "#", decoded', () => {
		expect(hashId('#verify-the-solution')).toBe('verify-the-solution');
		expect(hashId('outcome-safety-first')).toBe('outcome-safety-first');
		expect(hashId('#%6Eo')).toBe('no');
		expect(hashId('')).toBeUndefined();
		expect(hashId(undefined)).toBeUndefined();
		expect(hashId(`#${encodeURIComponent('"><img src=x onerror=alert(1)>')}`)).toBeUndefined();
		expect(hashId('#провал')).toBeUndefined();
	});
	it('looks ids up without reaching inherited keys', () => {
		const map = { 'old-id': 'page/#new-id' };
		expect(lookup(map, 'old-id')).toBe('page/#new-id');
		expect(lookup(map, '__proto__')).toBeUndefined();
		expect(lookup(map, 'constructor')).toBeUndefined();
		expect(lookup(map, undefined)).toBeUndefined();
	});
});

describe('organisation settings', () => {
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
	it('the shipped file is valid for every locale and every field is documented in the README', () => {
		expect(checkOrganisationFile(root, ['ro', 'ja', 'ru', 'es', 'el'])).toEqual([]);
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		for (const field of organisationFields) expect(readme).toContain(field);
	});

	const dir = mkdtempSync(join(tmpdir(), 'org-'));
	mkdirSync(join(dir, 'src/config'), { recursive: true });
	const write = (text: string) => writeFileSync(join(dir, 'src/config/organisation.yaml'), text);
	const good = (extra = '') =>
		`locales:\n  ro:\n    confirmed: false\n    country: "România"\n    emergencyNumber: "112"\n    policeNumber: "112"\n    securityContact: "Paza"\n    supervisorRole: "Supervizorul"\n    flaggingSystem: "CRM"\n    legalContact: "Juridic"\n${extra}`;
	const messages = () =>
		checkOrganisationFile(dir, ['ro']).map(
			(i) => `${i.file} › ${i.entry ?? ''} › ${i.field ?? ''}: ${i.message}`,
		);

	it('names file, locale and field for a number written without quotes', () => {
		write(good().replace('policeNumber: "112"', 'policeNumber: 091'));
		expect(messages()).toEqual([
			expect.stringMatching(
				/^src\/config\/organisation\.yaml › ro › policeNumber: must be text in quotes/,
			),
		]);
	});
	it('names a missing field, a misspelt field, an empty value and a bad phone number', () => {
		write(
			good()
				.replace('    legalContact: "Juridic"\n', '    legalContatc: "Juridic"\n')
				.replace('emergencyNumber: "112"', 'emergencyNumber: "call us"')
				.replace('country: "România"', 'country: ""'),
		);
		const all = messages().join('\n');
		expect(all).toMatch(/› ro › legalContact: is missing/);
		expect(all).toMatch(/› ro › : unknown field\(s\) "legalContatc"/);
		expect(all).toMatch(/› ro › emergencyNumber: must be a phone number/);
		expect(all).toMatch(/› ro › country: must not be empty/);
	});
	it('names a locale without settings, and says the file is missing or broken', () => {
		write(good());
		expect(checkOrganisationFile(dir, ['ro', 'ja']).map((i) => `${i.entry}: ${i.message}`)).toEqual(
			[expect.stringMatching(/^ja: the settings for locale "ja" are missing/)],
		);
		expect(checkOrganisationFile(dir, ['ro', 'ja'], undefined, (l) => l !== 'ja')).toEqual([]);
		write('locales: [\n');
		expect(messages()[0]).toMatch(/the YAML does not parse/);
		expect(checkOrganisationFile(join(dir, 'nowhere'), ['ro'])[0]!.message).toMatch(/missing/);
	});
	it('names the content file and entry that uses an unknown setting', () => {
		const content = {
			playbookTexts: new Map(),
			phraseTexts: new Map([
				[
					'es',
					[
						{
							file: 'src/content/phrase-texts/es/crisis.yaml',
							name: 'crisis',
							data: { 'crisis-where-are-you': { text: 'Llame al [[org.emergencyNumer]].' } },
						},
					],
				],
			]),
			treeTexts: new Map(),
			trainingTexts: new Map(),
			techniqueTexts: new Map(),
		} as unknown as RawContent;
		expect(checkOrganisationTokens(content)).toEqual([
			{
				file: 'src/content/phrase-texts/es/crisis.yaml',
				entry: 'crisis-where-are-you',
				message: expect.stringMatching(
					/"\[\[org\.emergencyNumer\]\]" is not an organisation setting\. Use one of \[\[org\.country\]\]/,
				),
			},
		]);
	});
});
