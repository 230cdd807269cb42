/**
 * `<phrase-finder>` while it starts and when it leaves: keys typed before the finder is ready are searched,
 * focus stays where the agent put it, the customer's language shows once it arrives, and nothing listens after
 * removal. The element's module is loaded by the first test, after the agent has typed (each test file runs in
 * its own page, so here the element is not defined until then).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { customerTexts, markup, named, phrases, showSearchBox } from './phrase-finder-fixture';

const start = location.href;
const box = () => page.getByRole('combobox', { name: 'Buscar una frase' });
const results = () => page.getByRole('listbox', { name: 'Frases' }).getByRole('option');

beforeEach(() => history.replaceState(null, '', start));
afterEach(() => {
	document.body.replaceChildren();
	history.replaceState(null, '', start);
	localStorage.clear();
	vi.unstubAllGlobals();
});

describe('<phrase-finder> starting', () => {
	it('keeps and searches what the agent typed before the finder had loaded', async () => {
		expect(customElements.get('phrase-finder')).toBeUndefined();
		const finder = markup();
		document.body.append(finder);
		showSearchBox(finder);
		await userEvent.keyboard('gerente');
		await import('../../src/components/phrase-finder/phrase-finder-element');
		await expect.element(results().first()).toHaveAccessibleName(named('supervisor'));
		await expect.element(box()).toHaveValue('gerente');
		await expect.element(box()).toHaveFocus();
		await expect.poll(() => new URL(location.href).searchParams.get('q')).toBe('gerente');
	});

	it('searches a keystroke typed while the finder is still loading its data', async () => {
		history.replaceState(null, '', '?also=ro');
		const slow = customerTexts();
		const finder = markup();
		document.body.append(finder);
		showSearchBox(finder);
		await expect.element(box()).toHaveFocus();
		// The customer-language texts are on their way: the list and the index wait for them.
		await userEvent.keyboard('insultando');
		slow.release();
		await expect.element(results().first()).toHaveAccessibleName(named('stop-insults'));
		await expect.element(box()).toHaveValue('insultando');
		// The customer's language, beside the phrase, in its own language.
		const romanian = results().first().element().querySelector('[lang="ro"]');
		expect(romanian?.textContent).toBe('Vă rog să nu mă mai insultați.');
	});

	it('leaves focus where the agent clicked while the finder was loading', async () => {
		history.replaceState(null, '', '?also=ro');
		const slow = customerTexts();
		const elsewhere = Object.assign(document.createElement('button'), { textContent: 'Notas' });
		const finder = markup();
		document.body.append(finder, elsewhere);
		showSearchBox(finder);
		await userEvent.click(page.getByRole('button', { name: 'Notas' }));
		slow.release();
		await expect.poll(() => results().elements().length).toBe(phrases.length);
		await expect.element(page.getByRole('button', { name: 'Notas' })).toHaveFocus();
		await expect.element(box()).not.toHaveFocus();
	});

	it('stops listening once removed from the page', async () => {
		const finder = markup();
		document.body.append(finder);
		await expect.poll(() => results().elements().length).toBe(phrases.length);
		const input = finder.querySelector<HTMLInputElement>('[data-search]')!;
		const first = finder.querySelector('[data-option]');
		finder.remove();
		input.value = 'gerente';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		history.replaceState(null, '', '?q=insultos');
		window.dispatchEvent(new PopStateEvent('popstate'));
		await new Promise((resolve) => setTimeout(resolve, 500));
		// Neither the list nor the URL changed: no listener was left behind.
		expect(finder.querySelector('[data-option]')).toBe(first);
		expect(finder.querySelectorAll('[data-option]')).toHaveLength(phrases.length);
		expect(location.search).toBe('?q=insultos');
	});
});
