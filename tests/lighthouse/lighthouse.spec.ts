/**
 * Lighthouse scores on a sample of page types and locales: accessibility, best practices and SEO at 100,
 * performance at least 95. Runs after every other browser test (its own Playwright project), so nothing
 * competes with it for the CPU. The timings themselves are printed by `npm run bench:lighthouse`.
 */
import { expect, test } from '@playwright/test';
import { audit, shortfalls, withServer } from '../../bench/lighthouse-run';

const sample = ['ro/', 'es/playbooks/resolved-method/', 'ja/phrases/', 'el/escalation/'];

test('Lighthouse: a11y, best practices and SEO 100, performance 95 or more', async () => {
	test.setTimeout(300_000);
	const results = await withServer(4391, (origin) => audit(sample.map((p) => `${origin}/${p}`)));
	for (const r of results) test.info().annotations.push({ type: r.url, description: JSON.stringify(r.scores) });
	expect(results.flatMap((r) => shortfalls(r).map((s) => `${r.url}: ${s}`))).toEqual([]);
});
