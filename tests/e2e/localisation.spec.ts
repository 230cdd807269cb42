/**
 * A language being added, in a built copy of the site: German (de) added as CONTRIBUTING says, falling back
 * to Spanish, with a few texts translated, one left in the source language and one outdated. The real site
 * has no gaps, so the translation dashboard's filters, its scroll affordance and its links, and the
 * fallback notices and `lang` of a partial language, are tested here, by keyboard, role and label.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, projectCopy, projectEnv, runScript } from '../support/project-copy';
import { expect, test } from './fixtures';
import { uiStrings } from './support';

const project = projectCopy('e2e-partial-locale');
const copy = project.dir;
const es = uiStrings('es');
let server: ChildProcess | undefined;
let origin = '';

const write = (path: string, text: string) => {
	mkdirSync(join(copy, 'src/content', path, '..'), { recursive: true });
	writeFileSync(join(copy, 'src/content', path), text);
};

// PARTIAL_SITE_KEEP=1 keeps the built copy between runs (and reuses it), for working on these tests.
const keep = process.env.PARTIAL_SITE_KEEP === '1';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(900_000);
	if (!keep || !existsSync(join(copy, 'dist/de/translation-status/index.html'))) buildCopy();
	server = spawn(bin('node'), ['scripts/serve.ts'], {
		cwd: copy,
		env: { ...process.env, DIST_DIR: join(copy, 'dist'), PORT: '0', BASE_PATH: '/' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	origin = await new Promise<string>((done, fail) => {
		server!.stdout!.on('data', (chunk: Buffer) => {
			const m = /at (http:\/\/[^/\s]+)/.exec(chunk.toString());
			if (m) done(m[1]!);
		});
		server!.on('exit', () => fail(new Error('the partial-locale server exited')));
	});
});

/** The project copied, German added as CONTRIBUTING says, a few texts translated, then built. */
function buildCopy() {
	project.create();
	runScript(
		copy,
		'scripts/i18n-add-locale.ts',
		'de',
		'--title',
		'Leitfaden für schwierige Kunden',
		'--fallback',
		'es',
	);
	// A few interface strings (the rest falls back to Spanish), one step of one playbook, two techniques:
	// one translated but outdated (its record holds an older source text), one left in Romanian.
	write(
		'i18n/de.json',
		'{\n\t"nav.home": "Startseite",\n\t"status.title": "Stand der Übersetzungen"\n}\n',
	);
	write(
		'playbook-texts/de/resolved-method.yaml',
		'title: Die RESOLVED-Methode\nsummary: Eine Merkhilfe für verärgerte Kunden.\nsections: {}\nsteps:\n  respond:\n    title: Reagieren Sie auf die Person\n    guidance: ["Wenden Sie sich zuerst dem Menschen zu, dann dem Problem."]\n',
	);
	const ro = readFileSync(join(copy, 'src/content/technique-texts/ro.yaml'), 'utf8');
	const listening = /^listening:\n(?: {2}.*\n)+/m.exec(ro)![0];
	write(
		'technique-texts/de.yaml',
		`staying-calm:\n  name: Ruhe bewahren\n  description: Die eigenen Gefühle und die Stimme so steuern, dass die Anspannung des Kunden nicht überspringt.\n${listening}`,
	);
	write(
		'translation-records/de.json',
		`${JSON.stringify({ 'technique:staying-calm': { hash: '0000000000000000', source: { name: 'Calmul', description: 'Un text mai vechi.' } } }, null, '\t')}\n`,
	);
	execFileSync(bin('astro'), ['build'], { cwd: copy, env: projectEnv, stdio: 'pipe' });
}

test.afterAll(() => {
	server?.kill();
	if (!keep) project.remove();
});

