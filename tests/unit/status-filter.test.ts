import { describe, expect, it } from 'vitest';
import { matches } from '../../src/components/translation-status/status-filter';

describe('translation dashboard filters', () => {
	const gap = { locale: 'de', kind: 'phrases', state: 'outdated' };
	it('shows a gap when every chosen filter matches, an empty filter meaning "all"', () => {
		expect(matches(gap, {})).toBe(true);
		expect(matches(gap, { locale: 'de', kind: '', state: 'outdated' })).toBe(true);
		expect(matches(gap, { locale: 'ja' })).toBe(false);
		expect(matches(gap, { kind: 'ui' })).toBe(false);
		expect(matches(gap, { state: 'missing' })).toBe(false);
	});
});
