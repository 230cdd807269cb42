import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRawContent } from '../../src/lib/content/load';
import { entries, localeStatus, mark, textHash } from '../../src/lib/i18n/status';
import { fixtures } from '../support/helpers';

/** The valid fixture in a temporary folder, so a test can edit its source texts. */
function fixtureCopy() {
	const dir = mkdtempSync(join(tmpdir(), 'status-'));
	cpSync(join(fixtures, 'valid'), dir, { recursive: true });
	return dir;
}
const load = (dir: string) => loadRawContent(dir, dir).content;

describe('translation status', () => {
	it('hashes texts independently of key order', () => {
		expect(textHash({ a: 1, b: [2, { c: 3, d: 4 }] })).toBe(
			textHash({ b: [2, { d: 4, c: 3 }], a: 1 }),
		);
		expect(textHash({ a: 1 })).not.toBe(textHash({ a: 2 }));
	});

	it('reports missing entries with their file and entry, and shows an edited source as outdated until marked', () => {
		const dir = fixtureCopy();
		try {
			let content = load(dir);
			const list = entries(content, 'ro');
			// Nothing recorded yet: a new translation counts as current. Marking records the source it was made from.
			expect(localeStatus(list, 'ja', {}).gaps).toEqual([]);
			let records = mark(list, 'ja', {}).records;
			expect(localeStatus(list, 'ja', records).gaps).toEqual([]);

			// The source changes: the Japanese translation is now outdated.
			const src = join(dir, 'phrase-texts/ro/main.yaml');
			writeFileSync(
				src,
				readFileSync(src, 'utf8').replace(
					'Îmi pare rău pentru întârzierea',
					'Ne pare rău pentru întârzierea',
				),
			);
			// And one Japanese step goes missing.
			const ja = join(dir, 'playbook-texts/ja/sample.yaml');
			writeFileSync(ja, readFileSync(ja, 'utf8').replace(/ {2}apologise:.*\n/, ''));
			content = load(dir);
			const after = entries(content, 'ro');
			const status = localeStatus(after, 'ja', records);
			expect(status.gaps).toEqual([
				{
					key: 'playbook:sample:step:apologise',
					kind: 'playbooks',
					state: 'missing',
					file: 'src/content/playbook-texts/ja/sample.yaml',
					entry: 'steps.apologise',
					link: 'ja/playbooks/sample/#apologise',
				},
				{
					key: 'phrase:sorry-for-the-delay',
					kind: 'phrases',
					state: 'outdated',
					file: 'src/content/phrase-texts/ja/main.yaml',
					entry: 'sorry-for-the-delay',
					link: 'ja/phrases/#sorry-for-the-delay',
					// What changed in the source, word by word, next to the current translation.
					changes: [
						{
							field: 'text',
							before: 'Îmi pare rău pentru întârzierea comenzii {orderNumber}.',
							after: 'Ne pare rău pentru întârzierea comenzii {orderNumber}.',
							diff: [
								{ change: 'removed', text: 'Îmi' },
								{ change: 'added', text: 'Ne' },
								{ change: 'same', text: ' pare rău pentru întârzierea comenzii {orderNumber}.' },
							],
							translation: expect.stringContaining('{orderNumber}'),
						},
					],
				},
			]);
			expect(status.kinds.phrases).toEqual({
				total: 2,
				translated: 1,
				missing: 0,
				outdated: 1,
				untranslated: 0,
			});

			// The localiser checks the translation and marks that entry: it is up to date again.
			records = mark(after, 'ja', records, ['phrase:sorry-for-the-delay']).records;
			expect(localeStatus(after, 'ja', records).gaps.map((g) => g.state)).toEqual(['missing']);
			// The source language is never outdated against itself.
			expect(localeStatus(after, 'ro', {}).gaps).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('source fingerprints', () => {
	it('ignore search keywords, which each language chooses for itself', async () => {
		const { sourceFingerprint } = await import('../../src/lib/i18n/status');
		expect(sourceFingerprint({ title: 'A', keywords: ['x'] })).toBe(
			sourceFingerprint({ title: 'A', keywords: ['y', 'z'] }),
		);
		expect(sourceFingerprint({ title: 'A' })).not.toBe(sourceFingerprint({ title: 'B' }));
	});
});
