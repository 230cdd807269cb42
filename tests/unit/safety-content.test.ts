/**
 * Safety guidance agrees across the tree, playbooks, phrases and training in every locale (issue #11): physical
 * threats name the police through the organisation settings (ja: 警察・110番), the in-person route never has the
 * agent announce a report, an agent at their limit with nobody free still has an honest next step, and the
 * Japanese harassment-policy step carries the current カスタマーハラスメント practice points.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fillOrganisation } from '../../src/lib/organisation/settings';

const root = resolve(import.meta.dirname, '../..');
const locales = ['ro', 'ja', 'ru', 'es', 'el'] as const;
const yaml = (path: string) => parse(readFileSync(join(root, path), 'utf8'));
const step = (locale: string, playbook: string, id: string): string =>
	JSON.stringify(yaml(`src/content/playbook-texts/${locale}/${playbook}.yaml`).steps[id]);
const outcome = (locale: string, id: string): string =>
	JSON.stringify(yaml(`src/content/escalation-texts/${locale}.yaml`)[id]);
const organisation = yaml('src/config/organisation.yaml').locales;

describe.each(locales)('%s', (locale) => {
	it('names the police (organisation setting) wherever a physical threat is handled', () => {
		const texts = {
			'outcome-safety-first': outcome(locale, 'outcome-safety-first'),
			'rude-customers/never-ignore-threats': step(locale, 'rude-customers', 'never-ignore-threats'),
			'difficult-customers/report-threats': step(locale, 'difficult-customers', 'report-threats'),
			'staying-safe/threats-in-person': step(locale, 'staying-safe', 'threats-in-person'),
			'training threat-at-repair-counter': JSON.stringify(
				yaml(`src/content/training-texts/${locale}.yaml`)['abuse-threats-and-escalation'].scenarios[
					'threat-at-repair-counter'
				],
			),
		};
		for (const [where, text] of Object.entries(texts))
			expect(text, where).toContain('[[org.policeNumber]]');
	});

	it('tells the agent at the counter to step away and report afterwards, never to announce it', () => {
		// The phrase for the in-person route says the agent steps away; it never mentions a report.
		const phrases = yaml(`src/content/phrase-texts/${locale}/safety.yaml`);
		const stepAway = phrases['step-away-after-threat-in-person'].text as string;
		expect(stepAway).not.toMatch(/raport|報告|通報|сообщ|доклад|denunci|inform|αναφ|καταγγ/i);
		const outcomes = yaml('src/content/escalation/tree.yaml').nodes;
		expect(outcomes.find((n: { id: string }) => n.id === 'outcome-safety-first').phrases).toContain(
			'step-away-after-threat-in-person',
		);
	});

	it('gives an agent at their limit an honest step when nobody can take over', () => {
		const actions = yaml(`src/content/escalation-texts/${locale}.yaml`)['outcome-hand-over']
			.actions as string[];
		expect(actions.length).toBeGreaterThanOrEqual(6);
		const tree = yaml('src/content/escalation/tree.yaml').nodes;
		expect(tree.find((n: { id: string }) => n.id === 'outcome-hand-over').phrases).toContain(
			'call-back-tomorrow',
		);
	});
});

describe('organisation defaults', () => {
	it('gives Japan 110 for the police and 119 for emergencies, filled into the Japanese outcome', () => {
		expect(organisation.ja).toMatchObject({ policeNumber: '110', emergencyNumber: '119' });
		expect(fillOrganisation(outcome('ja', 'outcome-safety-first'), organisation.ja)).toContain(
			'警察（110番）',
		);
	});
});

describe('Japanese customer-harassment practice', () => {
	it('covers the company stance, recorded calls, a time limit, repeat callers and more than one staff member', () => {
		const text = step('ja', 'staying-safe', 'harassment-policy');
		for (const point of ['会社', '録音', '時間', '何度も', '複数の職員'])
			expect(text, point).toContain(point);
	});
});
