/**
 * The escalation tree's pure logic (on the real tree) and the guarded hash reader shared by the tree and
 * AnchorRedirects. Organisation settings: organisation.test.ts.
 */
import { readFileSync } from 'node:fs';
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
import { hashId, lookup, safeDecode } from '../../src/lib/url/hash';

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
