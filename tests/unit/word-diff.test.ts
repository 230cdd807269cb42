import { describe, expect, it } from 'vitest';
import { diffText, wordDiff } from '../../src/lib/i18n/word-diff';

describe('word diff of a changed source', () => {
	it('marks removed and added words, keeping the unchanged ones', () => {
		const parts = wordDiff('Îmi pare rău pentru întârziere.', 'Ne pare rău pentru întârziere.');
		expect(parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['Îmi']);
		expect(parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['Ne']);
		expect(diffText(parts)).toBe('[-Îmi-]{+Ne+} pare rău pentru întârziere.');
	});

	it('compares Japanese, written without spaces, word by word rather than as one long word', () => {
		const parts = wordDiff('上司に代わります。', '責任者に代わります。');
		expect(parts.find((p) => p.change === 'removed')?.text).toBe('上司');
		expect(parts.find((p) => p.change === 'added')?.text).toBe('責任者');
		expect(
			parts
				.filter((p) => p.change === 'same')
				.map((p) => p.text)
				.join(''),
		).toBe('に代わります。');
	});

	it('reports no change for identical texts', () => {
		expect(wordDiff('Bună ziua', 'Bună ziua').every((p) => p.change === 'same')).toBe(true);
	});
});
