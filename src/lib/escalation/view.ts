/** Joins the tree's structure with one locale's texts into what the escalation page renders. */
import type { PhraseView } from '../content/model.ts';
import type { Tree, TreeTexts } from '../content/schemas.ts';

export interface QuestionView {
	id: string;
	kind: 'question';
	question: string;
	help?: string;
	options: { id: string; next: string; label: string }[];
	fallbackLang?: string;
}

export interface OutcomeView {
	id: string;
	kind: 'outcome';
	rule: number;
	severity: 'urgent' | 'escalate' | 'resolve';
	title: string;
	summary: string;
	actions: string[];
	notify: string[];
	document: string[];
	phrases: PhraseView[];
	steps: string[];
	fallbackLang?: string;
}

export type NodeView = QuestionView | OutcomeView;

export function treeView(
	tree: Tree,
	texts: TreeTexts,
	phrases: readonly PhraseView[],
	/** Node id -> the language its texts are shown in, for nodes the locale lacks (each along the chain). */
	fallback: Readonly<Record<string, string>> = {},
): NodeView[] {
	return tree.nodes.map((node): NodeView => {
		const t = texts[node.id];
		const lang = fallback[node.id];
		if (node.kind === 'question') {
			const q =
				t && 'question' in t
					? t
					: { question: node.id, help: undefined, options: {} as Record<string, string> };
			return {
				id: node.id,
				kind: 'question',
				question: q.question,
				help: q.help,
				options: node.options.map((o) => ({ ...o, label: q.options[o.id] ?? o.id })),
				fallbackLang: lang,
			};
		}
		const o =
			t && 'title' in t
				? t
				: { title: node.id, summary: '', actions: [], notify: [], document: [] };
		return {
			id: node.id,
			kind: 'outcome',
			rule: node.rule,
			severity: node.severity,
			title: o.title,
			summary: o.summary,
			actions: o.actions,
			notify: o.notify,
			document: o.document,
			phrases: node.phrases
				.map((id) => phrases.find((p) => p.id === id))
				.filter((p): p is PhraseView => Boolean(p)),
			steps: node.steps,
			fallbackLang: lang,
		};
	});
}