/** Chooses an option of a native select by keyboard: focus it, Home, then the arrow down to the option. */
async function choose(page: import('@playwright/test').Page, label: string, option: string) {
	const select = page.getByRole('main').getByRole('combobox', { name: label, exact: true });
	const index = (await select.locator('option').allTextContents()).findIndex((o) =>
		o.startsWith(option),
	);
	expect(index, `option "${option}" of "${label}"`).toBeGreaterThanOrEqual(0);
	await select.focus();
	await page.keyboard.press('Home');
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
	await expect(select.locator('option:checked')).toHaveText(new RegExp(`^${option}`));
}

test('the dashboard filters gaps by language, kind and state, and links each to its page and entry', async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(`${origin}/es/translation-status/`);
	const gaps = page.locator('[data-gap]');
	// The filter hides gaps with the `hidden` attribute (a CSS selector is much faster than :visible on 700 items).
	const visible = page.locator('[data-gap]:not([hidden])');
	const total = await gaps.count();
	expect(total).toBeGreaterThan(100);
	const live = page.locator('status-filter').getByRole('status');

	await choose(page, es['status.locale']!, 'Deutsch');
	await choose(page, es['status.kind']!, es['status.kind.techniques']!);
	const techniques = await visible.count();
	expect(techniques).toBeGreaterThan(2);
	expect(techniques).toBeLessThan(total);
	for (const text of await visible.allTextContents())
		expect(text).toContain('src/content/technique-texts/de.yaml');
	await expect(live).toHaveText(new RegExp(`\\b${techniques}\\b.*\\b${total}\\b`));

	await choose(page, es['status.state']!, es['status.outdated']!);
	await expect(visible).toHaveCount(1);
	const outdated = visible.first();
	await expect(outdated).toContainText('technique:staying-calm');
	// What changed in the source, word by word, next to the current translation.
	await expect(outdated.locator('del').first()).toContainText('Calmul');
	await expect(outdated).toContainText('Ruhe bewahren');

	// The filters are in the URL: a reload (or a shared link) shows the same view.
	await expect(page).toHaveURL(/locale=de/);
	await page.reload();
	await expect(visible).toHaveCount(1);

	await choose(page, es['status.state']!, es['status.untranslated']!);
	await expect(visible).toHaveCount(1);
	await expect(visible.first()).toContainText('technique:listening');

	// Each gap names its file and entry and links to where the entry shows, in the gap's language.
	await choose(page, es['status.state']!, es['status.missing']!);
	const link = visible.getByRole('link').first();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/de\/techniques\/#[a-z-]+$/);
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
	await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
});

