import { describe, expect, it, vi } from 'vitest';
import { HistoryWriter, historyMode } from '../../src/lib/phrases/history';
import {
	askMessage,
	firstBlank,
	interpolate,
	planCopy,
} from '../../src/lib/phrases/placeholder-prompt';
import { activate, enterTarget, move, showResults } from '../../src/lib/phrases/selection';
import { relaxedQuery, suggestTags } from '../../src/lib/phrases/suggest';

describe('selection', () => {
	it('makes the first result active after every change, even if the agent had moved', () => {
		let s = showResults(['a', 'b', 'c']);
		s = move(s, 2);
		expect(s.activeId).toBe('c');
		s = showResults(['c', 'b', 'a']);
		expect(s.activeId).toBe('c');
		expect(enterTarget(showResults(['x', 'y']))).toBe('x');
	});
	it('moves within bounds and only to shown results', () => {
		let s = showResults(['a', 'b']);
		s = move(s, -1);
		expect(s.activeId).toBe('a');
		s = move(move(s, 5), 0);
		expect(s.activeId).toBe('b');
		expect(activate(s, 'zzz')).toBe(s);
		expect(enterTarget(showResults([]))).toBeUndefined();
	});
});

describe('history', () => {
	it('replaces for typing and filters, pushes for chosen views, writes nothing on restore', () => {
		expect(historyMode('typing')).toBe('replace');
		expect(historyMode('filter')).toBe('replace');
		expect(historyMode('suggestion')).toBe('push');
		expect(historyMode('clear-filters')).toBe('push');
		expect(historyMode('restore')).toBe('none');
	});
	it('debounces typing and writes a pending query into the current entry before a push', () => {
		vi.useFakeTimers();
		const calls: string[] = [];
		let url = '/p/';
		const h = {
			pushState: (_: unknown, __: string, u?: string | URL | null) => {
				calls.push(`push ${u}`);
				url = String(u);
			},
			replaceState: (_: unknown, __: string, u?: string | URL | null) => {
				calls.push(`replace ${u}`);
				url = String(u);
			},
		};
		const writer = new HistoryWriter(h, () => url, 400);
		writer.write('/p/?q=a', 'typing');
		writer.write('/p/?q=ab', 'typing');
		expect(calls).toEqual([]);
		writer.write('/p/?situation=angry', 'suggestion');
		expect(calls).toEqual(['replace /p/?q=ab', 'push /p/?situation=angry']);
		writer.write('/p/?situation=angry&channel=chat', 'filter');
		expect(calls.at(-1)).toBe('replace /p/?situation=angry&channel=chat');
		writer.write('/p/?x', 'typing');
		vi.advanceTimersByTime(400);
		expect(calls.at(-1)).toBe('replace /p/?x');
		vi.useRealTimers();
	});
});

describe('placeholder prompt', () => {
	const strings = {
		fillIn: 'Rellene antes de copiar',
		labelValue: '{{label}}: {{value}}',
		listSeparator: ', ',
	};
	it('asks for a required blank instead of copying a broken sentence', () => {
		expect(planCopy('Le llamo a las {time}.', {})).toEqual({ kind: 'ask', missing: ['time'] });
		expect(planCopy('Le llamo a las {time}.', { time: '17:30' })).toEqual({
			kind: 'copy',
			text: 'Le llamo a las 17:30.',
		});
	});
	it('copies with fallbacks when the blank is optional', () => {
		expect(planCopy('Gracias, {name|de verdad}.', {})).toEqual({
			kind: 'copy',
			text: 'Gracias, de verdad.',
		});
	});
	it('finds the first empty blank for Enter', () => {
		expect(firstBlank('{name}, su pedido {orderNumber}', { name: 'Ana' })).toBe('orderNumber');
		expect(firstBlank('Hola', {})).toBeUndefined();
	});
	it('writes the message with the locale punctuation', () => {
		expect(askMessage(['date', 'time'], { date: 'Fecha', time: 'Hora' }, strings)).toBe(
			'Rellene antes de copiar: Fecha, Hora',
		);
		expect(
			askMessage(
				['date', 'time'],
				{ date: '日付', time: '時刻' },
				{
					fillIn: 'コピーする前に入力してください',
					labelValue: '{{label}}：{{value}}',
					listSeparator: '、',
				},
			),
		).toBe('コピーする前に入力してください：日付、時刻');
		expect(interpolate('{{label}}（{{count}}）', { label: '怒り', count: 3 })).toBe('怒り（3）');
	});
});

describe('empty-state suggestions', () => {
	it('offers the situations and intents of the closest matches, best first', () => {
		const results = [
			{
				id: 'a',
				order: 0,
				folded: '',
				tagIds: { situation: ['vulgar', 'insulting'], intent: ['set-boundary'] },
			},
			{
				id: 'b',
				order: 1,
				folded: '',
				tagIds: { situation: ['insulting'], intent: ['end-conversation'] },
			},
		];
		const tags = suggestTags(results, 2);
		expect(tags.filter((t) => t.kind === 'situation').map((t) => t.value)).toEqual([
			'insulting',
			'vulgar',
		]);
		expect(tags.filter((t) => t.kind === 'intent')[0]!.value).toBe('set-boundary');
	});
	it('loosens a query to word beginnings', () => {
		expect(relaxedQuery('reembolsoz permitidox')).toBe('ree per');
		expect(relaxedQuery('上司に代わります')).toBe('上司');
	});
});
