/**
 * Phrases for help-desk tools: the finder page links each locale's export files, the built files have the
 * shapes docs/help-desk-export.md describes, and `npm run export:phrases` writes exactly the same files.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { locales } from './support';

const root = resolve(import.meta.dirname, '../..');
const phraseIds = readdirSync(resolve(root, 'src/content/phrases')).flatMap((g) =>
	(
		parse(readFileSync(resolve(root, `src/content/phrases/${g}`), 'utf8')) as {
			id: string;
			avoid?: boolean;
		}[]
	)
		.filter((p) => !p.avoid)
		.map((p) => p.id),
);
const files = [
	'phrases.csv',
	'phrases.json',
	'zendesk-macros.json',
	'freshdesk-canned-responses.json',
];

test("the finder links the export, and every locale's files have the import shapes", async ({
	page,
	request,
}) => {
	test.setTimeout(120_000);
	const out = resolve(root, '.test-tmp/exports');
	execFileSync(`${root}/node_modules/.bin/node`, ['scripts/export-phrases.ts', '--out', out], {
		cwd: root,
		stdio: 'pipe',
	});
	for (const locale of locales) {
		await page.goto(`${locale}/phrases/`);
		const links = page.locator('a[data-export]');
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-export')))).toEqual(
			files,
		);
		for (const name of files) {
			const href = await page.locator(`a[data-export="${name}"]`).getAttribute('href');
			const response = await request.get(href!);
			expect(response.ok(), href!).toBe(true);
			const body = await response.text();
			// The command writes what the build publishes.
			expect(readFileSync(resolve(out, locale, name), 'utf8'), `${locale}/${name}`).toBe(body);
			if (name === 'phrases.json') {
				const data = JSON.parse(body);
				expect(data.phrases.map((p: { id: string }) => p.id).sort()).toEqual([...phraseIds].sort());
				for (const p of data.phrases) {
					expect(p.text.length).toBeGreaterThan(5);
					expect(p.tags.length).toBeGreaterThan(0);
					// Tool texts carry no raw {placeholder}: only the tool's {{…}} or a [label].
					expect(p.zendesk.replace(/\{\{[a-z_.]+\}\}/g, '')).not.toMatch(/[{}]/);
					expect(p.freshdesk.replace(/\{\{[a-z_.]+\}\}/g, '')).not.toMatch(/[{}]/);
				}
			}
			if (name === 'phrases.csv') {
				expect(response.headers()['content-type']).toMatch(/text\/csv/);
				expect(
					body.startsWith('id,title,folder,tags,placeholders,text,zendesk_text,freshdesk_text\r\n'),
				).toBe(true);
				expect(body.match(/^[a-z0-9-]+,/gm)?.length).toBeGreaterThanOrEqual(phraseIds.length);
			}
			if (name === 'zendesk-macros.json') {
				const { macros } = JSON.parse(body);
				expect(macros).toHaveLength(phraseIds.length);
				expect(macros[0].actions[0].field).toBe('comment_value');
				expect(macros[0].title).toContain('::');
			}
			if (name === 'freshdesk-canned-responses.json') {
				const { canned_responses: responses } = JSON.parse(body);
				expect(responses).toHaveLength(phraseIds.length);
				expect(responses[0].content_html).toMatch(new RegExp(`^<p lang="${locale}">`));
			}
		}
	}
});