test('the status table says it scrolls and scrolls by keyboard on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${origin}/es/translation-status/`);
	const region = page.getByRole('region', { name: es['status.title'] });
	await expect(region).toHaveAccessibleDescription(es['status.scrollHint']!);
	await expect(page.getByText(es['status.scrollHint']!)).toBeVisible();
	expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await region.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('a partial language shows each fallback once per section, with its notice and lang', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(`${origin}/de/playbooks/resolved-method/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die RESOLVED-Methode');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /./);

	// The translated step is German; the others come from Spanish, the first language of the chain.
	const translated = page.locator('article[data-step-id="respond"]');
	await expect(translated.locator('h3')).not.toHaveAttribute('lang', /./);
	const fallback = page.locator('article[data-step-id="verify"]');
	await expect(fallback.locator('h3')).toHaveAttribute('lang', 'es');
	await expect(fallback.locator('.step-body')).toHaveAttribute('lang', 'es');

	// One content notice in the section, however many steps fall back, in the reader's language or tagged.
	const notes = page.getByRole('note');
	const section = page.locator('section.playbook-section');
	await expect(section.getByRole('note')).toHaveCount(1);
	await expect(section.getByRole('note')).toHaveAttribute('lang', /^(de|es)$/);

	// Interface strings German lacks come from Spanish too: tagged es, and said once for the page.
	await expect(page.locator('.step-techniques .step-label').first()).toHaveAttribute('lang', 'es');
	const uiNotice = page.locator('main .fallback-notice').first();
	await expect(uiNotice).toHaveAttribute('lang', 'es');
	expect(await notes.count()).toBe(2);
	// The sidebar's own link "Startseite" is German; a Spanish sidebar link is tagged es.
	await expect(page.getByRole('link', { name: 'Startseite' }).first()).not.toHaveAttribute(
		'lang',
		/./,
	);
});

test('techniques and the tree fall back along the same chain, tagged with the language shown', async ({
	page,
}) => {
	await page.goto(`${origin}/de/techniques/`);
	await expect(page.getByRole('heading', { name: 'Ruhe bewahren', level: 2 })).not.toHaveAttribute(
		'lang',
		/./,
	);
	const spanish = page.locator('h2[lang="es"]');
	expect(await spanish.count()).toBeGreaterThan(3);
	await expect(
		page.locator('main').getByRole('note').and(page.locator('[lang="es"]')).first(),
	).toBeVisible();

	await page.goto(`${origin}/de/escalation/`);
	await expect(
		page.locator('section[lang="es"][data-pagefind-ignore="all"]').first(),
	).toBeAttached();
});

test('strings the finder writes itself (the count, "copied") carry the language they fell back to', async ({
	page,
	context,
}) => {
	test.setTimeout(120_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(`${origin}/de/phrases/`);
	const search = page.getByRole('combobox', { name: /./ }).and(page.locator('[data-search]'));
	await expect(search).toBeFocused();
	// German has no phrases yet: they come from Spanish, searched as an agent would type.
	await page.keyboard.type('demora');
	const wait = page.getByRole('option', { name: /esperar tanto/ });
	await expect(wait).toBeVisible();

	// German lacks the count's words: the Spanish forms, chosen by Spanish plural rules, tagged es.
	const count = page.locator('[data-count]');
	await expect(count).toHaveAttribute('lang', 'es');
	const n = Number((await count.textContent())!.match(/\d+/)![0]);
	const form = es[`phrases.resultCount_${new Intl.PluralRules('es').select(n)}`]!;
	await expect(count).toHaveText(form.replace('{{count}}', String(n)));

	// "Copied" is Spanish as well, at the phrase, in the preview and in the live region, each tagged es.
	// (A phrase without placeholders, so it copies at once.)
	await wait.click();
	const status = page.locator('[data-copy-status]');
	await expect(status).toContainText(es['phrases.copied']!);
	await expect(status).toHaveAttribute('lang', 'es');
	await expect(page.locator('[data-option-status]:not(:empty)')).toHaveAttribute('lang', 'es');
	await expect(page.locator('[data-announce]').first()).toHaveText(es['phrases.copied']!);
	await expect(page.locator('[data-announce]').first()).toHaveAttribute('lang', 'es');
});

test("an interface gap links to that string's row: key, source text, translation and state", async ({
	page,
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto(`${origin}/es/translation-status/`);
	const visible = page.locator('[data-gap]:not([hidden])');
	await choose(page, es['status.locale']!, 'Deutsch');
	await choose(page, es['status.kind']!, es['status.kind.ui']!);
	await choose(page, es['status.state']!, es['status.missing']!);
	const gap = visible.filter({ hasText: 'phrases.copied' });
	const link = gap.getByRole('link');
	await expect(link).toHaveAttribute('href', '/de/interface-strings/#ui-phrases-copied');
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/de\/interface-strings\/#ui-phrases-copied$/);

	// The row is a table row with the key as its header, in view, with the source in its own language.
	const row = page.getByRole('row', { name: /phrases\.copied/ }).first();
	await expect(row).toBeInViewport();
	await expect(row).toHaveAttribute('id', 'ui-phrases-copied');
	const cells = row.getByRole('cell');
	await expect(cells.nth(0)).toHaveAttribute('lang', 'ro');
	await expect(cells.nth(0)).not.toBeEmpty();
	await expect(cells.nth(1)).toHaveText('—');
	await expect(cells.nth(2)).toHaveText(es['status.missing']!);
	// A translated string shows the German text, current.
	const home = page.locator('#ui-nav-home').getByRole('cell');
	await expect(home.nth(1)).toHaveText('Startseite');
	await expect(home.nth(1)).toHaveAttribute('lang', 'de');
});
