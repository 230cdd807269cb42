import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/help-desk-export/csv';
import {
	exportFiles,
	exportRecords,
	textFor,
	titleFor,
} from '../../src/lib/help-desk-export/export';

const strings = {
	'placeholder.name': 'Numele clientului (de ex. „domnule Popescu”)',
	'placeholder.orderNumber': 'Numărul comenzii',
	'placeholder.ticketNumber': 'Numărul solicitării',
	'tag.situation.angry': 'Furios',
};
const phrases = [
	{
		id: 'greet',
		text: '{name}, comanda {orderNumber} (solicitarea {ticketNumber}) este pe drum.',
		situations: ['angry'],
		intents: ['inform'],
		channels: ['email', 'chat'],
	},
	{
		id: 'avoid-calm-down',
		text: 'Calmați-vă!',
		situations: ['angry'],
		intents: ['calm'],
		channels: ['phone'],
		avoid: true,
	},
];

describe('help-desk export', () => {
	it("writes placeholders in each tool's syntax, or as a short bracketed label", () => {
		expect(textFor(phrases[0]!.text, strings, 'zendesk')).toBe(
			'{{ticket.requester.name}}, comanda [Numărul comenzii] (solicitarea {{ticket.id}}) este pe drum.',
		);
		expect(textFor(phrases[0]!.text, strings, 'freshdesk')).toBe(
			'{{ticket.requester.name}}, comanda [Numărul comenzii] (solicitarea {{ticket.id}}) este pe drum.',
		);
		expect(textFor(phrases[0]!.text, strings)).toBe(
			'[Numele clientului], comanda [Numărul comenzii] (solicitarea [Numărul solicitării]) este pe drum.',
		);
		expect(textFor('{name|Stimate client}, bună ziua', strings, 'zendesk')).toBe(
			'{{ticket.requester.name}}, bună ziua',
		);
	});

	it('never exports what agents must not say, and keeps ids, tags and placeholders', () => {
		const records = exportRecords(phrases, strings);
		expect(records.map((r) => r.id)).toEqual(['greet']);
		expect(records[0]).toMatchObject({
			folder: 'Furios',
			tags: ['angry', 'inform', 'email', 'chat'],
			placeholders: [{ key: 'name' }, { key: 'orderNumber' }, { key: 'ticketNumber' }],
		});
	});

	it('shortens titles by characters, not bytes', () => {
		expect([...titleFor('お客様'.repeat(40), {})].length).toBe(60);
		expect(titleFor('Scurt.', {})).toBe('Scurt.');
	});

	it('quotes CSV fields as RFC 4180 requires', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['x,y', 'say "hi"'],
					['line\nbreak', 'plain'],
				],
			),
		).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",plain\r\n');
	});

	it("produces the four files in the tools' shapes", () => {
		const files = exportFiles(phrases, strings, 'ro', 'ro');
		const zendesk = JSON.parse(files['zendesk-macros.json']);
		expect(zendesk.macros[0]).toMatchObject({
			title: expect.stringMatching(/^Furios::/),
			active: true,
			actions: [{ field: 'comment_value' }, { field: 'comment_mode_is_public', value: 'true' }],
		});
		const freshdesk = JSON.parse(files['freshdesk-canned-responses.json']);
		expect(freshdesk.canned_responses[0]).toMatchObject({
			folder: 'Furios',
			visibility: 0,
			content_html: expect.stringMatching(/^<p lang="ro">\{\{ticket\.requester\.name\}\}, comanda/),
		});
		expect(files['phrases.csv'].split('\r\n')[0]).toBe(
			'id,title,folder,tags,placeholders,text,zendesk_text,freshdesk_text',
		);
		expect(JSON.parse(files['phrases.json'])).toMatchObject({ locale: 'ro', count: 1 });
	});
});
