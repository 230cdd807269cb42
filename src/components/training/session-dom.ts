/**
 * Reads the server-rendered training page (modules, activities, choices) and writes the run-sheet cover.
 * Text goes in with `textContent` only; the QR code is path data made of numbers.
 */
import { buildAgenda, localClock, type PlannedModule } from '../../lib/training/agenda';
import type { SessionState } from '../../lib/training/session-state';
import { plural, type PluralForms } from '../../lib/i18n/plural';
import { showUiText } from '../../lib/i18n/ui-text-client';

export interface Strings {
	break: string;
	total: string;
	overBy: string;
	fits: string;
	linkCopied: string;
	cleared: string;
	restored: string;
	/** The language's punctuation (format.* keys): 「（）」「：」「・」 in Japanese. */
	detail: string;
	labelled: string;
	separator: string;
}

const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => values[k] ?? '');

export function modulesOf(root: HTMLElement) {
	return [...root.querySelectorAll<HTMLElement>('[data-module-id]')];
}
export function activitiesOf(module: HTMLElement) {
	return [...module.querySelectorAll<HTMLElement>('[data-activity]')];
}

/** The state the checkboxes and fields show. */
export function stateFromPage(root: HTMLElement): SessionState {
	const modules = modulesOf(root)
		.filter((m) => m.querySelector<HTMLInputElement>('[data-pick]')?.checked)
		.map((m) => m.dataset.moduleId!);
	const skip = modulesOf(root)
		.flatMap((m) => activitiesOf(m))
		.filter((a) => a.querySelector<HTMLInputElement>('[data-activity-pick]')?.checked === false)
		.map((a) => a.dataset.activity!);
	const [h, min] = (root.querySelector<HTMLInputElement>('[data-session-start]')?.value ?? '')
		.split(':')
		.map(Number);
	const start = Number.isInteger(h) && Number.isInteger(min) ? h! * 60 + min! : undefined;
	const length = Number(root.querySelector<HTMLInputElement>('[data-session-length]')?.value);
	return { modules, skip, start, length: length > 0 ? length : undefined };
}

/** Sets checkboxes and fields to a state. */
export function showState(root: HTMLElement, state: SessionState) {
	for (const m of modulesOf(root)) {
		m.querySelector<HTMLInputElement>('[data-pick]')!.checked = state.modules.includes(
			m.dataset.moduleId!,
		);
		for (const a of activitiesOf(m))
			a.querySelector<HTMLInputElement>('[data-activity-pick]')!.checked = !state.skip.includes(
				a.dataset.activity!,
			);
	}
	const pad = (n: number) => String(n).padStart(2, '0');
	if (state.start !== undefined)
		root.querySelector<HTMLInputElement>('[data-session-start]')!.value =
			`${pad(Math.floor(state.start / 60))}:${pad(state.start % 60)}`;
	root.querySelector<HTMLInputElement>('[data-session-length]')!.value = state.length
		? String(state.length)
		: '';
}

export function planOf(root: HTMLElement, state: SessionState): PlannedModule[] {
	return modulesOf(root)
		.filter((m) => state.modules.includes(m.dataset.moduleId!))
		.map((m) => ({
			id: m.dataset.moduleId!,
			activities: activitiesOf(m)
				.filter((a) => !state.skip.includes(a.dataset.activity!))
				.map((a) => ({ id: a.dataset.activity!, minutes: Number(a.dataset.minutes) })),
		}));
}

/** Fills the cover; returns the total minutes. */
export function renderCover(
	root: HTMLElement,
	state: SessionState,
	lang: string,
	minutesForms: PluralForms,
	strings: Strings,
	materialNames: Record<string, string>,
	/** The `lang` of strings that fell back to another language (a language being added). */
	langs: {
		strings?: Partial<Record<keyof Strings, string>>;
		materials?: Partial<Record<string, string>>;
		minutes?: string;
	} = {},
): number {
	// Forms that fell back follow their own language's plural rules.
	const minutes = (n: number) => plural(langs.minutes ?? lang, minutesForms, n);
	const plan = planOf(root, state);
	const { rows, total } = buildAgenda(plan, { start: state.start ?? 540 });
	const titleOf = (id: string) =>
		root.querySelector(`[data-module-id="${CSS.escape(id)}"] h2`)?.textContent?.trim() ?? id;
	const activity = (id: string) =>
		root.querySelector<HTMLElement>(`[data-activity="${CSS.escape(id)}"]`);

	const list = root.querySelector('[data-cover-modules]')!;
	list.replaceChildren(
		...plan.map((m) => {
			const li = document.createElement('li');
			li.textContent = fill(strings.detail, {
				text: titleOf(m.id),
				detail: minutes(m.activities.reduce((n, a) => n + a.minutes, 0)),
			});
			return li;
		}),
	);
	const body = root.querySelector('[data-cover-agenda]')!;
	body.replaceChildren(
		...rows.map((r) => {
			const tr = document.createElement('tr');
			tr.className = r.kind === 'break' ? 'agenda-break' : '';
			const cells = [
				`${localClock(lang, r.start)}–${localClock(lang, r.start + r.minutes)}`,
				r.kind === 'break'
					? strings.break
					: fill(strings.labelled, {
							label: titleOf(r.moduleId!),
							text: activity(r.activityId!)?.dataset.name ?? '',
						}),
				minutes(r.minutes),
			];
			for (const [i, text] of cells.entries()) {
				const cell = document.createElement(i === 1 ? 'th' : 'td');
				if (i === 1) cell.setAttribute('scope', 'row');
				cell.textContent = text;
				tr.append(cell);
			}
			return tr;
		}),
	);
	showUiText(
		root.querySelector<HTMLElement>('[data-cover-total]')!,
		fill(strings.total, { minutes: minutes(total) }),
		langs.strings?.total,
	);
	const used = new Set(
		plan.flatMap((m) =>
			m.activities.flatMap((a) =>
				(activity(a.id)?.dataset.materials ?? '').split(' ').filter(Boolean),
			),
		),
	);
	root.querySelector('[data-cover-materials]')!.replaceChildren(
		...[...used].map((id) => {
			const li = document.createElement('li');
			showUiText(li, materialNames[id] ?? id, langs.materials?.[id]);
			return li;
		}),
	);
	const fit = root.querySelector<HTMLElement>('[data-session-fit]')!;
	const verdict = total > (state.length ?? 0) ? 'overBy' : 'fits';
	showUiText(
		fit,
		state.modules.length && state.length
			? fill(strings[verdict], {
					over: minutes(total - state.length),
					target: minutes(state.length),
				})
			: '',
		langs.strings?.[verdict],
	);
	fit.classList.toggle('is-over', !!state.length && total > state.length);
	return total;
}

export async function renderQr(root: HTMLElement, url: string) {
	const { qrPath } = await import('../../lib/training/qr');
	const { size, d } = qrPath(url);
	const svg = root.querySelector<SVGSVGElement>('[data-cover-qr]')!;
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.querySelector('path')!.setAttribute('d', d);
	root.querySelector('[data-cover-url]')!.textContent = url;
}
