/**
 * The session run-sheet, walked by keyboard: pick modules, set a start time and a planned length, leave an
 * activity out to fit, read the clock-time agenda; the session link reproduces it all, module links inside a
 * session keep it, and "show all modules" can be undone.
 */
import { expect, test } from './fixtures';
import { uiStrings } from './support';

test.use({
	permissions: ['clipboard-read', 'clipboard-write'],
	viewport: { width: 1366, height: 768 },
});

const es = uiStrings('es');

test('es: start time and planned length turn two modules into a 90-minute agenda', async ({
	page,
	baseURL,
}) => {
	await page.goto('es/training/');
	const pick = (id: string) =>
		page.locator(`#${id}`).getByRole('checkbox', { name: es['training.pick'], exact: true });
	await pick('understanding-difficult-customers').focus();
	await page.keyboard.press('Space');
	await pick('calm-first').focus();
	await page.keyboard.press('Space');

	const start = page.getByLabel(es['training.start']!);
	await start.focus();
	await start.fill('14:30');
	const length = page.getByLabel(es['training.length']!);
	await length.fill('90');
	await length.press('Tab');

	const agenda = page.locator('[data-cover-agenda] tr');
	// 45 + 60 minutes of work need a break between the modules: 120 minutes, 30 over the planned 90.
	await expect(page.locator('.agenda-break')).toHaveCount(1);
	await expect(page.locator('[data-session-fit]')).toContainText('30 minutos');
	await expect(page.locator('[data-session-fit]')).toHaveClass(/is-over/);

	// Leave the 15-minute listening exercise out: the session fits.
	const listening = page
		.locator('#calm-first [data-activity="calm-first.listen-without-interrupting"]')
		.getByRole('checkbox');
	await listening.focus();
	await page.keyboard.press('Space');
	await expect(page.locator('[data-session-fit]')).not.toHaveClass(/is-over/);
	await expect(page.locator('[data-cover-total]')).toContainText('90 minutos');
	await expect(agenda.first()).toContainText('14:30–14:40');
	await expect(agenda.last()).toContainText('16:00');
	await expect(agenda).toHaveCount(5);
	await expect(page.locator('.agenda-break')).toHaveCount(0);
	await expect(page.locator('[data-cover-materials] li').first()).toBeVisible();
	await expect(page.locator('[data-cover-qr] path')).toHaveAttribute('d', /^M\d/);

	// A third module makes the stretch too long: a break comes between modules.
	await pick('empathy-and-apology').check();
	await expect(page.locator('.agenda-break')).toHaveCount(1);
	await pick('empathy-and-apology').uncheck();

	await expect(page).toHaveURL(
		/modules=understanding-difficult-customers,calm-first&start=1430&length=90&skip=calm-first\.listen-without-interrupting/,
	);
	const url = page.url();
	await expect(page.locator('[data-cover-url]')).toHaveText(url);

	// The copy button puts the full session URL on the clipboard and says so.
	await page.getByRole('button', { name: es['training.copySessionLink'] }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
	await expect(page.locator('[data-session-announce]')).toHaveText(es['training.linkCopied']!);

	// A module's own link inside a session keeps the session.
	await page.locator('#calm-first copy-link button').click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toBe(`${url}#calm-first`);
	expect(url.startsWith(`${baseURL}es/training/?`)).toBe(true);

	// Round trip: the link opens the same session.
	await page.goto('about:blank');
	await page.goto(url);
	await expect(pick('calm-first')).toBeChecked();
	await expect(listening).not.toBeChecked();
	await expect(start).toHaveValue('14:30');
	await expect(length).toHaveValue('90');
	await expect(agenda.last()).toContainText('16:00');
});

test('ja: "show all modules" can be undone, and the run-sheet prints as the first page', async ({
	page,
}) => {
	const ja = uiStrings('ja');
	await page.goto('ja/training/?modules=calm-first,documenting-and-recovering&start=0900');
	await expect(page.locator('[data-cover-modules] li')).toHaveCount(2);
	await page.getByRole('button', { name: ja['training.showAll'] }).click();
	await expect(page).not.toHaveURL(/modules=/);
	await expect(page.locator('[data-session-cover]')).toBeHidden();
	const undo = page.getByRole('button', { name: ja['training.undo'] });
	await undo.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/modules=calm-first,documenting-and-recovering&start=0900/);
	await expect(page.locator('[data-session-announce]')).toHaveText(ja['training.restored']!);
	await expect(undo).toBeHidden();

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-session-cover]')).toBeVisible();
	await expect(page.locator('[data-pick]').first()).toBeHidden();
	await expect(page.locator('[data-activity-pick]').first()).toBeHidden();
	await expect(page.locator('#empathy-and-apology')).toBeHidden();
});

test('es: a role-play kit gives the customer, the agent and the observer their own card', async ({
	page,
}) => {
	await page.goto('es/training/#calm-first');
	const kit = page.locator('#kit-lost-parcel-shouting');
	await expect(
		kit.getByRole('article', { name: new RegExp(`^${es['training.kit.customerCard']}`) }),
	).toContainText(es['training.kit.hidden']!);
	await expect(
		kit.getByRole('article', { name: new RegExp(`^${es['training.kit.agentBrief']}`) }),
	).toBeVisible();
	const observer = kit.getByRole('article', {
		name: new RegExp(`^${es['training.kit.observerSheet']}`),
	});
	await expect(observer.locator('tbody tr')).toHaveCount(5);
	// Checklist items link to the playbook step they practise.
	await expect(
		observer.locator('a[href*="/es/playbooks/difficult-customers/#let-them-vent"]').first(),
	).toBeVisible();
	await expect(kit.locator('.kit-beats li')).toHaveCount(3);
});

test('ja: a knowledge check works by keyboard, explains and links to the step, and stores nothing', async ({
	page,
}) => {
	const ja = uiStrings('ja');
	await page.goto('ja/training/#saying-no-and-setting-limits');
	const check = page.locator('#check-saying-no-and-setting-limits');
	const question = check.locator('[data-question="calm-down"]');
	const feedback = question.locator('[data-kc-feedback]');
	await expect(feedback).toBeHidden();
	const storage = () =>
		page.evaluate(() =>
			JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
		);
	const before = await storage();
	// Checking without a choice asks for one.
	await question.getByRole('button', { name: ja['training.kc.check'] }).focus();
	await page.keyboard.press('Enter');
	await expect(question.getByRole('status')).toHaveText(ja['training.kc.choose']!);
	// Choose by keyboard: into the radio group, arrow to the second option (wrong), then check.
	await question.getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await expect(question.getByRole('radio').nth(1)).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(question.getByRole('button', { name: ja['training.kc.check'] })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(question.getByRole('status')).toHaveText(ja['training.kc.incorrect']!);
	await expect(feedback).toBeVisible();
	await expect(feedback.getByRole('link')).toHaveAttribute(
		'href',
		/\/ja\/playbooks\/why-customers-become-difficult\/#avoid-trigger-words$/,
	);
	// The right answer (the first option).
	await question.getByRole('radio').nth(1).focus();
	await page.keyboard.press('ArrowUp');
	await expect(feedback).toBeHidden();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(question.getByRole('status')).toHaveText(ja['training.kc.correct']!);
	// Answers stay in the page: nothing was written to storage or cookies.
	expect(await storage()).toBe(before);

	// On paper the trainer gets the answer key.
	await page.emulateMedia({ media: 'print' });
	await expect(check.locator('.kc-key').first()).toBeVisible();
	await expect(check.locator('[data-kc-feedback]').nth(2)).toBeVisible();
});
