import { describe, expect, it } from 'vitest';
import { joinList, listParts } from '../../src/lib/i18n/list-format';

describe('list joins from the language', () => {
	it('joins Japanese with 「、」 and Romanian with "și", never with a hard-coded ", "', () => {
		expect(joinList('ja', ['傾聴', '共感', '要約'])).toBe('傾聴、共感、要約');
		expect(joinList('ro', ['Empatia', 'Rezumarea', 'Escaladarea'])).toBe(
			'Empatia, Rezumarea și Escaladarea',
		);
	});
	it('returns items and separators in order, so templates can render items as links', () => {
		const parts = listParts('es', 3);
		expect(
			parts.filter((p) => p.kind === 'item').map((p) => (p.kind === 'item' ? p.index : -1)),
		).toEqual([0, 1, 2]);
		expect(
			parts.filter((p) => p.kind === 'literal').map((p) => (p.kind === 'literal' ? p.text : '')),
		).toEqual([', ', ' y ']);
		expect(listParts('ja', 1)).toEqual([{ kind: 'item', index: 0 }]);
	});
});
