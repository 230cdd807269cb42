/**
 * `npm run bench:lighthouse`: Lighthouse scores and key timings for the home page, a playbook, the phrase
 * finder and the escalation tree in all five locales (run `npm run build` first).
 */
import { locales } from '../src/lib/i18n/locales.ts';
import { audit, shortfalls, withServer } from './lighthouse-run.ts';

const pages = ['', 'playbooks/resolved-method/', 'phrases/', 'escalation/'];
await withServer(4390, async (origin) => {
	const urls = locales.flatMap((l) => pages.map((p) => `${origin}/${l.code}/${p}`));
	const results = await audit(urls);
	console.log('page'.padEnd(42), 'perf  a11y  bp    seo   FCP   LCP   TBT  CLS    SI');
	for (const r of results) {
		const s = r.scores;
		const t = r.timings;
		console.log(
			r.url.replace(origin, '').padEnd(42),
			[s.performance, s.accessibility, s['best-practices'], s.seo]
				.map((n) => String(n).padEnd(5))
				.join(' '),
			[t.fcp, t.lcp, t.tbt].map((n) => `${n}`.padEnd(5)).join(' '),
			t.cls!.toFixed(3),
			t.si,
			shortfalls(r).length ? `  ← ${shortfalls(r).join(', ')}` : '',
		);
	}
});
