import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues';
import {
	conceptsOf,
	loadVocabulary,
	phraseWords,
	stepTopicWords,
} from '../../src/lib/search/vocabulary';

function fixture(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'vocab-'));
	mkdirSync(join(root, 'src/content/vocabulary'), { recursive: true });
	for (const [name, text] of Object.entries(files))
		writeFileSync(join(root, 'src/content/vocabulary', name), text);
	return root;
}

describe('agents\u2019 vocabulary', () => {
	it('the real vocabulary passes the check in every locale', () => {
		const { issues, vocabulary } = loadVocabulary(process.cwd(), ['ro', 'ja', 'ru', 'es', 'el']);
		expect(issues.map(formatIssue)).toEqual([]);
		expect(vocabulary.words.get('es')?.manager).toContain('gerente');
	});

	it('names file, entry and field for each kind of breakage', () => {
		const root = fixture({
			'concepts.yaml':
				'- concept: manager\n  situations: [asks-for-manager]\n- concept: Bad Id\n  intents: [escalate]\n- concept: nothing\n- concept: refund\n  phrases: [no-such-phrase]\n  colour: red\n',
			'es.yaml': 'manager: [jefe, "a, b"]\nrefnd: [reembolso]\n',
		});
		const messages = loadVocabulary(root, ['es', 'ro'], ['offer-refund'])
			.issues.map(formatIssue)
			.join('\n');
		expect(messages).toContain(
			'src/content/vocabulary/concepts.yaml › entry "Bad Id" › field "concept"',
		);
		expect(messages).toContain('entry "nothing"');
		expect(messages).toContain('colour');
		expect(messages).toContain(
			'src/content/vocabulary/es.yaml › entry "manager" › field "1": a word may not contain',
		);
		expect(messages).toContain('src/content/vocabulary/ro.yaml: the file is missing');
	});

	it('reports unknown phrases and steps, unknown concepts and concepts without words', () => {
		const root = fixture({
			'concepts.yaml':
				'- concept: manager\n  situations: [asks-for-manager]\n  steps: [rude-customers/talk-to-supervisor]\n- concept: refund\n  phrases: [ofer-refund]\n',
			'es.yaml': 'manager: [jefe]\nrefnd: [reembolso]\n',
		});
		const messages = loadVocabulary(
			root,
			['es'],
			['offer-refund'],
			['rude-customers/talk-to-a-supervisor'],
		)
			.issues.map(formatIssue)
			.join('\n');
		expect(messages).toContain(
			'entry "refund" › field "phrases.0": there is no phrase "ofer-refund". Did you mean "offer-refund"?',
		);
		expect(messages).toContain(
			'entry "manager" › field "steps.0": there is no playbook step "rude-customers/talk-to-supervisor". Did you mean "rude-customers/talk-to-a-supervisor"?',
		);
		expect(messages).toContain('entry "refnd": there is no concept "refnd"');
		expect(messages).toContain('entry "refund": the concept "refund" has no words in this locale');
	});

	it('gives a playbook step the words of the concepts that list it', () => {
		const vocabulary = {
			concepts: [
				{ concept: 'manager', intents: ['escalate' as const], steps: ['rude-customers/talk'] },
				{ concept: 'refund', phrases: ['offer-refund'], steps: ['rude-customers/fix'] },
			],
			words: new Map([['es', { manager: ['jefe', 'gerente'], refund: ['reembolso'] }]]),
		};
		expect(stepTopicWords('rude-customers/talk', vocabulary, 'es')).toEqual(['jefe', 'gerente']);
		expect(stepTopicWords('rude-customers/other', vocabulary, 'es')).toEqual([]);
	});

	it('maps concepts to phrases by situation, intent, channel or id; the first tags are the main concepts', () => {
		const concepts = [
			{ concept: 'manager', situations: ['asks-for-manager' as const] },
			{ concept: 'insult', situations: ['insulting' as const] },
			{ concept: 'email', channels: ['email' as const] },
		];
		const phrase = {
			id: 'hand-over',
			situations: ['asks-for-manager', 'insulting'],
			intents: ['escalate'],
			channels: ['phone', 'email'],
		};
		expect(conceptsOf(phrase, concepts)).toEqual(['manager', 'insult', 'email']);
		const words = phraseWords(
			phrase,
			{
				concepts,
				words: new Map([['es', { manager: ['jefe'], insult: ['insulta'], email: ['correo'] }]]),
			},
			'es',
		);
		expect(words).toEqual({ primary: ['jefe'], related: ['insulta', 'correo'] });
	});
});
