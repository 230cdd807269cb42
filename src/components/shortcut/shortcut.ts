/**
 * The site-wide keyboard shortcut to the phrase finder: F, without modifiers. Pure logic, unit-tested in
 * tests/unit/finder-shortcut.test.ts.
 *
 * - No browser key is taken: browsers bind letters only together with Ctrl, Alt or Meta, and those are ignored.
 * - Never while typing: keys pressed in a field, a select or editable content belong to it.
 * - IME-safe: nothing happens while a composition (Japanese input) is open.
 * - Works in every keyboard layout: on Russian or Greek layouts the same physical key counts (`code` KeyF).
 * - Can be turned off (WCAG 2.1.4), see settings.ts.
 */
export const shortcutKey = 'F';

export interface KeyPress {
	key: string;
	code: string;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	isComposing: boolean;
	repeat: boolean;
	defaultPrevented: boolean;
	/** 229 while an IME processes the key (some browsers fire keydown before `isComposing` is set). */
	keyCode: number;
}

export function isFinderShortcut(e: KeyPress): boolean {
	if (e.defaultPrevented || e.isComposing || e.keyCode === 229 || e.repeat) return false;
	if (e.ctrlKey || e.altKey || e.metaKey) return false;
	if (e.key === 'f' || e.key === 'F') return true;
	// A non-Latin layout: the key in the F position types another letter (а, φ…).
	return e.code === 'KeyF' && e.key.length === 1 && !/[A-Za-z]/.test(e.key);
}

interface TargetLike {
	tagName?: string;
	isContentEditable?: boolean;
	closest?: (selector: string) => unknown;
}

/** True when a key press goes to something the agent is typing in or choosing from. */
export function isTypingTarget(target: TargetLike | null): boolean {
	if (!target?.tagName) return false;
	if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return true;
	return Boolean(
		target.closest?.(
			'[contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]',
		),
	);
}
