/**
 * What teaches each technique, beyond the playbook steps the techniques page already lists: the training
 * modules that cover one of its steps, the role-plays whose observer checklist scores it (or that practise
 * one of its steps), and the phrases written for one of its steps; and the technique × playbook grid (how
 * many steps of each playbook teach it). Pure: the page passes in its views.
 */
export interface TechniqueSteps {
	id: string;
	steps: { playbook: string; step: string }[];
}

export interface ModuleRefs {
	id: string;
	title: string;
	steps: readonly string[];
	scenarios: { id: string; title: string; steps: readonly string[] }[];
}

export interface TechniqueLinks {
	modules: { id: string; title: string }[];
	roleplays: { module: string; scenario: string; title: string }[];
	phrases: string[];
}

export function techniqueLinks(
	technique: TechniqueSteps,
	modules: readonly ModuleRefs[],
	checklists: ReadonlyMap<string, readonly { technique: string }[]>,
	phrases: readonly { id: string; steps: readonly string[] }[],
): TechniqueLinks {
	const steps = new Set(technique.steps.map((s) => `${s.playbook}/${s.step}`));
	const teaches = (refs: readonly string[]) => refs.some((r) => steps.has(r));
	return {
		modules: modules.filter((m) => teaches(m.steps)).map(({ id, title }) => ({ id, title })),
		roleplays: modules.flatMap((m) =>
			m.scenarios
				.filter(
					(s) =>
						teaches(s.steps) ||
						(checklists.get(s.id) ?? []).some((item) => item.technique === technique.id),
				)
				.map((s) => ({ module: m.id, scenario: s.id, title: s.title })),
		),
		phrases: phrases.filter((p) => teaches(p.steps)).map((p) => p.id),
	};
}

/** For the grid: how many steps of each playbook (in the playbooks' order) teach the technique. */
export function stepsPerPlaybook(
	technique: TechniqueSteps,
	playbookIds: readonly string[],
): number[] {
	return playbookIds.map((id) => technique.steps.filter((s) => s.playbook === id).length);
}
