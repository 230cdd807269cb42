/**
 * The real content, checked for what the product promises beyond schema validity: coverage of every
 * situation and intent, the escalation policy's rules, and a build that refuses broken content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRawContent } from '../../src/lib/content/load';
import { phraseGroupSchema, treeSchema } from '../../src/lib/content/schemas';
import { intents, situations } from '../../src/lib/content/taxonomy';
import { replay } from '../../src/lib/escalation/tree';
import { validateContent } from '../../src/lib/content/validate';
import { contentCheck } from '../../src/integrations/content-check';

const root = resolve(import.meta.dirname, '../..');
const { content } = loadRawContent(root);
const phrases = content.phrases.flatMap((f) => phraseGroupSchema.parse(f.data));
const tree = treeSchema.parse(content.tree!.data);

describe('the real content', () => {
	it('passes the content check', () => {
		expect(validateContent(root)).toEqual([]);
	});

	it('has at least 120 ready-to-say phrases covering every situation and intent', () => {
		const usable = phrases.filter((p) => !p.avoid);
		expect(usable.length).toBeGreaterThanOrEqual(120);
		for (const s of situations)
			expect(usable.filter((p) => p.situations.includes(s)).length, s).toBeGreaterThan(0);
		for (const i of intents)
			expect(usable.filter((p) => p.intents.includes(i)).length, i).toBeGreaterThan(0);
	});

	it('has "say this, not that" entries for what the seeds warn against', () => {
		const avoid = phrases.filter((p) => p.avoid).map((p) => p.id);
		for (const id of ['avoid-its-our-policy', 'avoid-calm-down']) expect(avoid).toContain(id);
		expect(avoid.length).toBeGreaterThanOrEqual(10);
	});

	it('asks about safety first: a threat to others and talk of self-harm each lead straight to an urgent outcome', () => {
		// Issue 11: the first question separates threats to others from statements about self-harm.
		expect(tree.start).toBe('safety-risk');
		for (const [answer, id] of [
			['threat-to-others', 'outcome-safety-first'],
			['self-harm', 'outcome-crisis-self-harm'],
		] as const) {
			const [, outcome] = replay(tree, [answer]);
			const node = tree.nodes.find((n) => n.id === outcome?.node.id);
			expect(node).toMatchObject({ id, kind: 'outcome', rule: 1, severity: 'urgent' });
		}
	});

	it('has an outcome for each of the nine rules, each with phrases and playbook steps', () => {
		const outcomes = tree.nodes.filter((n) => n.kind === 'outcome');
		for (let rule = 1; rule <= 9; rule++)
			expect(
				outcomes.some((o) => o.rule === rule),
				`rule ${rule}`,
			).toBe(true);
		for (const o of outcomes) {
			expect(o.phrases.length, o.id).toBeGreaterThan(0);
			expect(o.steps.length, o.id).toBeGreaterThan(0);
		}
	});
});

describe('the build', () => {
	it('fails on broken content with the file, entry and field named', () => {
		const dir = mkdtempSync(join(tmpdir(), 'site-'));
		try {
			cpSync(join(root, 'src/content'), join(dir, 'src/content'), { recursive: true });
			const file = join(dir, 'src/content/playbooks/resolved-method.yaml');
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace(
					'techniques: [verifying-agreement',
					'techniques: [verifying-agreemnt',
				),
			);
			const hook = contentCheck().hooks['astro:config:setup'] as (o: unknown) => void;
			const logger = { info() {}, warn() {} };
			expect(() =>
				hook({ config: { root: pathToFileURL(`${dir}/`) }, command: 'build', logger }),
			).toThrow(
				/src\/content\/playbooks\/resolved-method\.yaml › entry "verify" › field "techniques\.0": unknown technique "verifying-agreemnt".*Did you mean "verifying-agreement"\?/,
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
