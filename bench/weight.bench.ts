/**
 * `npm run bench:weight`: gzip sizes of the HTML and up-front JavaScript of each page type in every locale,
 * against the budgets the tests hold (src/lib/budget.ts). Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { budgets, gz, pageWeight, pagesByType } from '../src/lib/budget.ts';
import { locales } from '../src/lib/i18n/locales.ts';

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
const plain = pageWeight(dist, 'es/translators');
const finder = pageWeight(dist, 'es/phrases');
const own = finder.scripts
	.filter((f) => !plain.scripts.includes(f))
	.reduce((n, f) => n + gz(readFileSync(f)), 0);
console.log(`\nJavaScript the phrase finder adds to a plain page: ${kb(own)} (budget 15 KB)`);
console.log(
	`Second-language phrase data: ${locales.map((l) => `${l.code} ${kb(gz(readFileSync(resolve(dist, `phrases-data/${l.code}.json`))))}`).join(', ')}`,
);
