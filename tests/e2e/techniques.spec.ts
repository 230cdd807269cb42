/**
 * The techniques page for trainers (issue 15): a technique × playbook grid that is a real table (caption,
 * headers with scope) and stays usable at 390 px by scrolling its own region, links from each technique to the
 * modules, role-plays and phrases that teach it, and a copy-link button per technique.
 */
import { expect, test } from './fixtures';
import { uiStrings } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const locale of ['es', 'ja'] as const) {
	const ui = uiStrings(locale);

	test(`${locale}: the technique × playbook grid is a table with headers`, async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.goto(`${locale}/techniques/`);
		const grid = page.getByRole('table', { name: ui['techniques.grid.caption'] });
		await expect(grid).toBeVisible();
		const columns = grid.locator('thead th[scope="col"]');
		const rows = grid.locator('tbody th[scope="row"]');
		// One column per playbook plus the technique names; one row per technique shown on the page.
		expect(await columns.count()).toBeGreaterThanOrEqual(7);
		await expect(rows).toHaveCount(await page.locator('section.technique').count());
		await expect(columns.first()).toHaveText(ui['techniques.grid.technique']!);
		// Every technique is taught somewhere: each row has at least one count.
		for (const row of await grid.locator('tbody tr').all())
			expect((await row.locator('td').allTextContents()).some((c) => /^\d+$/.test(c.trim()))).toBe(
				true,
			);
		// A row header leads to the technique.
		await rows.first().getByRole('link').click();
		const id = new URL(page.url()).hash.slice(1);
		await expect(page.locator(`section.technique h2#${id}`)).toBeInViewport();
	});
}

test('es at 390×844: the grid scrolls inside its own region, by keyboard, and the page does not', async ({
	page,
}) => {
	const ui = uiStrings('es');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('es/techniques/');
	const region = page.getByRole('region', { name: ui['techniques.grid.caption'] });
	await region.focus();
	await expect(region).toBeFocused();
	const scroll = () => region.evaluate((el) => [el.scrollLeft, el.scrollWidth, el.clientWidth]);
	const [, wide, visible] = await scroll();
	expect(wide).toBeGreaterThan(visible!);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await scroll())[0]).toBeGreaterThan(0);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	// The technique names stay in view while the counts scroll under them.
	const name = region.locator('tbody th').first();
	const [box, frame] = [await name.boundingBox(), await region.boundingBox()];
	expect(box!.x).toBeGreaterThanOrEqual(frame!.x - 1);
});

test('es: a technique links to the modules, role-plays and phrases that teach it', async ({
	page,
	request,
}) => {
	const ui = uiStrings('es');
	await page.goto('es/techniques/');
	const listening = page.locator('section.technique').filter({ has: page.locator('h2#listening') });
	const practice = listening.locator('[data-technique-practice]');
	await expect(practice.getByRole('heading', { name: ui['techniques.practice'] })).toBeVisible();
	const modules = practice.locator('dd').first().getByRole('link');
	expect(await modules.count()).toBeGreaterThan(0);
	const roleplays = practice.locator('dd').nth(1).getByRole('link');
	expect(await roleplays.count()).toBeGreaterThan(0);
	// The phrases fold away behind their count; opened, they lead to the phrase finder.
	const summary = practice.getByText(/\d+ frases?/);
	await summary.focus();
	await page.keyboard.press('Enter');
	const phrase = practice.locator('details a').first();
	await expect(phrase).toBeVisible();
	await expect(phrase).toHaveAttribute('href', /\/es\/phrases\/#[a-z-]+$/);
	// Every link lands on an anchor that exists.
	for (const link of [modules.first(), roleplays.first(), phrase]) {
		const href = (await link.getAttribute('href'))!;
		const [path, anchor] = href.split('#');
		const html = await (await request.get(path!)).text();
		expect(html, href).toContain(`id="${anchor}"`);
	}
	// A role-play link opens the scenario on the training page.
	await roleplays.first().click();
	await expect(page).toHaveURL(/\/es\/training\/#[a-z-]+--[a-z-]+$/);
	await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeInViewport();
});

for (const locale of ['ja', 'el'] as const) {
	test(`${locale}: "copy link" on a technique copies its full URL and says so`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`${locale}/techniques/?from=slides`);
		const section = page.locator('section.technique').filter({ has: page.locator('h2#empathy') });
		await section.locator('copy-link button').click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${baseURL}${locale}/techniques/#empathy`);
		await expect(section.locator('copy-link [role="status"]')).toHaveText(
			uiStrings(locale)['copyLink.copied']!,
		);
	});
}

test('ja: the step list names the playbook in Japanese brackets, never ASCII ones', async ({
	page,
}) => {
	await page.goto('ja/techniques/');
	const sources = await page.locator('.crosswalk-source').allTextContents();
	expect(sources.length).toBeGreaterThan(10);
	for (const s of sources) expect(s).toMatch(/^（[^()]+）$/);
});
