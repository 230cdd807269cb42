/**
 * Words in another language inside our texts, which screen readers must pronounce in that language:
 * the English names of the RESOLVED steps (a mnemonic that only works in English, so every locale keeps
 * them as glosses) and the forms of address the translator guide cites from each language.
 */
export interface ForeignTerms {
	lang: string;
	terms: readonly string[];
}

/**
 * The English glosses of the RESOLVED method. Marked on every page (src/lib/i18n/mark-foreign.ts): the name
 * shows in every sidebar, and step titles with their glosses in tables of contents, training and phrase
 * pages. None of these words is a word of ro/es/ru/el/ja in our texts (checked: no other text uses them).
 *
 * The single letters that open each step title ("R — …", "E：…" in ru/el/ja) are left unmarked, on purpose.
 * WCAG 3.1.2 (Language of Parts) exempts "words of indeterminate language": a lone Latin capital used as a
 * label (like "A)", "B)" before answers) belongs to no one language, and every locale here writes it. What
 * would be mispronounced is the English word it stands for, and that word is marked, in the gloss right
 * after it ("(Respond)") and in "RESOLVED". Marking the letter too would make screen readers switch voice
 * for one character and back, on every step title, without saying anything more correctly.
 */
export const resolvedGlosses: ForeignTerms = {
	lang: 'en',
	terms: [
		'Empathise and apologise',
		'Open your mind',
		'RESOLVED',
		'RUN',
		'Respond',
		'Solve',
		'Listen',
		'Verify',
		'Execute',
		'Document',
	],
};

/** The register examples in `translators.rules`, by language. */
export const registerExamples: ForeignTerms[] = [
	{ lang: 'ro', terms: ['dumneavoastră'] },
	{ lang: 'es', terms: ['usted'] },
	{ lang: 'ru', terms: ['Вы'] },
	{ lang: 'el', terms: ['εσείς'] },
	{ lang: 'ja', terms: ['です/ます', 'です', 'ます', '敬語'] },
];

export interface Segment {
	text: string;
	lang?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A term is a whole word when no letter or digit of its own script touches it: "RESOLVED" is a word in
 * "RESOLVED法" or "RESOLVEDの" (Japanese writes no spaces), but "Solve" is not one inside "Solvency".
 */
function wholeWord(term: string): string {
	const latin = /^\p{Script=Latin}/u.test(term) && /\p{Script=Latin}$/u.test(term);
	const edge = latin ? '[\\p{Script=Latin}\\p{N}]' : '[\\p{L}\\p{N}]';
	return `(?<!${edge})${escape(term)}(?!${edge})`;
}

/**
 * Splits text into runs, marking whole-word occurrences of terms in a language other than the page's.
 * Longer terms win ("Empathise and apologise" before "Empathise").
 */
export function foreignSegments(
	text: string,
	pageLang: string,
	sets: readonly ForeignTerms[],
): Segment[] {
	const terms = sets
		.filter((s) => s.lang.split('-')[0] !== pageLang.split('-')[0])
		.flatMap((s) => s.terms.map((term) => ({ term, lang: s.lang })))
		.sort((a, b) => b.term.length - a.term.length);
	if (!terms.length) return [{ text }];
	const pattern = new RegExp(terms.map((t) => wholeWord(t.term)).join('|'), 'gu');
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(pattern)) {
		if (m.index > last) out.push({ text: text.slice(last, m.index) });
		out.push({ text: m[0], lang: terms.find((t) => t.term === m[0])!.lang });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}
