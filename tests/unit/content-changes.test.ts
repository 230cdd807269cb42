/**
 * "What changed": units are fingerprinted by content (not by formatting), the ledger dates each change,
 * lists them by date, and the committed ledger is in step with the content (run `npm run changes:record`).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentUnits, readLedger } from '../../src/lib/changes/ledger-file';
import {
	changesByDate,
	lastChangedOf,
	pendingChanges,
	recordChanges,
	type Ledger,
} from '../../src/lib/changes/ledger';
import { fingerprintOf, type Unit } from '../../src/lib/changes/units';
import { contentUnitsFor } from '../../src/lib/print/content-files';

const unit = (key: string, content: unknown): Unit => ({
	key,
	kind: key.startsWith('playbook') ? 'playbook' : 'tree',
	fingerprint: fingerprintOf(content),
});

describe('fingerprints', () => {
	it('ignore key order but not a changed word', () => {
		expect(fingerprintOf({ a: 1, b: ['x', 'y'] })).toBe(fingerprintOf({ b: ['x', 'y'], a: 1 }));
		expect(fingerprintOf({ a: 'Stay calm' })).not.toBe(fingerprintOf({ a: 'Stay calm.' }));
		expect(fingerprintOf(['x', 'y'])).not.toBe(fingerprintOf(['y', 'x']));
	});
});

describe('the ledger', () => {
	const v1 = { es: [unit('playbook/rude', 'v1'), unit('tree', 't1')] };
	const first = recordChanges({}, v1, () => '2026-11-02').ledger;

	it('records new units, then only what changed, on the day it changed', () => {
		const v2 = { es: [unit('playbook/rude', 'v2'), unit('tree', 't1')] };
		const { ledger, changes } = recordChanges(first, v2, () => '2026-12-01');
		expect(changes).toEqual([{ locale: 'es', key: 'playbook/rude', status: 'updated' }]);
		expect(ledger.es!['playbook/rude']!.map((e) => e.date)).toEqual(['2026-11-02', '2026-12-01']);
		expect(ledger.es!.tree).toHaveLength(1);
		expect(lastChangedOf(ledger, 'es', v2.es[0]!)).toBe('2026-12-01');
		expect(lastChangedOf(ledger, 'es', v2.es[1]!)).toBe('2026-11-02');
		// The input ledger is left as it was.
		expect(first.es!['playbook/rude']).toHaveLength(1);
	});

	it('gives no date to content changed after the last record, rather than a wrong one', () => {
		expect(lastChangedOf(first, 'es', unit('playbook/rude', 'edited'))).toBeUndefined();
		expect(lastChangedOf(first, 'ja', unit('playbook/rude', 'v1'))).toBeUndefined();
	});

	it('marks removed units, and a unit that comes back as added again', () => {
		const gone = recordChanges(first, { es: [unit('tree', 't1')] }, () => '2026-11-10');
		expect(gone.changes).toEqual([{ locale: 'es', key: 'playbook/rude', status: 'removed' }]);
		const back = recordChanges(gone.ledger, v1, () => '2026-11-20').ledger;
		const days = changesByDate(back, 'es', ['playbook/rude', 'tree']);
		expect(days.map((d) => [d.date, d.changes.map((c) => `${c.key}:${c.status}`)])).toEqual([
			['2026-11-20', ['playbook/rude:added']],
			['2026-11-10', ['playbook/rude:removed']],
			['2026-11-02', ['playbook/rude:added', 'tree:added']],
		]);
	});

	it('lists a locale by date, newest first, in the units’ own order within a day', () => {
		const ledger: Ledger = {
			es: {
				tree: [{ date: '2026-10-01', fingerprint: 'a' }],
				'playbook/b': [
					{ date: '2026-10-01', fingerprint: 'b' },
					{ date: '2026-11-15', fingerprint: 'c' },
				],
			},
		};
		const days = changesByDate(ledger, 'es', ['playbook/b', 'tree']);
		expect(days.map((d) => d.date)).toEqual(['2026-11-15', '2026-10-01']);
		expect(days[0]!.changes).toEqual([{ key: 'playbook/b', status: 'updated' }]);
		expect(days[1]!.changes.map((c) => c.key)).toEqual(['playbook/b', 'tree']);
		expect(changesByDate(ledger, 'ja', [])).toEqual([]);
	});

	it('lists a unit recorded twice in one day once, as it ended the day', () => {
		const ledger: Ledger = {
			es: {
				'playbook/a': [
					{ date: '2026-12-01', fingerprint: 'a' },
					{ date: '2026-12-01', fingerprint: 'b' },
				],
				'playbook/b': [
					{ date: '2026-11-01', fingerprint: 'c' },
					{ date: '2026-12-01', fingerprint: 'd' },
					{ date: '2026-12-01' },
				],
			},
		};
		expect(changesByDate(ledger, 'es', ['playbook/a', 'playbook/b'])[0]!.changes).toEqual([
			{ key: 'playbook/a', status: 'added' },
			{ key: 'playbook/b', status: 'removed' },
		]);
	});
});

describe('pages and their units', () => {
	const keys = ['playbook/a', 'playbook/b', 'module/m', 'tree', 'techniques'];
	it('maps each page to the units it shows', () => {
		expect(contentUnitsFor('/es/playbooks/a/', keys)).toEqual(['playbook/a']);
		expect(contentUnitsFor('/es/playbooks/', keys)).toEqual(['playbook/a', 'playbook/b']);
		expect(contentUnitsFor('/ja/training/', keys)).toEqual(['module/m']);
		expect(contentUnitsFor('/ja/escalation/', keys)).toEqual(['tree']);
		expect(contentUnitsFor('/ja/techniques/', keys)).toEqual([
			'techniques',
			'playbook/a',
			'playbook/b',
		]);
		expect(contentUnitsFor('/ja/changes/', keys)).toEqual([]);
	});
});

describe('the committed ledger (content-changes.json)', () => {
	const root = resolve(import.meta.dirname, '../..');
	const units = currentUnits(root);

	it('knows every playbook, module and the tree of every locale', () => {
		for (const list of Object.values(units)) {
			expect(list.filter((u) => u.kind === 'playbook').length).toBeGreaterThanOrEqual(6);
			expect(list.filter((u) => u.kind === 'module').length).toBeGreaterThanOrEqual(7);
			expect(list.some((u) => u.key === 'tree')).toBe(true);
		}
	});

	it('is in step with the content: after changing content, run `npm run changes:record`', () => {
		expect(pendingChanges(readLedger(root), units)).toEqual([]);
	});
});
