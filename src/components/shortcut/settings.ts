/** Whether the finder shortcut is on (the default), remembered per browser. Storage may be unavailable. */
const storageKey = 'playbooks.finderShortcut';

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
