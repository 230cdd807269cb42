/**
 * `<session-builder>` on a small fixture: three modules with their activities, in the markup
 * TrainingModules.astro and SessionPanel.astro render (controls and cover hidden until the element
 * upgrades them). Behaviour only: what a trainer sees and hears, and what the URL says. The real training
 * pages in five languages, and their print, are tests/e2e/trainers*.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/training/session-builder';

const start = location.href;

type Activity = [id: string, name: string, minutes: number, materials: string];
const module = (id: string, title: string, activities: Activity[]) => `
	<section class="module" id="${id}" data-module-id="${id}" aria-labelledby="${id}-title">
		<h2 id="${id}-title">${title}</h2>
		<p class="module-meta">
			<label class="module-pick" hidden data-pick-label>
				<input type="checkbox" data-pick="${id}" /> Incluir en la sesión
			</label>
		</p>
		<ol class="activity-list">
			${activities
				.map(
					([a, name, minutes, materials]) => `
				<li data-activity="${id}.${a}" data-minutes="${minutes}" data-name="${name}" data-materials="${materials}">
					<label hidden data-pick-label>
						<input type="checkbox" checked data-activity-pick aria-label="Incluir en la sesión: ${name}" />
					</label>
					<p>${name} (${minutes} minutos)</p>
				</li>`,
				)
				.join('')}
		</ol>
	</section>`;

const panel = `
	<div hidden data-session-summary>
		<p role="status" aria-live="polite" data-session-count></p>
		<label>Hora de inicio <input type="time" value="09:00" data-session-start /></label>
		<label>Duración prevista (minutos) <input type="number" min="15" max="480" step="5" data-session-length /></label>
		<p data-session-fit></p>
		<a data-session-link href="">Enlace a esta sesión</a>
		<button type="button" data-session-copy>Copiar el enlace de la sesión</button>
		<button type="button" data-session-all>Mostrar todos los módulos</button>
		<button type="button" data-session-undo hidden>Deshacer</button>
		<p role="status" aria-live="polite" data-session-announce></p>
	</div>
	<section hidden data-session-cover aria-labelledby="cover-title">
		<h2 id="cover-title">Guion de la sesión</h2>
		<dl><dt>Fecha</dt><dd data-print-date></dd><dt>Módulos</dt><dd><ol data-cover-modules></ol></dd></dl>
		<svg data-cover-qr role="img" aria-label="Código QR"><path d=""></path></svg>
		<p data-cover-url></p>
		<table aria-label="Programa">
			<thead><tr><th scope="col">Hora</th><th scope="col">Actividad</th><th scope="col">Duración</th></tr></thead>
			<tbody data-cover-agenda></tbody>
			<tfoot><tr><td colspan="3" data-cover-total></td></tr></tfoot>
		</table>
		<h3>Materiales</h3>
		<ul aria-label="Materiales" data-cover-materials></ul>
	</section>`;

function mount(): HTMLElement {
	const builder = document.createElement('session-builder');
	Object.assign(builder.dataset, {
		lang: 'es',
		selected: JSON.stringify({
			one: '{{count}} módulo seleccionado',
			other: '{{count}} módulos seleccionados',
		}),
		minutes: JSON.stringify({ one: '{{count}} minuto', other: '{{count}} minutos' }),
		strings: JSON.stringify({
			break: 'Pausa',
			total: 'Total: {{minutes}}',
			overBy: 'Supera en {{over}} la duración prevista ({{target}}).',
			fits: 'Se ajusta a la duración prevista ({{target}}).',
			linkCopied: 'Enlace copiado.',
			cleared: 'Se ha vaciado la selección.',
			restored: 'Se ha recuperado la selección.',
			detail: '{{text}} ({{detail}})',
			labelled: '{{label}}: {{text}}',
			separator: ' · ',
		}),
		materialNames: JSON.stringify({ timer: 'cronómetro', whiteboard: 'pizarra o rotafolio' }),
	});
	builder.innerHTML = `${panel}
		${module('calma', 'Mantener la calma', [
			['caso', 'Análisis de un caso', 30, 'whiteboard'],
			['parejas', 'Simulación por parejas', 30, 'timer'],
		])}
		${module('limites', 'Poner límites', [
			['debate', 'Debate en grupo', 25, 'whiteboard'],
			['observador', 'Simulación con observador', 20, 'timer'],
		])}
		${module('cierre', 'Cerrar la conversación', [['repaso', 'Repaso final', 20, '']])}`;
	document.body.append(builder);
	return builder;
}

const pick = (title: string) =>
	page
		.getByRole('region', { name: title })
		.getByRole('checkbox', { name: 'Incluir en la sesión', exact: true });
const include = (activity: string) =>
	page.getByRole('checkbox', { name: `Incluir en la sesión: ${activity}` });
const cover = () => page.getByRole('region', { name: 'Guion de la sesión' });
/** The agenda as the trainer reads it: one line per row, cells joined by " | ". */
const agenda = () =>
	[...cover().getByRole('table', { name: 'Programa' }).element().querySelectorAll('tbody tr')].map(
		(tr) => [...tr.children].map((c) => c.textContent).join(' | '),
	);
