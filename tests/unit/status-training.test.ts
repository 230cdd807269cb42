/**
 * The trainers' material (role-play kits, knowledge checks, facilitator notes) is tracked like every other
 * text: entries with file and entry, outdated with a word diff after a source edit until marked, selectable
 * by `i18n:mark`, and exchanged through XLIFF (a no-edit round trip changes nothing; an edit lands in the
 * right file and is recorded).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRawContent } from '../../src/lib/content/load';
import { entries, localeStatus, mark, type Records } from '../../src/lib/i18n/status';
import { select } from '../../src/lib/i18n/mark';
import { diffText } from '../../src/lib/i18n/word-diff';
import { readXliff, writeXliff } from '../../src/lib/i18n/xliff';
import { planImport, writeChanges } from '../../src/lib/i18n/xliff-import';
import { translationUnits } from '../../src/lib/i18n/xliff-units';
import { fixtureProject } from '../support/i18n-helpers';
import { snapshot } from '../support/project-copy';

const training = resolve(import.meta.dirname, '../fixtures/training/valid');
const options = { locales: ['ro', 'ja'], sourceLocale: 'ro', partial: [] };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project() {
	const dir = fixtureProject();
	cpSync(training, join(dir, 'src/content'), { recursive: true });
	dirs.push(dir);
	return dir;
}
const load = (dir: string) => loadRawContent(dir).content;
const edit = (dir: string, path: string, from: string, to: string) => {
	const file = join(dir, 'src/content', path);
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
};

describe('trainer content in the translation status', () => {
	it('lists kits, questions and notes as entries with their file and entry', () => {
		const list = entries(load(project()), 'ro');
		const pick = (key: string) => {
			const e = list.find((x) => x.key === key);
			expect(e, key).toBeDefined();
			return { kind: e!.kind, file: e!.file('ja'), entry: e!.entry, link: e!.link?.('ja') };
		};
		expect(pick('roleplay:late-parcel')).toEqual({
			kind: 'training',
			file: 'src/content/roleplay-texts/ja.yaml',
			entry: 'late-parcel',
			link: 'ja/training/#kit-late-parcel',
		});
		expect(pick('knowledge-check:listening-first:a')).toMatchObject({
			file: 'src/content/knowledge-check-texts/ja.yaml',
			entry: 'listening-first.a',
		});
		expect(pick('training-note:listening-first:listen-in-pairs')).toMatchObject({
			file: 'src/content/training-notes/ja.yaml',
			entry: 'listening-first.listen-in-pairs',
		});
	});

	it('shows an edited source as outdated, with what changed, until i18n:mark records it', () => {
		const dir = project();
		const before = entries(load(dir), 'ro');
		const records = mark(before, 'ja', {}).records;
		// The fixture's Japanese kit is the Romanian placeholder text, left as it was: untranslated.
		expect(localeStatus(before, 'ja', records).gaps.map((g) => [g.key, g.state])).toEqual([
			['roleplay:late-parcel', 'untranslated'],
		]);

		edit(
			dir,
			'training-notes/ro.yaml',
			'Cronometrați fiecare tură.',
			'Cronometrați fiecare rundă.',
		);
		edit(dir, 'roleplay-texts/ro.yaml', 'agent: "brief"', 'agent: "brief nou"');
		edit(dir, 'knowledge-check-texts/ro.yaml', 'a: { prompt: "p"', 'a: { prompt: "întrebare"');
		const list = entries(load(dir), 'ro');
		const gaps = localeStatus(list, 'ja', records).gaps;
		expect(gaps.map((g) => [g.key, g.state])).toEqual([
			['roleplay:late-parcel', 'outdated'],
			['knowledge-check:listening-first:a', 'outdated'],
			['training-note:listening-first:listen-in-pairs', 'outdated'],
		]);
		const note = gaps.find((g) => g.key.startsWith('training-note:'))!.changes![0]!;
		expect(note).toMatchObject({
			field: 'listen-in-pairs',
			translation: '1回の持ち時間を計ります。',
		});
		expect(diffText(note.diff!)).toBe('Cronometrați fiecare [-tură-]{+rundă+}.');

		// Marked exactly as the status prints them: the key, and `file › entry`.
		expect(select(list, 'ja', 'roleplay:late-parcel').map((e) => e.key)).toEqual([
			'roleplay:late-parcel',
		]);
		const selectors = [
			'roleplay:late-parcel',
			'src/content/knowledge-check-texts/ja.yaml › listening-first.a',
			'src/content/training-notes/ja.yaml › listening-first.listen-in-pairs',
		];
		const marked = mark(list, 'ja', records, selectors);
		expect(marked.marked).toHaveLength(3);
		expect(localeStatus(list, 'ja', marked.records).gaps).toEqual([]);
	});

	it('goes through XLIFF: a round trip without edits changes nothing; an edited note is written and recorded', async () => {
		const dir = project();
		const content = load(dir);
		const list = entries(content, 'ro');
		const records: Records = {};
		const units = translationUnits(list, 'ja', records, (l) => l);
		const xml = await writeXliff(units, 'ro', 'ja');
		expect(xml).toContain('<file original="src/content/roleplay-texts/ja.yaml"');
		expect(xml).toContain('id="knowledge-check:listening-first:a|options.1"');
		expect(xml).toMatch(
			/<trans-unit id="training-note:listening-first:role-play\|role-play"><source>Dați fișa clientului doar clientului\.<\/source>\n<target state="translated">お客様カードはお客様役にだけ渡します。<\/target>/,
		);

		const before = snapshot(dir);
		const none = planImport(
			content,
			list,
			'ja',
			records,
			(await readXliff(xml)).units,
			(l) => l,
			options,
		);
		expect(none).toMatchObject({ errors: [], changes: [], marked: [] });
		expect(snapshot(dir)).toEqual(before);

		const edited = xml.replace(
			/(<trans-unit id="training-note:listening-first:role-play\|role-play">.*?<target state="translated">)[^<]*/s,
			'$1お客様カードはお客様役の方だけに渡します。',
		);
		const result = planImport(
			content,
			list,
			'ja',
			records,
			(await readXliff(edited)).units,
			(l) => l,
			options,
		);
		expect(result.errors).toEqual([]);
		expect(result.marked).toEqual(['training-note:listening-first:role-play']);
		writeChanges(dir, result.changes);
		const notes = readFileSync(join(dir, 'src/content/training-notes/ja.yaml'), 'utf8');
		expect(notes).toContain('role-play: "お客様カードはお客様役の方だけに渡します。"');
		expect(notes).toContain('listen-in-pairs: "1回の持ち時間を計ります。"');
	});
});
