/**
 * `npm run bench:weight`: gzip sizes of the HTML and up-front JavaScript of each page type in every locale,
 * against the budgets the tests hold (src/lib/budget.ts). Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { budgets, finderWeight, gz, pageWeight, pagesByType } from '../src/lib/budget.ts';
import { locales } from '../src/lib/i18n/locales.ts';
import { loadStemmer } from '../src/lib/search/analyse.ts';

const dist = resolve(import.meta.dirname, '../dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
	'Page weight (gzip)'.padEnd(44),
	'HTML'.padEnd(10),
	'JS'.padEnd(10),
	'budget HTML / JS',
);
for (const [type, budget] of Object.entries(budgets)) {
	for (const l of locales) {
		const w = pageWeight(dist, pagesByType[type as keyof typeof budgets](l.code));
		console.log(
			`/${w.page}/`.padEnd(44),
			kb(w.html).padEnd(10),
			kb(w.js).padEnd(10),
			`${kb(budget.html)} / ${kb(budget.js)}`,
		);
	}
}
// The finder's own JavaScript per locale, as the issue counts it: the search library and the locale's own
// stemmer (a separate chunk, loaded as soon as the finder starts), over a plain page of the same locale.
const budget = 15 * 1024;
console.log('\nJavaScript the phrase finder adds to a plain page (gzip), budget 15 KB:');
const over: string[] = [];
for (const l of locales) {
	const w = finderWeight(dist, l.code, l.lang);
	// A language with a stemmer whose chunk cannot be found would be counted without it: refuse instead.
	if ((await loadStemmer(l.lang)) && !w.stemmerFile)
		throw new Error(
			`No stemmer chunk for ${l.code} among the finder's dynamic imports in dist/_astro.`,
		);
	const total = w.upFront + w.stemmer;
	const stemmer = w.stemmerFile ? `${kb(w.stemmer)} (${basename(w.stemmerFile)})` : 'none';
	console.log(
		`  ${l.code}: ${kb(total).padEnd(8)} = finder ${kb(w.upFront)} + stemmer ${stemmer}${total > budget ? '  OVER BUDGET' : ''}`,
	);
	if (total <= budget) continue;
	over.push(l.code);
	// The trade-off, in figures: what the locale weighs without its stemmer, and how to see what it buys.
	if (w.upFront <= budget && w.stemmer)
		console.log(
			`      ${l.code} is over because of its stemmer: ${kb(w.upFront)} without it. What the stemmer buys in`,
			`retrieval quality: npm run bench:finder -- --without-stemmer=${l.code} (see docs/phrase-search.md).`,
		);
}
console.log(
	over.length
		? `Over the 15 KB budget: ${over.join(', ')}.`
		: 'Every locale is within the 15 KB budget.',
);
console.log(
	`Second-language phrase data: ${locales.map((l) => `${l.code} ${kb(gz(readFileSync(resolve(dist, `phrases-data/${l.code}.json`))))}`).join(', ')}`,
);