const param = (name: string) => new URL(location.href).searchParams.get(name);

beforeEach(() => history.replaceState(null, '', start));
afterEach(() => {
	document.body.replaceChildren();
	history.replaceState(null, '', start);
});

describe('<session-builder>', () => {
	it('shows its controls, and no run sheet while nothing is chosen', async () => {
		mount();
		await expect.element(pick('Poner límites')).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Mostrar todos los módulos' }))
			.toBeVisible();
		await expect.element(cover()).not.toBeInTheDocument();
		expect(param('modules')).toBeNull();
	});

	it('choosing modules fills the agenda, the total and the count, and writes ?modules=', async () => {
		mount();
		await userEvent.click(pick('Mantener la calma'));
		await userEvent.click(pick('Poner límites'));
		await expect
			.element(page.getByText('2 módulos seleccionados · 120 minutos'))
			.toBeInTheDocument();
		await expect.element(cover()).toBeVisible();
		// Sixty minutes and then forty-five would be more than ninety without a rest: a break between them.
		expect(agenda()).toEqual([
			'9:00–9:30 | Mantener la calma: Análisis de un caso | 30 minutos',
			'9:30–10:00 | Mantener la calma: Simulación por parejas | 30 minutos',
			'10:00–10:15 | Pausa | 15 minutos',
			'10:15–10:40 | Poner límites: Debate en grupo | 25 minutos',
			'10:40–11:00 | Poner límites: Simulación con observador | 20 minutos',
		]);
		await expect.element(cover().getByText('Total: 120 minutos')).toBeVisible();
		expect(
			cover()
				.getByRole('list', { name: 'Materiales' })
				.getByRole('listitem')
				.elements()
				.map((li) => li.textContent),
		).toEqual(['pizarra o rotafolio', 'cronómetro']);
		expect(param('modules')).toBe('calma,limites');
		const link = page.getByRole('link', { name: 'Enlace a esta sesión' }).element();
		expect(new URL(link.getAttribute('href')!, location.href).searchParams.get('modules')).toBe(
			'calma,limites',
		);
	});

	it('a start time and a planned length give clock times and say whether the session fits', async () => {
		mount();
		await userEvent.click(pick('Mantener la calma'));
		await userEvent.click(pick('Poner límites'));
		await userEvent.fill(page.getByLabelText('Hora de inicio'), '13:30');
		await userEvent.fill(page.getByLabelText('Duración prevista (minutos)'), '100');
		expect(agenda()[0]).toBe('13:30–14:00 | Mantener la calma: Análisis de un caso | 30 minutos');
		expect(agenda()[2]).toBe('14:30–14:45 | Pausa | 15 minutos');
		await expect
			.element(page.getByText('Supera en 20 minutos la duración prevista (100 minutos).'))
			.toBeVisible();
		expect(param('start')).toBe('1330');
		expect(param('length')).toBe('100');
	});

	it('an activity left out shortens the session until it fits, and the break goes', async () => {
		mount();
		await userEvent.click(pick('Mantener la calma'));
		await userEvent.click(pick('Poner límites'));
		await userEvent.fill(page.getByLabelText('Duración prevista (minutos)'), '90');
		await userEvent.click(include('Simulación con observador'));
		await expect.element(include('Simulación con observador')).not.toBeChecked();
		await expect
			.element(page.getByText('Se ajusta a la duración prevista (90 minutos).'))
			.toBeVisible();
		await expect.element(cover().getByText('Total: 85 minutos')).toBeVisible();
		expect(agenda()).toEqual([
			'9:00–9:30 | Mantener la calma: Análisis de un caso | 30 minutos',
			'9:30–10:00 | Mantener la calma: Simulación por parejas | 30 minutos',
			'10:00–10:25 | Poner límites: Debate en grupo | 25 minutos',
		]);
		expect(param('skip')).toBe('limites.observador');
	});

	it('restores a session from its link', async () => {
		history.replaceState(null, '', '?modules=cierre,calma&start=1000&length=60&skip=calma.caso');
		mount();
		await expect.element(pick('Cerrar la conversación')).toBeChecked();
		await expect.element(pick('Mantener la calma')).toBeChecked();
		await expect.element(pick('Poner límites')).not.toBeChecked();
		await expect.element(include('Análisis de un caso')).not.toBeChecked();
		await expect.element(page.getByLabelText('Hora de inicio')).toHaveValue('10:00');
		await expect.element(page.getByLabelText('Duración prevista (minutos)')).toHaveValue(60);
		await expect
			.element(page.getByText('2 módulos seleccionados · 50 minutos'))
			.toBeInTheDocument();
		// Page order, not link order: the agenda follows the modules as the page teaches them.
		expect(agenda()).toEqual([
			'10:00–10:30 | Mantener la calma: Simulación por parejas | 30 minutos',
			'10:30–10:50 | Cerrar la conversación: Repaso final | 20 minutos',
		]);
	});

	it('"show all modules" clears the choice, and Undo brings it back', async () => {
		history.replaceState(null, '', '?modules=calma,limites&skip=limites.debate');
		mount();
		await userEvent.click(page.getByRole('button', { name: 'Mostrar todos los módulos' }));
		await expect.element(pick('Mantener la calma')).not.toBeChecked();
		await expect.element(cover()).not.toBeInTheDocument();
		await expect
			.element(page.getByRole('status').filter({ hasText: 'Se ha vaciado la selección.' }))
			.toBeInTheDocument();
		expect(param('modules')).toBeNull();

		await userEvent.click(page.getByRole('button', { name: 'Deshacer' }));
		await expect.element(pick('Mantener la calma')).toBeChecked();
		await expect.element(pick('Poner límites')).toBeChecked();
		await expect.element(include('Debate en grupo')).not.toBeChecked();
		await expect
			.element(page.getByRole('button', { name: 'Mostrar todos los módulos' }))
			.toHaveFocus();
		await expect.element(page.getByRole('button', { name: 'Deshacer' })).not.toBeInTheDocument();
		await expect
			.element(page.getByRole('status').filter({ hasText: 'Se ha recuperado la selección.' }))
			.toBeInTheDocument();
		expect(param('modules')).toBe('calma,limites');
		expect(param('skip')).toBe('limites.debate');
	});

	it('any other change after "show all modules" drops the Undo', async () => {
		history.replaceState(null, '', '?modules=calma');
		mount();
		await userEvent.click(page.getByRole('button', { name: 'Mostrar todos los módulos' }));
		await userEvent.click(pick('Cerrar la conversación'));
		await expect.element(page.getByRole('button', { name: 'Deshacer' })).not.toBeInTheDocument();
		expect(param('modules')).toBe('cierre');
	});

	it('stops listening once removed from the page', async () => {
		const builder = mount();
		const box = pick('Mantener la calma').element() as HTMLInputElement;
		const date = builder.querySelector('[data-print-date]')!;
		builder.remove();
		box.checked = true;
		box.dispatchEvent(new Event('change', { bubbles: true }));
		date.textContent = '';
		window.dispatchEvent(new Event('beforeprint'));
		expect(param('modules')).toBeNull();
		expect(builder.querySelector('[data-session-count]')!.textContent).toBe('');
		expect(date.textContent).toBe('');
	});
});
