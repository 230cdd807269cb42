/**
 * `<escalation-tree>` on a small fixture: two questions and two outcomes, in the markup EscalationTree.astro
 * renders (links between anchors until the element upgrades them). Behaviour only: what a user sees, where
 * focus goes, what the URL says. The whole tree over the real site is tests/e2e/escalation-*.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/escalation/escalation-tree-element';

const start = location.href;

const question = (id: string, text: string, options: [string, string, string][]) => `
	<section id="${id}" data-node-id="${id}" data-kind="question" class="tree-node" aria-labelledby="${id}-q">
		<h2 id="${id}-q" tabindex="-1">${text}</h2>
		<div role="group" aria-labelledby="${id}-q"><ul class="tree-options">
			${options.map(([o, next, label]) => `<li><a class="tree-option" href="#${next}" data-option="${o}" data-next="${next}">${label}</a></li>`).join('')}
		</ul></div>
	</section>`;
const outcome = (id: string, title: string, summary: string) => `
	<section id="${id}" data-node-id="${id}" data-kind="outcome" class="tree-node" aria-labelledby="${id}-t">
		<h2 id="${id}-t" tabindex="-1">${title}</h2>
		<p class="tree-summary">${summary}</p>
	</section>`;

function mount(): HTMLElement {
	const tree = document.createElement('escalation-tree');
	tree.dataset.start = 'safe';
	tree.dataset.locale = 'es';
	tree.dataset.strings = JSON.stringify({
		change: 'Cambiar',
		linkCopied: 'Copiado',
		placeholders: {},
	});
	tree.innerHTML = `
		<div class="tree-nodes">
			${question('safe', '¿Hay alguien en peligro?', [
				['yes', 'call-now', 'Sí'],
				['no', 'abusive', 'No'],
			])}
			${question('abusive', '¿El cliente insulta?', [
				['insults', 'warn', 'Insulta'],
				['calm', 'call-now', 'Está tranquilo'],
			])}
			${outcome('call-now', 'Llame a emergencias', 'Primero la seguridad.')}
			${outcome('warn', 'Avise una vez', 'Después, termine la llamada.')}
		</div>
		<div class="tree-controls" hidden data-tree-controls>
			<button type="button" data-back>Atrás</button>
			<button type="button" data-restart>Empezar de nuevo</button>
		</div>
		<nav hidden data-trail aria-label="Sus respuestas"><ol data-trail-list></ol></nav>
		<div role="status" aria-live="polite" data-announce></div>`;
	document.body.append(tree);
	return tree;
}

beforeEach(() => history.replaceState(null, '', start));
afterEach(() => {
	document.body.replaceChildren();
	history.replaceState(null, '', start);
});

describe('<escalation-tree>', () => {
	it('shows one question at a time, its answers as buttons', async () => {
		mount();
		await expect
			.element(page.getByRole('heading', { name: '¿Hay alguien en peligro?' }))
			.toBeVisible();
		await expect.element(page.getByText('¿El cliente insulta?')).not.toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Sí' })).toBeVisible();
		await expect.element(page.getByRole('link', { name: 'Sí' })).not.toBeInTheDocument();
	});

	it('an answer leads to the next question, keeps a trail and puts the answers in the URL', async () => {
		mount();
		await userEvent.click(page.getByRole('button', { name: 'No' }));
		const next = page.getByRole('heading', { name: '¿El cliente insulta?' });
		await expect.element(next).toBeVisible();
		await expect.element(next).toHaveFocus();
		await expect
			.element(page.getByRole('navigation', { name: 'Sus respuestas' }))
			.toMatchTextContent('¿Hay alguien en peligro? — No');
		expect(new URL(location.href).searchParams.get('answers')).toBe('no');
	});

	it('announces the outcome it reaches', async () => {
		mount();
		await userEvent.click(page.getByRole('button', { name: 'No' }));
		await userEvent.click(page.getByRole('button', { name: 'Insulta' }));
		await expect.element(page.getByRole('heading', { name: 'Avise una vez' })).toBeVisible();
		await expect
			.element(page.getByRole('status'))
			.toHaveTextContent('Avise una vez. Después, termine la llamada.');
	});

	it('Back and Change step back; Restart starts over', async () => {
		mount();
		await userEvent.click(page.getByRole('button', { name: 'No' }));
		await userEvent.click(page.getByRole('button', { name: 'Insulta' }));
		await userEvent.click(page.getByRole('button', { name: 'Atrás' }));
		await expect.element(page.getByRole('heading', { name: '¿El cliente insulta?' })).toBeVisible();
		await userEvent.click(page.getByRole('button', { name: 'Cambiar: ¿Hay alguien en peligro?' }));
		await expect
			.element(page.getByRole('heading', { name: '¿Hay alguien en peligro?' }))
			.toBeVisible();
		await userEvent.click(page.getByRole('button', { name: 'Sí' }));
		await expect.element(page.getByRole('heading', { name: 'Llame a emergencias' })).toBeVisible();
		await userEvent.click(page.getByRole('button', { name: 'Empezar de nuevo' }));
		await expect
			.element(page.getByRole('heading', { name: '¿Hay alguien en peligro?' }))
			.toBeVisible();
		expect(new URL(location.href).searchParams.has('answers')).toBe(false);
	});

	it('arrow keys move between the answers of a question', async () => {
		mount();
		page.getByRole('button', { name: 'Sí' }).element().focus();
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(page.getByRole('button', { name: 'No' })).toHaveFocus();
		await userEvent.keyboard('{ArrowUp}');
		await expect.element(page.getByRole('button', { name: 'Sí' })).toHaveFocus();
	});

	it('replays the answers of a shared link', async () => {
		history.replaceState(null, '', '?answers=no,insults');
		mount();
		await expect.element(page.getByRole('heading', { name: 'Avise una vez' })).toBeVisible();
	});

	it('stops listening once removed from the page', async () => {
		const tree = mount();
		tree.remove();
		history.pushState(null, '', '?answers=no');
		window.dispatchEvent(new PopStateEvent('popstate'));
		expect(tree.querySelector<HTMLElement>('[data-node-id="abusive"]')!.hidden).toBe(true);
	});
});
