import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageKey } from '../../src/components/shortcut/settings';
import {
	isFinderShortcut,
	isTypingTarget,
	type KeyPress,
} from '../../src/components/shortcut/shortcut';

const key = (init: Partial<KeyPress>): KeyPress => ({
	key: 'f',
	code: 'KeyF',
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	isComposing: false,
	repeat: false,
	defaultPrevented: false,
	keyCode: 70,
	...init,
});

describe('finder shortcut', () => {
	it('is F, in either case, and the F key of non-Latin layouts', () => {
		expect(isFinderShortcut(key({}))).toBe(true);
		expect(isFinderShortcut(key({ key: 'F' }))).toBe(true);
		expect(isFinderShortcut(key({ key: 'а' }))).toBe(true); // Russian layout
		expect(isFinderShortcut(key({ key: 'φ' }))).toBe(true); // Greek layout
	});

	it('leaves browser keys, other letters, repeats and handled keys alone', () => {
		for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const)
			expect(isFinderShortcut(key({ [mod]: true }))).toBe(false);
		expect(isFinderShortcut(key({ key: 'g', code: 'KeyG' }))).toBe(false);
		// Dvorak: the physical F position types "u"; only a real F counts on Latin layouts.
		expect(isFinderShortcut(key({ key: 'u', code: 'KeyF' }))).toBe(false);
		expect(isFinderShortcut(key({ repeat: true }))).toBe(false);
		expect(isFinderShortcut(key({ defaultPrevented: true }))).toBe(false);
	});

	it('does nothing while an IME composition is open', () => {
		expect(isFinderShortcut(key({ isComposing: true }))).toBe(false);
		expect(isFinderShortcut(key({ key: 'Process', keyCode: 229 }))).toBe(false);
	});

	it('treats fields, selects and editable content as typing', () => {
		expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
		expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
		expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
		expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
		expect(
			isTypingTarget({
				tagName: 'SPAN',
				closest: (s: string) => (s.includes('role="textbox"') ? {} : null),
			}),
		).toBe(true);
		expect(isTypingTarget({ tagName: 'BODY', closest: () => null })).toBe(false);
		expect(isTypingTarget(null)).toBe(false);
	});
});

describe("the shortcut's setting, as the finder page reads it before any module loads", () => {
	it('is read under the same storage name by the early-key script (an inline script cannot import it)', () => {
		const page = readFileSync(
			resolve(import.meta.dirname, '../../src/components/phrase-finder/PhraseFinder.astro'),
			'utf8',
		);
		expect(page).toContain(`localStorage.getItem('${storageKey}')`);
	});
});
