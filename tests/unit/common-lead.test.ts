import { describe, expect, it } from 'vitest';
import { commonLead } from '../../src/lib/content/common-lead';

describe('common lead of a list', () => {
	it('says a shared opening once', () => {
		expect(
			commonLead([
				'Tras este módulo, los participantes pueden explicar X.',
				'Tras este módulo, los participantes pueden identificar Y.',
			]),
		).toEqual({
			lead: 'Tras este módulo, los participantes pueden',
			items: ['explicar X.', 'identificar Y.'],
		});
		expect(
			commonLead([
				'このモジュールを終えると、受講者は説明できます。',
				'このモジュールを終えると、受講者は特定できます。',
			]),
		).toEqual({
			lead: 'このモジュールを終えると、受講者は',
			items: ['説明できます。', '特定できます。'],
		});
	});
	it('leaves lists without a useful shared opening alone', () => {
		expect(commonLead(['Listen first.', 'Listen again.'])).toEqual({
			lead: '',
			items: ['Listen first.', 'Listen again.'],
		});
		expect(commonLead(['One item only, nothing to share.'])).toEqual({
			lead: '',
			items: ['One item only, nothing to share.'],
		});
	});
});
