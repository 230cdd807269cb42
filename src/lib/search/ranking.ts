/**
 * How site search (Pagefind) ranks, shared by Starlight's search box (astro.config.mjs) and the tests that
 * query Pagefind directly. Metadata fields: `terms` (a step's own keywords) and `topic` (the agents' words for
 * the concepts a step is about) are set by src/lib/search/step-records.ts; `keywords` is a page's words
 * (playbook and phrase pages). A match there must outrank a word that merely occurs in another step's text:
 * with Pagefind's default weight (1) «rambursare» found the step that mentions a refund in passing, not the
 * step about offering one. Pages weigh a little less than steps, so a step about the query wins over the whole
 * playbook. Measured with tests/e2e/search.spec.ts and site-search-vocabulary.spec.ts (all pass from 3/3/2 to
 * 8/8/5; equal weights for steps and pages let pages tie with steps).
 */
export const siteSearchRanking = {
	metaWeights: { terms: 5, topic: 5, keywords: 4 },
} as const;
