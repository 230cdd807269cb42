/**
 * `npm run bench:lighthouse`: Lighthouse scores and key timings for the home page, a playbook, the phrase
 * finder and the escalation tree in all five locales (run `npm run build` first).
 *
 * `RUNS=5 npm run bench:lighthouse` audits every page five times and prints each page's median run (by
 * performance score) with the spread: on a 2-core machine one build's score swings by up to ±7 points from run
 * to run, so one run cannot say whether a page holds 95 (Lighthouse's own advice is the median of five).
 */
import { locales } from '../src/lib/i18n/locales.ts';
import {
	audit,
	medianRuns,
	shortfalls,
	withServer,
	type LighthouseResult,
} from './lighthouse-run.ts';

const pages = ['', 'playbooks/resolved-method/', 'phrases/', 'escalation/'];
const runs = Math.max(1, Math.floor(Number(process.env.RUNS ?? 1)) || 1);

await withServer(4390, async (origin) => {
	const urls = locales.flatMap((l) => pages.map((p) => `${origin}/${l.code}/${p}`));
	const rounds: LighthouseResult[][] = [];
	for (let i = 0; i < runs; i++) rounds.push(await audit(urls));
	console.log(
		'page'.padEnd(42),
		'perf  a11y  bp    seo   FCP   LCP   TBT  CLS    SI',
		runs > 1 ? ` perf over ${runs} runs` : '',
	);
	const medians = medianRuns(rounds);
	urls.forEach((url, i) => {
		const all = rounds.map((round) => round[i]!);
		const r = medians[i]!;
		const s = r.scores;
		const t = r.timings;
		const spread = all.map((x) => x.scores.performance).join(' ');
		console.log(
			url.replace(origin, '').padEnd(42),
			[s.performance, s.accessibility, s['best-practices'], s.seo]
				.map((n) => String(n).padEnd(5))
				.join(' '),
			[t.fcp, t.lcp, t.tbt].map((n) => `${n}`.padEnd(5)).join(' '),
			t.cls!.toFixed(3),
			t.si,
			runs > 1 ? ` [${spread}]` : '',
			shortfalls(r).length ? `  ← ${shortfalls(r).join(', ')}` : '',
		);
	});
});
