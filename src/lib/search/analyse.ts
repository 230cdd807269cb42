/**
 * Per-language text analysis shared by the phrase finder's index and its queries: words are found (Japanese by
 * `Intl.Segmenter`, which needs no dictionary), folded (see `fold`) and stemmed with Snowball stemmers
 * (@orama/stemmers) for the languages that inflect heavily. Stemmers are passed in rather than imported here,
 * so a page only loads the one stemmer of its own language.
 */
import { fold } from './fold.ts';

export type Stemmer = (word: string) => string;

export interface Analyser {
	/** The words of a text, in order, as typed (not yet folded). */
	words(text: string): string[];
	/** Index terms for one word: its folded form and, when different, its stem. Empty for noise. */
	indexTerms(word: string): string[];
	/** The one term a query word is looked up by (folded and stemmed), or undefined for noise. */
	queryTerm(word: string): string | undefined;
	/** Whether a query word is a stop word (dropped unless the query has nothing else). */
	isStopWord(word: string): boolean;
}

const latinWords = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const japaneseScript = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
/** A single kana is a particle or an inflection ending (に, を, す): noise for search. */
const singleKana = /^[\u3040-\u30ff]$/;
/** Polite auxiliaries that end almost every Japanese phrase: matching them says nothing about the phrase. */
const japaneseNoise = new Set([
	'ます',
	'です',
	'ござい',
	'いたし',
	'ませ',
	'まし',
	'ください',
	'おり',
	'する',
	'して',
	'いただき',
]);
/** "Customer" in a customer-service phrase book narrows nothing: agents add it to half their queries. */
const customerWords: Record<string, readonly string[]> = {
	ro: ['client', 'clientul', 'clienta', 'clientului', 'clientei', 'clientii'],
	es: ['cliente', 'clienta', 'clientes'],
	ru: ['клиент', 'клиента', 'клиенту', 'клиентом', 'клиентка', 'клиентки'],
	el: ['πελατησ', 'πελατη', 'πελατισσα', 'πελατεσ'],
	ja: ['お客様', 'お客さま', 'お客さん', '客', '様'],
};

/**
 * Words that say nothing about which phrase is meant (articles, prepositions, pronouns), folded. Negations
 * (no, nu, не, δεν) stay: "decir que no" is a request. Only queries drop them; an all-stop-word query keeps them.
 */
const stopWords: Record<string, readonly string[]> = {
	ro: [
		'si',
		'in',
		'la',
		'de',
		'pe',
		'cu',
		'din',
		'ca',
		'sa',
		'a',
		'al',
		'ale',
		'ai',
		'un',
		'o',
		'unei',
		'unui',
		'ma',
		'mi',
		'imi',
		'mine',
		'eu',
		'el',
		'ea',
		'ei',
		'le',
		'lui',
		'se',
		'sunt',
		'este',
		'e',
		'pentru',
		'care',
		'ce',
		'cum',
		'mai',
		'foarte',
		'ne',
		'noi',
		'va',
		'voi',
		'dvs',
	],
	es: [
		'el',
		'la',
		'los',
		'las',
		'un',
		'una',
		'unos',
		'unas',
		'de',
		'del',
		'al',
		'a',
		'en',
		'por',
		'para',
		'con',
		'que',
		'y',
		'o',
		'me',
		'mi',
		'se',
		'le',
		'lo',
		'su',
		'sus',
		'es',
		'esta',
		'muy',
		'yo',
		'ella',
		'como',
	],
	ru: [
		'и',
		'в',
		'во',
		'на',
		'с',
		'со',
		'к',
		'по',
		'за',
		'из',
		'у',
		'о',
		'об',
		'от',
		'до',
		'я',
		'мне',
		'меня',
		'он',
		'она',
		'мы',
		'вы',
		'вас',
		'вам',
		'это',
		'как',
		'что',
		'ли',
		'же',
		'бы',
		'а',
		'но',
	],
	el: [
		'ο',
		'η',
		'το',
		'οι',
		'τα',
		'του',
		'τησ',
		'των',
		'τον',
		'την',
		'σε',
		'στο',
		'στη',
		'στην',
		'στον',
		'στα',
		'με',
		'για',
		'και',
		'να',
		'θα',
		'που',
		'απο',
		'ενα',
		'μια',
		'μου',
		'μασ',
		'σασ',
		'τι',
		'πωσ',
	],
};

let jaSegmenter: Intl.Segmenter | undefined;

function japaneseWords(text: string): string[] {
	jaSegmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
	const out: string[] = [];
	// Without a dictionary entry, a word typed in hiragana (くれーむ for クレーム) comes back one kana at a time:
	// runs of single kana are joined back into one word, while a lone particle between words stays alone.
	let run: string[] = [];
	const flush = () => {
		if (run.length) out.push(run.length > 1 ? run.join('') : run[0]!);
		run = [];
	};
	for (const s of jaSegmenter.segment(text)) {
		if (!s.isWordLike && s.segment !== 'ー') {
			flush();
			continue;
		}
		if (/^[\u3040-\u30ffー]$/.test(s.segment)) run.push(s.segment);
		else {
			flush();
			out.push(s.segment);
		}
	}
	flush();
	return out;
}

/**
 * Stems are computed from the folded word, so a query typed without diacritics stems like the text did:
 * the Snowball stemmers themselves expect accents (ro «strigă»), so the word is stemmed in both forms and the
 * folded stem wins; the accented stem becomes an extra index term.
 */
export function createAnalyser(lang: string, stemmer?: Stemmer): Analyser {
	// Japanese text is segmented on every page, not only /ja/: the customer's language shown beside a phrase
	// (and searched, "also") can be Japanese on a Spanish page, and unsegmented it would be one word per sentence.
	const words = (text: string) =>
		lang === 'ja' || japaneseScript.test(text)
			? japaneseWords(text)
			: (text.match(latinWords) ?? []);
	const noise = (folded: string) => !folded || singleKana.test(folded) || japaneseNoise.has(folded);
	const stem = (folded: string): string => {
		if (!stemmer || folded.length < 4 || /^\d+$/.test(folded)) return folded;
		const s = fold(stemmer(folded));
		// Snowball sometimes cuts a short word to almost nothing (el «βρίζει» → «βρ»): keep three letters at least.
		return s.length >= 3 ? s : folded.slice(0, 3);
	};
	const stops = new Set([...(stopWords[lang] ?? []), ...(customerWords[lang] ?? [])].map(fold));
	return {
		words,
		isStopWord: (word) => stops.has(fold(word)),
		indexTerms(word) {
			const folded = fold(word);
			if (noise(folded)) return [];
			const terms = new Set([folded, stem(folded)]);
			if (stemmer && word.toLowerCase() !== folded) {
				const accented = fold(stemmer(word.toLowerCase()));
				if (accented.length >= 3) terms.add(accented);
			}
			return [...terms];
		},
		queryTerm(word) {
			const folded = fold(word);
			if (noise(folded)) return undefined;
			return stem(folded);
		},
	};
}

/** Loads the stemmer for a language, or nothing where there is none (Japanese is segmented instead). */
export async function loadStemmer(lang: string): Promise<Stemmer | undefined> {
	switch (lang) {
		case 'ro':
			return (await import('@orama/stemmers/romanian')).stemmer;
		case 'ru':
			return (await import('@orama/stemmers/russian')).stemmer;
		case 'es':
			return (await import('@orama/stemmers/spanish')).stemmer;
		case 'el':
			return (await import('@orama/stemmers/greek')).stemmer;
		default:
			return undefined;
	}
}
