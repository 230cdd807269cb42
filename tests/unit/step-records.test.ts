import { describe, expect, it } from 'vitest';
import { stepRecords } from '../../src/lib/search/step-records';

const page = `<!doctype html><html lang="ro"><body><h1>Clienți nepoliticoși</h1>
<article class="step" data-step-id="talk-to-a-supervisor" data-search-words="supervizor escaladare" data-search-topic="sef şef manager">
  <div class="heading-with-link"><h3 id="talk-to-a-supervisor">Implicați supervizorul</h3></div>
  <div class="step-body"><p>Spuneți clientului ce urmează.</p><p hidden>ascuns</p></div>
  <div class="step-phrases"><a href="#">o expresie</a></div>
</article>
<article class="step" data-step-id="no-words"><h3 id="no-words">Fără cuvinte</h3><div class="step-body"><p>Text.</p></div></article>
<article class="step" data-step-id="from-english" data-fallback="en"><h3 id="from-english">Not yet</h3></article>
</body></html>`;

describe('site-search records per playbook step', () => {
	const records = stepRecords(page, '/ro/playbooks/rude-customers/');

	it('one record per own-language step, linking to the step', () => {
		expect(records.map((r) => r.url)).toEqual([
			'/ro/playbooks/rude-customers/#talk-to-a-supervisor',
			'/ro/playbooks/rude-customers/#no-words',
		]);
		expect(records[0]!.language).toBe('ro');
	});

	it("the text is the step's guidance; the agents' words are metadata only (never the excerpt)", () => {
		const [record] = records;
		expect(record!.content).toBe('Implicați supervizorul. Spuneți clientului ce urmează.');
		expect(record!.content).not.toMatch(/sef|escaladare|ascuns|expresie/);
		expect(record!.meta).toEqual({
			title: 'Implicați supervizorul',
			terms: 'supervizor escaladare',
			topic: 'sef şef manager',
		});
	});
});
