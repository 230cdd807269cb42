/**
 * Every phrase of every locale, filled the way agents fill them — optional fields left empty, short values,
 * long values, names typed in lower case as they appear mid-sentence — must still copy as a correct sentence:
 * no raw placeholder, no doubled space or space before punctuation, no preposition left dangling before a
 * punctuation mark, no sentence starting in lower case. Required fields left empty block the copy instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	fillPlaceholders,
	missingRequired,
	requiredKeysOf,
} from '../../src/lib/phrases/placeholders';
import { placeholderKeys } from '../../src/lib/content/taxonomy';

const root = resolve(import.meta.dirname, '../..');
const textsDir = join(root, 'src', 'content', 'phrase-texts');

type Values = Record<(typeof placeholderKeys)[number], string>;

/** What agents type, per locale: short and long, names with their form of address, in lower case. */
const samples: Record<string, { short: Values; long: Values }> = {
	ro: {
		short: {
			name: 'domnule Pop',
			orderNumber: 'A1',
			ticketNumber: '77',
			date: '12 mai',
			time: '9:00',
			product: 'Aero',
			agentName: 'Ana',
			supervisorName: 'Dan',
			amount: '5 lei',
		},
		long: {
			name: 'doamnă Maria-Magdalena Popescu-Ionescu',
			orderNumber: 'RO-2026-000123456789',
			ticketNumber: 'SR-2026-11-000987654',
			date: 'vineri, 12 decembrie 2026',
			time: '14:30, ora României',
			product: 'Aero 14 Pro (seria 2026, gri)',
			agentName: 'Ana-Maria Ionescu',
			supervisorName: 'Dan-Alexandru Popescu',
			amount: '1.249,99 lei',
		},
	},
	es: {
		short: {
			name: 'señor Gil',
			orderNumber: 'A1',
			ticketNumber: '77',
			date: '12 de mayo',
			time: '9:00',
			product: 'Aero',
			agentName: 'Ana',
			supervisorName: 'Luis',
			amount: '5 €',
		},
		long: {
			name: 'señora María del Carmen Fernández de Córdoba',
			orderNumber: 'ES-2026-000123456789',
			ticketNumber: 'INC-2026-11-000987654',
			date: 'viernes 12 de diciembre de 2026',
			time: '14:30 (hora peninsular)',
			product: 'Aero 14 Pro (serie 2026, gris)',
			agentName: 'Ana Belén Martínez',
			supervisorName: 'Luis Alberto Sánchez',
			amount: '1.249,99 €',
		},
	},
	ja: {
		short: {
			name: '山田',
			orderNumber: 'A1',
			ticketNumber: '77',
			date: '月曜日',
			time: '9時',
			product: 'エアロ',
			agentName: '佐藤',
			supervisorName: '鈴木',
			amount: '500円',
		},
		long: {
			name: '山田太郎',
			orderNumber: 'JP-2026-000123456789',
			ticketNumber: 'SR-2026-11-000987654',
			date: '2026年12月12日（金）',
			time: '14時30分',
			product: 'エアロ14 Pro（2026年モデル・グレー）',
			agentName: '佐藤花子',
			supervisorName: '鈴木一郎',
			amount: '12,499円',
		},
	},
	ru: {
		short: {
			name: 'Анна',
			orderNumber: 'A1',
			ticketNumber: '77',
			date: '12 мая',
			time: '9:00',
			product: 'Аэро',
			agentName: 'Анна',
			supervisorName: 'Иван',
			amount: '500 ₽',
		},
		long: {
			name: 'Анна Сергеевна',
			orderNumber: 'RU-2026-000123456789',
			ticketNumber: 'SR-2026-11-000987654',
			date: '12 декабря 2026 года',
			time: '14:30 по московскому времени',
			product: 'Аэро 14 Pro (2026, серый)',
			agentName: 'Анна Сергеевна Иванова',
			supervisorName: 'Иван Петрович Смирнов',
			amount: '12 499,99 ₽',
		},
	},
	el: {
		short: {
			name: 'κύριε Νίκο',
			orderNumber: 'A1',
			ticketNumber: '77',
			date: '12 Μαΐου',
			time: '9:00',
			product: 'Aero',
			agentName: 'Άννα',
			supervisorName: 'Νίκος',
			amount: '5 €',
		},
		long: {
			name: 'κυρία Παπαδοπούλου-Αλεξανδροπούλου',
			orderNumber: 'GR-2026-000123456789',
			ticketNumber: 'SR-2026-11-000987654',
			date: 'Παρασκευή 12 Δεκεμβρίου 2026',
			time: '14:30 ώρα Ελλάδας',
			product: 'Aero 14 Pro (σειρά 2026, γκρι)',
			agentName: 'Άννα-Μαρία Παπαδάκη',
			supervisorName: 'Νίκος Αλεξανδρόπουλος',
			amount: '1.249,99 €',
		},
	},
};

