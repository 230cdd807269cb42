/**
 * Weight budgets on the built files (gzip sizes). The figures themselves are printed by
 * `npm run bench:weight`; this test only holds the line.
 */
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { budgets, finderWeight, gz, pageWeight, pagesByType } from '../../src/lib/budget';
import { localeInfo } from '../../src/lib/i18n/locales';
import { readFileSync } from 'node:fs';
import { locales } from './support';

const dist = resolve(import.meta.dirname, '../../dist');

test('the phrase finder adds under 15 KB of gzipped JavaScript to a plain Starlight page', () => {
	for (const locale of locales) {
		// What the finder page loads up front that a plain page does not (the plain page's table-of-contents
		// script, absent on the finder page, is not subtracted). The locale's stemmer chunk, loaded as soon as
		// the finder starts, is reported beside it but not held here: with it, el is over 15 KB (the Greek
		// Snowball stemmer, 6.1 KB), a trade-off npm run bench:weight and docs/phrase-search.md show.
		const w = finderWeight(dist, locale, localeInfo(locale).lang);
		test.info().annotations.push({
			type: 'finder JS added (gzip)',
			description: `${locale}: ${w.upFront} B, stemmer chunk ${w.stemmer} B`,
		});
		expect(w.upFront).toBeGreaterThan(0);
		expect(w.upFront).toBeLessThan(15 * 1024);
	}
	// The phrase data is reported separately: in the page's HTML, and the second-language files.
	const data = locales
		.map((l) => `${l}: ${gz(readFileSync(resolve(dist, `phrases-data/${l}.json`)))} B`)
		.join(', ');
	test.info().annotations.push({ type: 'second-language phrase data (gzip)', description: data });
});

for (const [type, budget] of Object.entries(budgets)) {
	test(`${type} pages stay within their weight budget`, () => {
		for (const locale of locales) {
			const weight = pageWeight(dist, pagesByType[type as keyof typeof budgets](locale));
			expect(weight.html, `${weight.page} HTML`).toBeLessThanOrEqual(budget.html);
			expect(weight.js, `${weight.page} JS`).toBeLessThanOrEqual(budget.js);
		}
	});
}
