/**
 * The tree as a numbered outline, for trainers and paper: questions numbered Q1, Q2… in the order an agent
 * meets them (breadth first from the start), outcomes numbered 1, 2… in order of first reference. Each option
 * says where it leads ("→ Q3", "→ outcome 5"), so the whole tree fits a few pages instead of one node per page.
 */
import type { TreeLike } from './tree.ts';

export interface OutlineTarget {
	id: string;
	kind: 'question' | 'outcome';
	number: number;
}
export interface OutlineQuestion {
	id: string;
	number: number;
	options: { id: string; target: OutlineTarget }[];
}
export interface NumberedOutline {
	questions: OutlineQuestion[];
	/** Outcome ids in their numbered order (outcome 1 first). */
	outcomes: string[];
}

export function numberedOutline(tree: TreeLike): NumberedOutline {
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	const questionIds: string[] = [];
	const outcomes: string[] = [];
	const queue = [tree.start];
	while (queue.length) {
		const id = queue.shift()!;
		const node = byId.get(id);
		if (!node) continue;
		if (node.kind !== 'question') {
			if (!outcomes.includes(id)) outcomes.push(id);
			continue;
		}
		if (questionIds.includes(id)) continue;
		questionIds.push(id);
		for (const option of node.options ?? []) {
			const next = byId.get(option.next);
			// Outcomes are numbered as soon as an option names them, so numbers follow the order of reading.
			if (next && next.kind !== 'question' && !outcomes.includes(next.id)) outcomes.push(next.id);
			queue.push(option.next);
		}
	}
	const target = (id: string): OutlineTarget => {
		const q = questionIds.indexOf(id);
		return q >= 0
			? { id, kind: 'question', number: q + 1 }
			: { id, kind: 'outcome', number: outcomes.indexOf(id) + 1 };
	};
	return {
		questions: questionIds.map((id, i) => ({
			id,
			number: i + 1,
			options: (byId.get(id)!.options ?? [])
				.filter((o) => byId.has(o.next))
				.map((o) => ({ id: o.id, target: target(o.next) })),
		})),
		outcomes,
	};
}
