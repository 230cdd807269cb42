/**
 * Site search (Pagefind) with the agents' vocabulary (src/content/vocabulary/): a realistic query set per
 * locale, not copied from the pages, must reach a right page in the top three for at least 95 % of queries;
 * and the hidden vocabulary is searchable but never the excerpt a result shows.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { searchTopThree, type Locale } from './support';

const pb = (...ids: string[]) => ids;
const all = pb(
	'rude-customers',
	'difficult-customers',
	'resolved-method',
	'de-escalation-checklist',
	'why-customers-become-difficult',
);

/** [query, pages any of which is right]: page = playbook id, "phrases" or "escalation". */
const queries: Record<Locale, [string, string[]][]> = {
	ro: [
		[
			'vrea sa vorbeasca cu seful',
			['phrases', 'rude-customers', 'difficult-customers', 'de-escalation-checklist'],
		],
		['clientul injura', ['phrases', 'difficult-customers']],
		['ma da in judecata', ['phrases', 'difficult-customers']],
		['urla la telefon', ['phrases', 'rude-customers', 'difficult-customers']],
		['bani inapoi', ['phrases', 'de-escalation-checklist']],
		['revin maine cu telefon', ['phrases', 'resolved-method']],
		['coletul intarzie', ['phrases', 'why-customers-become-difficult', 'resolved-method']],
		['nervos', ['phrases', ...all]],
		['pauza dupa apel', ['difficult-customers', 'rude-customers']],
		['refuz politicos', ['phrases', 'difficult-customers', 'de-escalation-checklist']],
	],
	ja: [
		[
			'上司に代わってほしい',
			['phrases', 'rude-customers', 'difficult-customers', 'de-escalation-checklist'],
		],
		['暴言', ['phrases', 'difficult-customers', 'escalation']],
		['訴える', ['phrases', 'difficult-customers']],
		['怒鳴る', ['phrases', 'rude-customers', 'difficult-customers']],
		['返金', ['phrases', 'de-escalation-checklist']],
		['折り返し', ['phrases', 'resolved-method']],
		['配送 遅延', ['phrases', 'why-customers-become-difficult', 'resolved-method']],
		['クレーム', ['phrases', ...all]],
		['休憩', ['difficult-customers', 'rude-customers']],
		['お断り', ['phrases', 'difficult-customers', 'de-escalation-checklist']],
	],
	ru: [
		[
			'позвать руководителя',
			['phrases', 'rude-customers', 'difficult-customers', 'de-escalation-checklist'],
		],
		['матерится', ['phrases', 'difficult-customers']],
		['угрожает судом', ['phrases', 'difficult-customers']],
		['орёт', ['phrases', 'rude-customers', 'difficult-customers']],
		['вернуть деньги', ['phrases', 'de-escalation-checklist']],
		['перезвоню завтра', ['phrases', 'resolved-method']],
		['посылка задерживается', ['phrases', 'why-customers-become-difficult', 'resolved-method']],
		['злой клиент', ['phrases', ...all]],
		['перерыв после звонка', ['difficult-customers', 'rude-customers']],
		['вежливо отказать', ['phrases', 'difficult-customers', 'de-escalation-checklist']],
	],
	es: [
		[
			'quiero hablar con el gerente',
			['phrases', 'rude-customers', 'difficult-customers', 'de-escalation-checklist'],
		],
		['dice groserias', ['phrases', 'difficult-customers']],
		['amenaza con demandar', ['phrases', 'difficult-customers']],
		['cliente gritando', ['phrases', 'rude-customers', 'difficult-customers']],
		['reembolso', ['phrases', 'de-escalation-checklist']],
		['lo llamo mañana', ['phrases', 'resolved-method']],
		['pedido demorado', ['phrases', 'why-customers-become-difficult', 'resolved-method']],
		['cabreado', ['phrases', ...all]],
		['descanso entre llamadas', ['difficult-customers', 'rude-customers']],
		['decir que no', ['phrases', 'difficult-customers', 'de-escalation-checklist']],
	],
	el: [
		[
			'θελει τον προισταμενο',
			['phrases', 'rude-customers', 'difficult-customers', 'de-escalation-checklist'],
		],
		['βριζει', ['phrases', 'difficult-customers']],
		['απειλει με μηνυση', ['phrases', 'difficult-customers']],
		['φωναζει', ['phrases', 'rude-customers', 'difficult-customers']],
		['επιστροφη χρηματων', ['phrases', 'de-escalation-checklist']],
		['θα σας παρω αυριο', ['phrases', 'resolved-method']],
		['καθυστερηση παραδοσης', ['phrases', 'why-customers-become-difficult', 'resolved-method']],
		['θυμωμενος πελατης', ['phrases', ...all]],
		['διαλειμμα', ['difficult-customers', 'rude-customers']],
		['ευγενικη αρνηση', ['phrases', 'difficult-customers', 'de-escalation-checklist']],
	],
};

/** The top three results as page ids (playbook id, "phrases", "escalation", …) with their excerpts. */
async function pagefindResults(page: Page, query: string) {
	return (await searchTopThree(page, query)).map((hit) => ({
		page:
			/\/playbooks\/([^/]+)\//.exec(hit.url)?.[1] ??
			/\/(phrases|escalation|techniques|training)\//.exec(hit.url)?.[1] ??
			hit.url,
		excerpt: hit.excerpt,
	}));
}

for (const [locale, list] of Object.entries(queries) as [Locale, [string, string[]][]][]) {
	test(`${locale}: agents' words reach the right page in the top three (≥ 95 %)`, async ({
		page,
	}) => {
		await page.goto(`${locale}/`);
		const misses: string[] = [];
		for (const [query, anyOf] of list) {
			const top = await pagefindResults(page, query);
			if (!top.some((r) => anyOf.includes(r.page)))
				misses.push(`«${query}» gave ${top.map((r) => r.page).join(', ')}`);
		}
		expect((list.length - misses.length) / list.length, misses.join('\n')).toBeGreaterThanOrEqual(
			0.95,
		);
	});
}

test('the hidden vocabulary is searchable but never shown as the excerpt', async ({ page }) => {
	// «gerente» appears only in the Spanish vocabulary, «pastrati calmul» only as folded forms (the bug in issue 10),
	// «матерится» only in the Russian vocabulary.
	for (const [locale, query, hidden] of [
		['es', 'gerente', /gerente/i],
		['ro', 'pastrati calmul', /pastrati/],
		['ru', 'матерится', /матерится/],
	] as const) {
		await page.goto(`${locale}/`);
		const results = await pagefindResults(page, query);
		expect(results.length, `${locale} «${query}»`).toBeGreaterThan(0);
		for (const r of results)
			expect(r.excerpt, `${locale} «${query}» on ${r.page}`).not.toMatch(hidden);
	}
});
