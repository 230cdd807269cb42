/**
 * `<finder-shortcut>`: pressing F on any page opens the phrase finder of the page's language; on the finder
 * page itself it puts the cursor into the search field. `<finder-shortcut-toggle>` upgrades the checkbox
 * that turns the shortcut on and off.
 */
import { setShortcutEnabled, shortcutEnabled } from './settings';
import { isFinderShortcut, isTypingTarget } from './shortcut';

class FinderShortcut extends HTMLElement {
	private onKey = (event: KeyboardEvent) => {
		if (
			!isFinderShortcut(event) ||
			isTypingTarget(event.target as Element | null) ||
			!shortcutEnabled()
		)
			return;
		// A modal (site search, a menu) owns the keyboard while it is open.
		if (document.querySelector('dialog[open]')) return;
		const search = document.querySelector<HTMLInputElement>('phrase-finder [data-search]');
		event.preventDefault();
		if (search && search.offsetParent !== null) search.focus();
		else if (this.dataset.finder) location.assign(this.dataset.finder);
	};

	connectedCallback() {
		document.addEventListener('keydown', this.onKey);
	}

	disconnectedCallback() {
		document.removeEventListener('keydown', this.onKey);
	}
}

class FinderShortcutToggle extends HTMLElement {
	private box: HTMLInputElement | null = null;
	private onChange = () => setShortcutEnabled(Boolean(this.box?.checked));

	connectedCallback() {
		this.box = this.querySelector('input[type="checkbox"]');
		if (!this.box) return;
		this.box.checked = shortcutEnabled();
		this.box.addEventListener('change', this.onChange);
		this.hidden = false;
	}

	disconnectedCallback() {
		this.box?.removeEventListener('change', this.onChange);
	}
}

if (!customElements.get('finder-shortcut'))
	customElements.define('finder-shortcut', FinderShortcut);
if (!customElements.get('finder-shortcut-toggle'))
	customElements.define('finder-shortcut-toggle', FinderShortcutToggle);
