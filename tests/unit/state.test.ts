import { describe, expect, it } from 'vitest';
import { readAnswers, replay, validateTree, writeAnswers } from '../../src/lib/escalation/tree';
import { plural } from '../../src/lib/i18n/plural';
import { suggestLocale } from '../../src/lib/i18n/suggest-locale';
import { switchLocale } from '../../src/lib/i18n/urls';
import {
	loadMemory,
	recordCopy,
	saveMemory,
	storageKey,
	toggleFavourite,
} from '../../src/lib/phrases/storage';
import { readState, writeState } from '../../src/lib/phrases/url-state';

const vocab = {
	situation: ['angry', 'rude'],
	intent: ['calm'],
	channel: ['phone'],
	also: ['ja', 'ru'],
};

describe('finder URL state', () => {
	it('reads known values and drops unknown ones', () => {
		expect(readState('?q=hola&situation=angry&intent=nope&also=ja', vocab)).toEqual({
			q: 'hola',
			situation: 'angry',
			intent: undefined,
			channel: undefined,
			also: 'ja',
		});
	});
	it('round-trips and keeps unrelated parameters', () => {
		const search = writeState('?utm=x', { q: 'señor <b>', situation: 'rude', also: 'ru' });
		expect(readState(search, vocab)).toEqual({
			q: 'señor <b>',
			situation: 'rude',
			intent: undefined,
			channel: undefined,
			also: 'ru',
		});
		expect(new URLSearchParams(search).get('utm')).toBe('x');
		expect(writeState('?q=a', { q: '' })).toBe('');
	});
});

describe('favourites and recent copies', () => {
	const known = new Set(['a', 'b', 'c']);
	const store = (value: string | null) => {
		const data = new Map<string, string>(value === null ? [] : [[storageKey, value]]);
		return {
			getItem: (k: string) => data.get(k) ?? null,
			setItem: (k: string, v: string) => void data.set(k, v),
			data,
		};
	};
	it('survives garbage, wrong shapes and unknown ids', () => {
		expect(loadMemory(known, store('{not json'))).toEqual({ favourites: [], recent: [] });
		expect(loadMemory(known, store('"text"'))).toEqual({ favourites: [], recent: [] });
		expect(loadMemory(known, store('{"favourites":["a",1,"zzz","a"],"recent":"b"}'))).toEqual({
			favourites: ['a'],
			recent: [],
		});
	});
	it('survives storage that throws', () => {
		const broken = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(loadMemory(known, broken)).toEqual({ favourites: [], recent: [] });
		expect(saveMemory({ favourites: ['a'], recent: [] }, broken)).toBe(false);
		expect(loadMemory(known, undefined)).toEqual({ favourites: [], recent: [] });
	});
	it('toggles favourites and keeps recent copies newest first, without duplicates', () => {
		const s = store(null);
		let memory = toggleFavourite({ favourites: [], recent: [] }, 'a');
		memory = recordCopy(recordCopy(recordCopy(memory, 'b'), 'c'), 'b');
		expect(saveMemory(memory, s)).toBe(true);
		expect(loadMemory(known, s)).toEqual({ favourites: ['a'], recent: ['b', 'c'] });
		expect(toggleFavourite(memory, 'a').favourites).toEqual([]);
	});
});

describe('escalation tree state', () => {
	const tree = {
		start: 'q1',
		nodes: [
			{
				id: 'q1',
				kind: 'question',
				options: [
					{ id: 'yes', next: 'o1' },
					{ id: 'no', next: 'q2' },
				],
			},
			{
				id: 'q2',
				kind: 'question',
				options: [
					{ id: 'a', next: 'o2' },
					{ id: 'b', next: 'o1' },
				],
			},
			{ id: 'o1', kind: 'outcome' },
			{ id: 'o2', kind: 'outcome' },
		],
	};
	it('is valid', () => expect(validateTree(tree)).toEqual([]));
	it('replays answers to the current node', () => {
		expect(replay(tree, ['no', 'a']).map((s) => s.node.id)).toEqual(['q1', 'q2', 'o2']);
	});
	it('stops at the first answer that does not fit', () => {
		expect(replay(tree, ['no', 'zzz', 'a']).map((s) => s.node.id)).toEqual(['q1', 'q2']);
	});
	it('reads and writes answers in the query string', () => {
		expect(readAnswers('?answers=no,a&x=1')).toEqual(['no', 'a']);
		expect(readAnswers('?answers=<script>,a')).toEqual([]);
		expect(readAnswers('?answers=no,<b>,a')).toEqual(['no']);
		expect(writeAnswers('?x=1', ['no', 'a'])).toBe('?x=1&answers=no,a');
		expect(writeAnswers('?answers=no', [])).toBe('');
	});
});

describe('locales', () => {
	it('suggests the browser language by primary subtag, or nothing', () => {
		expect(suggestLocale(['en-GB', 'es-MX', 'ru'], ['ro', 'ja', 'ru', 'es', 'el'])).toBe('es');
		expect(suggestLocale(['de', 'fr'], ['ro', 'ja'])).toBeUndefined();
	});
	it('switches the locale segment and keeps the rest of the path', () => {
		expect(switchLocale('/es/playbooks/resolved-method/', '/', ['es', 'ja'], 'ja')).toBe(
			'/ja/playbooks/resolved-method/',
		);
		expect(switchLocale('/help/es/phrases/', '/help/', ['es', 'ja'], 'ja')).toBe(
			'/help/ja/phrases/',
		);
		expect(switchLocale('/', '/', ['es', 'ja'], 'ja')).toBeUndefined();
	});
	it('uses the right plural form per language', () => {
		const ru = {
			one: '{{count}} фраза',
			few: '{{count}} фразы',
			many: '{{count}} фраз',
			other: '{{count}} фразы',
		};
		expect([1, 2, 5, 21, 22, 25].map((n) => plural('ru', ru, n))).toEqual([
			'1 фраза',
			'2 фразы',
			'5 фраз',
			'21 фраза',
			'22 фразы',
			'25 фраз',
		]);
		const ro = {
			one: '{{count}} expresie',
			few: '{{count}} expresii',
			other: '{{count}} de expresii',
		};
		expect([1, 2, 19, 20].map((n) => plural('ro', ro, n))).toEqual([
			'1 expresie',
			'2 expresii',
			'19 expresii',
			'20 de expresii',
		]);
		expect(plural('ja', { other: '{{count}}件' }, 1)).toBe('1件');
	});
	it('groups the digits of large counts as the language does', () => {
		expect(plural('ru', { many: '{{count}} фраз', other: '{{count}} фразы' }, 12345)).toBe(
			'12\u00a0345 фраз',
		);
		expect(plural('es', { other: '{{count}} frases' }, 999)).toBe('999 frases');
		expect(plural('es', { other: '{{count}} frases' }, 25000)).toBe('25.000 frases');
	});
});
