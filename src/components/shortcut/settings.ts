/** Whether the finder shortcut is on (the default), remembered per browser. Storage may be unavailable. */
/** Also read, by name, by the finder page's early-key script (PhraseFinder.astro), before any module loads. */
export const storageKey = 'playbooks.finderShortcut';

export function shortcutEnabled(): boolean {
	try {
		return localStorage.getItem(storageKey) !== 'off';
	} catch {
		return true;
	}
}

export function setShortcutEnabled(on: boolean): void {
	try {
		if (on) localStorage.removeItem(storageKey);
		else localStorage.setItem(storageKey, 'off');
	} catch {
		// Without storage the setting lasts until the page is left; the checkbox still reflects it.
	}
	document.dispatchEvent(new CustomEvent('finder-shortcut-change', { detail: { on } }));
}
