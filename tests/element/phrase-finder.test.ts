/**
 * `<phrase-finder>` on a small fixture (phrase-finder-fixture.ts), driven by role and label the way an agent
 * works it: type in their own words, arrows, Enter, Escape. Start-up (keys before the finder is ready, focus,
 * teardown) is phrase-finder-startup.test.ts; the real site is tests/e2e/phrases*.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/phrase-finder/phrase-finder-element';
import { markup, named, phrases, textOf, watchClipboard } from './phrase-finder-fixture';

const start = location.href;
const box = () => page.getByRole('combobox', { name: 'Buscar una frase' });
const list = () => page.getByRole('listbox', { name: 'Frases' });
const results = () => list().getByRole('option');
const active = () => list().getByRole('option', { selected: true });

/** The finder, upgraded, with its list shown and focus in the search box. */
async function mount() {
	document.body.append(markup());
	await expect.poll(() => results().elements().length).toBe(phrases.length);
	await expect.element(box()).toHaveFocus();
}

beforeEach(() => history.replaceState(null, '', start));
afterEach(() => {
	document.body.replaceChildren();
	history.replaceState(null, '', start);
	localStorage.clear();
	vi.restoreAllMocks();
});

describe('<phrase-finder>', () => {
	it('ranks what the agent types in their own words: an inflected form, a word from the vocabulary', async () => {
		await mount();
		await userEvent.type(box(), 'insultando');
		await expect.element(results().first()).toHaveAccessibleName(named('stop-insults'));
		await userEvent.clear(box());
		await userEvent.type(box(), 'gerente');
		await expect.element(results().first()).toHaveAccessibleName(named('supervisor'));
		await expect.poll(() => results().elements().length).toBe(1);
	});

	it('makes the first result active after every change; arrows move it, focus stays in the box', async () => {
		await mount();
		await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
		await expect.element(active()).toHaveAccessibleName(named('stop-insults'));
		await userEvent.type(box(), 'soluciones');
		await expect.element(active()).toHaveAccessibleName(named('solve-today'));
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(active()).toHaveAccessibleName(named('understand'));
		await expect.element(box()).toHaveFocus();
		await expect.element(box()).toHaveAttribute('aria-activedescendant', active().element().id);
		// One more word: a new list, and the highlight is back on its first result.
		await userEvent.type(box(), ' hoy');
		await expect.element(active()).toHaveAccessibleName(named('solve-today'));
		await userEvent.keyboard('{ArrowUp}');
		await expect.element(active()).toHaveAccessibleName(named('solve-today'));
	});

	it('Enter copies exactly the active phrase and says so', async () => {
		const copied = watchClipboard();
		await mount();
		await userEvent.type(box(), 'soluciones');
		await userEvent.keyboard('{ArrowDown}{Enter}');
		await expect.poll(() => copied).toEqual([textOf('understand')]);
		await expect.element(page.getByRole('status')).toHaveTextContent('Copiada');
		// Typed again, Enter copies what is now first, not what was active before.
		await userEvent.type(box(), ' hoy');
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => copied.at(-1)).toBe(textOf('solve-today'));
	});

	it('asks for a blank instead of copying a sentence with a hole', async () => {
		const copied = watchClipboard();
		await mount();
		await userEvent.type(box(), 'llamaremos');
		await userEvent.keyboard('{Enter}');
		const time = page.getByRole('textbox', { name: /Hora/ });
		await expect.element(time).toHaveFocus();
		await userEvent.keyboard('17:30{Enter}');
		await expect.poll(() => copied).toEqual(['Le llamo mañana a las 17:30.']);
		await expect.element(box()).toHaveFocus();
	});

	it('Escape clears the query and lists every phrase again', async () => {
		await mount();
		await userEvent.type(box(), 'gerente');
		await expect.poll(() => results().elements().length).toBe(1);
		await userEvent.keyboard('{Escape}');
		await expect.element(box()).toHaveValue('');
		await expect.poll(() => results().elements().length).toBe(phrases.length);
		await expect.element(active()).toHaveAccessibleName(named('understand'));
		expect(new URL(location.href).searchParams.has('q')).toBe(false);
	});

	it('a filter narrows the list, and its first result becomes active', async () => {
		await mount();
		await userEvent.keyboard('{ArrowDown}');
		await userEvent.click(page.getByText('Filtros', { exact: true }));
		await userEvent.selectOptions(page.getByRole('combobox', { name: /Situación/ }), 'angry');
		await expect.poll(() => results().elements().length).toBe(2);
		await expect.element(active()).toHaveAccessibleName(named('understand'));
	});
});
