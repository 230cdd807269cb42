/**
 * XLIFF exchange: a round trip with no edits changes nothing; an edited target is applied, recorded and
 * reported; a translated placeholder is rejected by the same check as the build, and nothing is written.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRawContent } from '../../src/lib/content/load';
import { entries, type Records } from '../../src/lib/i18n/status';
import { readXliff, writeXliff } from '../../src/lib/i18n/xliff';
import { planImport, writeChanges } from '../../src/lib/i18n/xliff-import';
import { translationUnits } from '../../src/lib/i18n/xliff-units';
import { fixtureProject } from '../support/i18n-helpers';
import { snapshot } from '../support/project-copy';

const options = { locales: ['ro', 'ja'], sourceLocale: 'ro', partial: [] };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function exportJa(dir: string) {
	const { content } = loadRawContent(dir);
	const list = entries(content, 'ro');
	const records = (content.records.get('ja')?.data ?? {}) as Records;
	return {
		content,
		list,
		records,
		/** Imports an (edited) export back into the same project, as `npm run i18n:import` plans it. */
		importXml: async (xml: string) =>
			planImport(content, list, 'ja', records, (await readXliff(xml)).units, (l) => l, options),
		xml: await writeXliff(
			translationUnits(list, 'ja', records, (l) => l),
			'ro',
			'ja',
		),
	};
}

describe('XLIFF 1.2 export', () => {
	it('writes source, translation, state, context notes and placeholders as protected codes', async () => {
		const dir = fixtureProject();
		dirs.push(dir);
		const { xml } = await exportJa(dir);
		expect(xml).toMatch(/<xliff [^>]*version="1\.2"/);
		expect(xml).toMatch(
			/<file original="src\/content\/phrase-texts\/ja\/main\.yaml" datatype="plaintext" source-language="ro" target-language="ja">/,
		);
		expect(xml).toContain(
			'<trans-unit id="phrase:sorry-for-the-delay|text"><source>Îmi pare rău pentru întârzierea comenzii <ph id="1" ctype="x-placeholder">{orderNumber}</ph>.</source>',
		);
		expect(xml).toMatch(
			/<target state="translated">[^<]*<ph id="1" ctype="x-placeholder">\{orderNumber\}<\/ph>/,
		);
		expect(xml).toMatch(
			/<note>Where: \/ja\/phrases\/#sorry-for-the-delay \(src\/content\/phrase-texts\/ja\/main\.yaml › sorry-for-the-delay › text\)\.\nPlaceholders, keep them as they are: \{orderNumber\}\.<\/note>/,
		);
		// UI plural strings come in the forms of the target language: Japanese has only "other".
		expect(xml).toContain('id="ui:phrases.count|phrases.count_other"');
		expect(xml).not.toContain('id="ui:phrases.count|phrases.count_one"');
	});
});

describe('XLIFF round trip', () => {
	it('changes nothing when nothing was edited', async () => {
		const dir = fixtureProject();
		dirs.push(dir);
		const before = snapshot(dir);
		const { importXml, xml } = await exportJa(dir);
		const result = await importXml(xml);
		expect(result).toMatchObject({ errors: [], changes: [], marked: [], skipped: [] });
		writeChanges(dir, result.changes);
		expect(snapshot(dir)).toEqual(before);
	});

	it('applies an edited target, keeps the rest of the YAML as it was, and records the entry', async () => {
		const dir = fixtureProject();
		dirs.push(dir);
		const { importXml, xml } = await exportJa(dir);
		const file = join(dir, 'src/content/technique-texts/ja.yaml');
		const original = readFileSync(file, 'utf8');
		const currentName = /listening: \{ name: ([^,]+),/.exec(original)?.[1];
		const edited = xml.replace(
			/(<trans-unit id="technique:listening\|name">.*?<target state="translated">)[^<]*/s,
			'$1傾聴する',
		);
		const result = await importXml(edited);
		expect(result.errors).toEqual([]);
		expect(result.changes.map((c) => [c.file, c.field, c.before, c.after])).toEqual([
			['src/content/technique-texts/ja.yaml', 'name', currentName, '傾聴する'],
		]);
		expect(result.marked).toEqual(['technique:listening']);
		expect(result.records['technique:listening']).toMatchObject({
			source: { name: 'Ascultare', description: 'Ascultați.' },
		});
		writeChanges(dir, result.changes);
		const after = readFileSync(file, 'utf8');
		expect(after).toBe(original.replace(`name: ${currentName},`, 'name: 傾聴する,'));
	});

	it('quotes a translation that YAML 1.1 would read as a boolean or a date, so the file passes the check', async () => {
		const dir = fixtureProject();
		dirs.push(dir);
		const { importXml, xml } = await exportJa(dir);
		const edited = xml
			.replace(
				/(<trans-unit id="technique:listening\|name">.*?<target state="translated">)[^<]*/s,
				'$1no',
			)
			.replace(
				/(<trans-unit id="technique:listening\|description">.*?<target state="translated">)[^<]*/s,
				'$12024-05-01',
			);
		const result = await importXml(edited);
		expect(result.errors).toEqual([]);
		writeChanges(dir, result.changes);
		const written = readFileSync(join(dir, 'src/content/technique-texts/ja.yaml'), 'utf8');
		expect(written).toMatch(/name: "no"/);
		expect(written).toMatch(/description: "2024-05-01"/);
		const reread = loadRawContent(dir);
		expect(reread.issues.map((i) => i.message)).toEqual([]);
		expect(reread.content.techniqueTexts.get('ja')?.data).toMatchObject({
			listening: { name: 'no', description: '2024-05-01' },
		});
	});

	it('rejects a translated placeholder with the content check message and writes nothing', async () => {
		const dir = fixtureProject();
		dirs.push(dir);
		const { importXml, xml } = await exportJa(dir);
		const edited = xml.replace(
			/(<target state="translated">[^<]*<ph id="1" ctype="x-placeholder">)\{orderNumber\}/,
			'$1{chuumonBangou}',
		);
		const result = await importXml(edited);
		expect(result.errors.join('\n')).toMatch(
			/phrase-texts\/ja\/main\.yaml › entry "sorry-for-the-delay" › field "text": unknown placeholder \{chuumonBangou\}/,
		);
	});

	it('names a unit that matches no text, with a suggestion', async () => {
		const dir = fixtureProject();
		dirs.push(dir);
		const { importXml, xml } = await exportJa(dir);
		const edited = xml.replace(
			'id="phrase:sorry-for-the-delay|text"',
			'id="phrase:sorry-for-the-dlay|text"',
		);
		const result = await importXml(edited);
		expect(result.errors[0]).toMatch(
			/unit "phrase:sorry-for-the-dlay\|text": no such text in "ja"\. Did you mean "phrase:sorry-for-the-delay\|text"\?/,
		);
	});
});