/** Prepositions and articles that cannot end a clause (before a punctuation mark or the end of the text). */
const dangling: Record<string, string[]> = {
	ro: ['cu', 'pe', 'la', 'în', 'de', 'din', 'pentru', 'despre', 'prin', 'până', 'privind'],
	es: ['con', 'en', 'de', 'del', 'para', 'por', 'sobre', 'a', 'al', 'el', 'la', 'su'],
	ru: ['с', 'со', 'в', 'во', 'на', 'о', 'об', 'по', 'для', 'к', 'от', 'до'],
	el: ['με', 'σε', 'για', 'από', 'στο', 'στη', 'στην', 'στον', 'το', 'τη', 'την', 'τον'],
	ja: [],
};

/** Abbreviations after which a lower-case word does not start a sentence. */
const abbreviations = /(?:(?<!\p{L})\p{L}|\bex|\bej|\bnr|\bnúm|π\.χ|т\. ?е|т\. ?д)\.\s*$/iu;

/** `template` is the phrase as written: a repetition it already contains (el «βήμα βήμα») is not a defect. */
function problems(locale: string, text: string, template = ''): string[] {
	const found: string[] = [];
	if (/[{}]/.test(text)) found.push('raw placeholder');
	if (/ {2,}/.test(text)) found.push('doubled space');
	if (/ [,.;:!?)»”]/.test(text)) found.push('space before punctuation');
	if (/^[\s,.;:]/.test(text)) found.push('starts with punctuation');
	const doubled =
		text.match(/(?<!\p{L})(\p{L}+) \1(?!\p{L})/iu) ??
		text.match(/(?<!\p{L})(del|al|de|a) (el|la)(?= \d)/u);
	if (doubled && !template.includes(doubled[0])) found.push(`doubled word "${doubled[0]}"`);
	if (/[,.;:]{2,}|,\./.test(text.replace(/\.\.\.|…/g, ''))) found.push('doubled punctuation');
	const words = dangling[locale]!;
	if (words.length) {
		const re = new RegExp(`(?<!\\p{L})(${words.join('|')})(?=\\s*(?:[,.;:!?»”)]|$))`, 'iu');
		const m = text.match(re);
		if (m) found.push(`dangling "${m[1]}"`);
	}
	if (locale !== 'ja') {
		const enders = locale === 'el' ? '.!?;…' : '.!?…';
		const re = new RegExp(`(^|[${enders}]\\s+)[«„"“¿¡(–—-]*\\s*(\\p{Ll})`, 'gu');
		for (const m of text.matchAll(re)) {
			if (abbreviations.test(text.slice(0, m.index + m[1]!.length))) continue;
			found.push(`lower-case sentence start at "${text.slice(m.index, m.index + 12)}"`);
		}
	}
	return found;
}

const locales = readdirSync(textsDir, { withFileTypes: true })
	.filter((e) => e.isDirectory())
	.map((e) => e.name)
	.sort();
const phrases = locales.flatMap((locale) =>
	readdirSync(join(textsDir, locale))
		.filter((f) => f.endsWith('.yaml'))
		.flatMap((f) =>
			Object.entries(
				parse(readFileSync(join(textsDir, locale, f), 'utf8')) as Record<string, { text: string }>,
			).map(([id, entry]) => ({ locale, id, file: `${locale}/${f}`, text: entry.text })),
		),
);

describe('phrases filled with empty, short and long values', () => {
	it('has samples for every locale and placeholder', () => {
		for (const locale of locales)
			for (const key of placeholderKeys)
				expect(samples[locale]?.short[key], `${locale} ${key}`).toBeTruthy();
	});

	for (const scenario of ['empty', 'short', 'long'] as const) {
		it(`copies correct sentences with ${scenario} values`, () => {
			const found: string[] = [];
			for (const { locale, id, file, text } of phrases) {
				const { short, long } = samples[locale]!;
				const typed: Record<string, string> = scenario === 'long' ? { ...long } : { ...short };
				if (scenario === 'empty') {
					// Optional fields left empty; required ones must block the copy, so the agent fills them.
					for (const key of placeholderKeys)
						if (!requiredKeysOf(text).includes(key)) typed[key] = '';
					expect(missingRequired(text, {})).toEqual(requiredKeysOf(text));
				}
				const out = fillPlaceholders(text, typed);
				for (const p of problems(locale, out, text)) found.push(`${file} ${id}: ${p}: ${out}`);
			}
			expect(found, found.join('\n')).toEqual([]);
		}, 30_000);
	}
});

describe('the sentence checks themselves', () => {
	it('catch the defects they are for', () => {
		expect(problems('ro', 'Mă numesc  și mă ocup eu.')).toContain('doubled space');
		expect(problems('ro', 'Aveți o problemă cu?')).toContain('dangling "cu"');
		expect(problems('es', 'Su número de referencia es .')).toContain('space before punctuation');
		expect(problems('el', 'Ευχαριστώ. κύριε Νίκο, σας ακούω.')).toHaveLength(1);
		expect(problems('es', 'Gracias. Le llamo el lunes, p. ej. mañana.')).toEqual([]);
		expect(problems('es', 'Llegará antes del el 12 de mayo.')).toHaveLength(1);
	});
});
