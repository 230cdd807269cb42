/** What teaches each technique: modules, role-plays and phrases, and the technique × playbook grid. */
import { describe, expect, it } from 'vitest';
import { stepsPerPlaybook, techniqueLinks } from '../../src/lib/training/technique-links';

const listening = {
	id: 'listening',
	steps: [
		{ playbook: 'rude', step: 'let-them-vent' },
		{ playbook: 'rude', step: 'do-not-interrupt' },
		{ playbook: 'resolved', step: 'listen' },
	],
};
const modules = [
	{
		id: 'calm-first',
		title: 'Calm first',
		steps: ['rude/let-them-vent', 'rude/stay-calm'],
		scenarios: [
			{ id: 'parcel', title: 'Lost parcel', steps: ['rude/stay-calm'] },
			{ id: 'queue', title: 'Bank queue', steps: ['resolved/listen'] },
		],
	},
	{
		id: 'saying-no',
		title: 'Saying no',
		steps: ['rude/hold-your-ground'],
		scenarios: [{ id: 'refund', title: 'Refund', steps: ['rude/hold-your-ground'] }],
	},
];

describe('techniqueLinks', () => {
	it('finds modules by their steps, role-plays by steps or observer checklist, phrases by steps', () => {
		const checklists = new Map([
			['refund', [{ technique: 'listening' }]],
			['parcel', [{ technique: 'apology' }]],
		]);
		const phrases = [
			{ id: 'tell-me-more', steps: ['rude/do-not-interrupt'] },
			{ id: 'sorry', steps: ['rude/apologise'] },
		];
		expect(techniqueLinks(listening, modules, checklists, phrases)).toEqual({
			modules: [{ id: 'calm-first', title: 'Calm first' }],
			roleplays: [
				{ module: 'calm-first', scenario: 'queue', title: 'Bank queue' },
				{ module: 'saying-no', scenario: 'refund', title: 'Refund' },
			],
			phrases: ['tell-me-more'],
		});
	});

	it('finds nothing for a technique nothing teaches', () => {
		expect(techniqueLinks({ id: 'x', steps: [] }, modules, new Map(), [])).toEqual({
			modules: [],
			roleplays: [],
			phrases: [],
		});
	});
});

describe('stepsPerPlaybook', () => {
	it('counts the steps per playbook in the order of the columns', () => {
		expect(stepsPerPlaybook(listening, ['resolved', 'rude', 'safety'])).toEqual([1, 2, 0]);
	});
});
