import { describe, expect, it } from 'vitest';
import { createAnalyser, loadStemmer } from '../../src/lib/search/analyse';

const analyser = async (lang: string) => createAnalyser(lang, await loadStemmer(lang));
const same = async (lang: string, a: string, b: string) => {
	const x = await analyser(lang);
	return x.queryTerm(a) === x.queryTerm(b);
};

describe('analysis per language', () => {
	it.each([
		['ro', 'amenințări', 'amenintari'],
		['ru', 'откажу', 'откажем'],
		['ru', 'руководителя', 'руководитель'],
		['es', 'insulta', 'insultos'],
		['es', 'insultando', 'insulto'],
		['el', 'βρίζει', 'βρίζουν'],
		['el', 'συγγνώμη', 'ΣΥΓΓΝΩΜΗ'],
	])('%s: «%s» and «%s» meet on one stem', async (lang, a, b) => {
		expect(await same(lang, a, b)).toBe(true);
	});

	it('ro: «strigat» is found from «strigă» by a prefix lookup on the stem', async () => {
		const ro = await analyser('ro');
		expect(ro.queryTerm('strigat')!.startsWith(ro.queryTerm('strigă')!)).toBe(true);
	});

	it('Japanese shown beside a Spanish phrase is segmented into words, not kept as one sentence', async () => {
		const es = await analyser('es');
		const words = es.words('お客様がお怒りになるのはごもっともです。');
		expect(words.length).toBeGreaterThan(2);
		const index = words.flatMap((w) => es.indexTerms(w));
		const query = es.words('ごもっとも').flatMap((w) => es.queryTerm(w) ?? []);
		expect(query.length).toBeGreaterThan(0);
		for (const term of query) expect(index).toContain(term);
	});

	it('ja: a word typed in hiragana is one word, not one kana at a time', () => {
		expect(createAnalyser('ja').words('くれーむ')).toEqual(['くれーむ']);
	});

	it('ru: ё and е fold together, and the index keeps the unstemmed form for prefix lookups', async () => {
		const ru = await analyser('ru');
		expect(ru.queryTerm('орёт')).toBe(ru.queryTerm('орет'));
		expect(ru.indexTerms('матерится')).toContain('матерится');
	});

	it('el: a stem is never cut below three letters', async () => {
		const el = await analyser('el');
		expect(el.queryTerm('βρίζει')!.length).toBeGreaterThanOrEqual(3);
	});

	it('ja: segments words with Intl.Segmenter and drops particles and polite endings', () => {
		const ja = createAnalyser('ja');
		const words = ja.words('上司に代わります');
		expect(words).toContain('上司');
		expect(words.map((w) => ja.queryTerm(w)).filter(Boolean)).toEqual(['上司', '代わり']);
	});

	it('ja: katakana, half-width and hiragana spellings fold to one term', () => {
		const ja = createAnalyser('ja');
		expect(ja.queryTerm('クレーム')).toBe(ja.queryTerm('ｸﾚｰﾑ'));
		expect(ja.queryTerm('クレーム')).toBe(ja.queryTerm('くれーむ'));
	});

	it('stop words and "customer" are recognised per language', async () => {
		expect((await analyser('es')).isStopWord('cliente')).toBe(true);
		expect((await analyser('ro')).isStopWord('la')).toBe(true);
		expect((await analyser('ro')).isStopWord('nu')).toBe(false);
		expect(createAnalyser('ja').isStopWord('お客様')).toBe(true);
	});
});
