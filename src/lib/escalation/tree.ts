/**
 * The escalation tree's pure logic, shared by the build-time validator, the page and the browser element.
 * A tree is questions whose options lead to other nodes, ending in outcomes. The state of a walk is the
 * list of option ids chosen from the start, which is all the URL needs to reproduce it.
 */
export interface TreeOption {
	id: string;
	next: string;
}
/** A node as the logic sees it: questions have options, outcomes have none. */
export interface TreeNodeLike {
	id: string;
	kind: string;
	options?: TreeOption[];
}
export interface TreeLike {
	start: string;
	nodes: TreeNodeLike[];
}

/** The most answers an agent may need to reach an outcome: in a crisis, every question costs seconds. */
export const maxAnswers = 6;

export interface TreeProblem {
	node: string;
	field?: string;
	message: string;
}

export function validateTree(tree: TreeLike): TreeProblem[] {
	const problems: TreeProblem[] = [];
	const byId = new Map<string, TreeNodeLike>();
	for (const node of tree.nodes) {
		if (byId.has(node.id))
			problems.push({ node: node.id, field: 'id', message: 'duplicate node id.' });
		byId.set(node.id, node);
	}
	if (!byId.has(tree.start)) {
		problems.push({
			node: tree.start,
			field: 'start',
			message: `the start node "${tree.start}" does not exist.`,
		});
		return problems;
	}
	for (const node of tree.nodes) {
		const options = node.options ?? [];
		if (node.kind === 'question' && options.length === 0) {
			problems.push({
				node: node.id,
				field: 'options',
				message: 'this question has no options, so the path ends without an outcome.',
			});
		}
		const seen = new Set<string>();
		options.forEach((option, i) => {
			if (seen.has(option.id))
				problems.push({
					node: node.id,
					field: `options.${i}.id`,
					message: `duplicate option id "${option.id}".`,
				});
			seen.add(option.id);
			if (!byId.has(option.next))
				problems.push({
					node: node.id,
					field: `options.${i}.next`,
					message: `option "${option.id}" points to "${option.next}", which does not exist.`,
				});
		});
	}

	// Depth-first walk from the start: finds cycles, reachability and the longest path in answers.
	const reached = new Set<string>();
	const onPath: string[] = [];
	const reportedCycles = new Set<string>();
	const tooLong = new Set<string>();
	const walk = (id: string, depth: number) => {
		const node = byId.get(id);
		if (!node) return;
		if (onPath.includes(id)) {
			const cycle = [...onPath.slice(onPath.indexOf(id)), id];
			const key = [...cycle].sort().join();
			if (!reportedCycles.has(key)) {
				reportedCycles.add(key);
				problems.push({
					node: id,
					message: `cycle: ${cycle.join(' → ')}. A tree never leads back to an earlier question.`,
				});
			}
			return;
		}
		reached.add(id);
		if (node.kind !== 'question') {
			if (depth > maxAnswers && !tooLong.has(id)) {
				tooLong.add(id);
				problems.push({
					node: id,
					message: `this outcome takes ${depth} answers to reach (${[...onPath, id].join(' → ')}); the limit is ${maxAnswers}.`,
				});
			}
			return;
		}
		onPath.push(id);
		for (const option of node.options ?? []) walk(option.next, depth + 1);
		onPath.pop();
	};
	walk(tree.start, 0);
	for (const node of tree.nodes) {
		if (!reached.has(node.id))
			problems.push({ node: node.id, message: 'no path from the start reaches this node.' });
	}
	return problems;
}

export interface WalkStep {
	node: TreeNodeLike;
	/** The option chosen at this node, absent for the current (last) node. */
	answer?: TreeOption;
}

/**
 * Replays answers from the start. Unknown or extra answers are dropped, so a stale or hand-edited URL
 * still shows the furthest valid state instead of an error.
 */
export function replay(tree: TreeLike, answers: readonly string[]): WalkStep[] {
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	const steps: WalkStep[] = [];
	let node = byId.get(tree.start);
	for (const answer of answers) {
		if (!node) break;
		const option = node.options?.find((o) => o.id === answer);
		if (!option) break;
		steps.push({ node, answer: option });
		node = byId.get(option.next);
	}
	if (node) steps.push({ node });
	return steps;
}

export const answersParam = 'answers';

export function readAnswers(search: string): string[] {
	const raw = new URLSearchParams(search).get(answersParam) ?? '';
	// Stop at the first token that is not an option id: skipping it would shift every later answer.
	const answers: string[] = [];
	for (const token of raw ? raw.split(',') : []) {
		if (!/^[a-z0-9-]+$/.test(token)) break;
		answers.push(token);
	}
	return answers;
}

export function writeAnswers(search: string, answers: readonly string[]): string {
	const params = new URLSearchParams(search);
	if (answers.length) params.set(answersParam, answers.join(','));
	else params.delete(answersParam);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}

/**
 * Where a key moves focus among a question's options: arrows step (and wrap), Home and End jump.
 * `undefined` for keys the options leave to the browser.
 */
export function optionIndexAfterKey(key: string, index: number, count: number): number | undefined {
	if (count === 0) return undefined;
	switch (key) {
		case 'ArrowDown':
		case 'ArrowRight':
			return (index + 1) % count;
		case 'ArrowUp':
		case 'ArrowLeft':
			return (index - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}

/**
 * The link to share for the current state: the answers when there are any (the trail is rebuilt from
 * them), otherwise the node's anchor. Other query parameters (someone's search) are not shared.
 */
export function stateLink(
	origin: string,
	pathname: string,
	answers: readonly string[],
	nodeId?: string,
): string {
	if (answers.length) return `${origin}${pathname}${writeAnswers('', answers)}`;
	return `${origin}${pathname}${nodeId ? `#${nodeId}` : ''}`;
}
