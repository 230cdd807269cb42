/**
 * Site search (Pagefind) in every locale, with the words agents actually type: no diacritics, everyday
 * synonyms, colloquial terms. None of these queries is copied from the page text.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { searchTopThree, type Locale } from './support';

const queries: Record<Locale, [query: string, anyOf: string[]][]> = {
	ro: [
		[
			'clientul înjură',
			[
				'difficult-customers#vulgar-emails',
				'difficult-customers#ask-to-stop',
				'difficult-customers#flag-the-customer',
			],
		],
		[
			'amenintari',
			[
				'difficult-customers#report-threats',
				'difficult-customers#stay-composed',
				'rude-customers#never-ignore-threats',
			],
		],
		[
			'sef',
			[
				'rude-customers#talk-to-a-supervisor',
				'difficult-customers#escalation-triggers',
				'de-escalation-checklist#involve-management',
			],
		],
		['pauza', ['difficult-customers#take-a-break', 'rude-customers#breathe-afterwards']],
		['rambursare', ['de-escalation-checklist#offer-compensation']],
	],
	ja: [
		['返金', ['de-escalation-checklist#offer-compensation']],
		['脅迫', ['difficult-customers#report-threats', 'difficult-customers#stay-composed']],
		['休憩', ['difficult-customers#take-a-break']],
		['カスハラ', ['difficult-customers#ask-to-stop']],
		[
			'暴言',
			['difficult-customers#vulgar-emails', 'difficult-customers#dont-take-insults-personally'],
		],
		[
			'上司に代わって',
			[
				'rude-customers#talk-to-a-supervisor',
				'difficult-customers#escalation-triggers',
				'de-escalation-checklist#involve-management',
			],
		],
	],
	ru: [
		[
			'угрожает судом',
			[
				'difficult-customers#stay-composed',
				'difficult-customers#keep-listening-and-solving',
				'difficult-customers#support-the-legal-team',
			],
		],
		['возврат денег', ['de-escalation-checklist#offer-compensation']],
		['извиниться', ['de-escalation-checklist#apologise', 'rude-customers#apologise']],
		[
			'клиент хамит',
			[
				'difficult-customers#respond-firmly',
				'difficult-customers#flag-the-customer',
				'rude-customers#find-the-real-problem',
				'rude-customers#dont-take-it-personally',
			],
		],
		[
			'перерыв после звонка',
			['rude-customers#breathe-afterwards', 'difficult-customers#take-a-break'],
		],
	],
	es: [
		['amenaza', ['difficult-customers#report-threats', 'difficult-customers#stay-composed']],
		[
			'jefe',
			[
				'difficult-customers#escalation-triggers',
				'difficult-customers#tell-your-team',
				'rude-customers#talk-to-a-supervisor',
			],
		],
		['reembolso', ['de-escalation-checklist#offer-compensation']],
		['insultos por correo', ['difficult-customers#vulgar-emails']],
		['cabreado', ['resolved-method#respond', 'resolved-method#listen']],
	],
	el: [
		[
			'απειλη',
			[
				'difficult-customers#report-threats',
				'difficult-customers#stay-composed',
				'rude-customers#never-ignore-threats',
			],
		],
		[
			'προισταμενος',
			[
				'difficult-customers#escalation-triggers',
				'de-escalation-checklist#involve-management',
				'rude-customers#talk-to-a-supervisor',
			],
		],
		['επιστροφη χρηματων', ['de-escalation-checklist#offer-compensation']],
		['βρισιες', ['difficult-customers#vulgar-emails', 'difficult-customers#ask-to-stop']],
		['διαλειμμα', ['difficult-customers#take-a-break']],
	],
};

/**
 * The top three results as an agent sees them: the three best results, each with its three best-matching
 * headings (Pagefind's sub-results, ranked by how many matches fall under each). A playbook step is also a
 * result of its own (src/integrations/step-search.ts) whose link is the step; when the agents' words matched
 * only its metadata it has no sub-results, and the agent sees (and follows) that link. Ranked with the site's
 * own options (src/lib/search/ranking.ts), as the search box ranks.
 */
/** The top three results as `playbook#step`: up to three matching steps of each result page. */
async function topResults(page: Page, query: string): Promise<string[]> {
	return (await searchTopThree(page, query)).flatMap((hit) => {
		const playbook = /\/playbooks\/([^/]+)\//.exec(hit.url)?.[1] ?? hit.url;
		const urls = hit.subUrls.length ? hit.subUrls.slice(0, 3) : [hit.url];
		return urls.map((url) => `${playbook}#${url.split('#')[1] ?? ''}`);
	});
}

for (const [locale, list] of Object.entries(queries)) {
	test(`${locale}: everyday queries find the right playbook step in the top three`, async ({
		page,
	}) => {
		await page.goto(`${locale}/`);
		for (const [query, anyOf] of list) {
			const results = await topResults(page, query);
			expect
				.soft(
					results.some((r) => anyOf.includes(r)),
					`"${query}" gave ${results.join(', ')}`,
				)
				.toBe(true);
		}
	});
}

test('the search box in the page header finds a step in Japanese', async ({ page }) => {
	await page.goto('ja/');
	await page.getByRole('button', { name: '検索' }).click();
	await page.getByRole('dialog').getByRole('textbox').fill('返金');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await expect(
		page.locator('a.pagefind-ui__result-link[href*="de-escalation-checklist"]').first(),
	).toBeVisible();
});

test.describe('site search on first use', () => {
	// Pagefind's UI script is slowed down below, which the browser's own router sees only without the worker.
	test.use({ serviceWorkers: 'block' });

	test('search starts when the agent reaches for it, and keeps what is typed at once', async ({
		page,
	}) => {
		const pagefind: string[] = [];
		page.on('request', (r) => /\/pagefind\/|ui-core/.test(r.url()) && pagefind.push(r.url()));
		await page.goto('es/');
		// Nothing of Pagefind is loaded for a page the agent only reads (it used to start once the page was idle).
		await page.waitForLoadState('networkidle');
		expect(pagefind).toEqual([]);
		// A slow network: Pagefind's UI arrives well after the agent has started typing, and corrected a typo.
		await page.route(/ui-core.*\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await page.keyboard.press('Control+k');
		await page.keyboard.type('gerenet');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('te');
		const box = page.getByRole('dialog').getByRole('textbox');
		await expect(box).toHaveValue('gerente');
		await expect(box).toBeFocused();
		await expect(page.getByRole('dialog').getByRole('searchbox')).toHaveCount(0);
		await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
		// «gerente» is only in the agents' hidden vocabulary: it finds the pages, but is never listed under them.
		await expect(page.locator('.pagefind-ui__results')).not.toContainText('gerente');
		// Escape closes it; the second opening reuses the same search, with its box focused.
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toBeHidden();
		await page.getByRole('button', { name: 'Buscar' }).click();
		await expect(box).toBeFocused();
		await expect(page.locator('.pagefind-ui__search-input')).toHaveCount(1);
	});
});
