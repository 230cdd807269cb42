/** Checks the escalation tree: its structure, its texts in every locale and its references. */
import { validateTree } from '../escalation/tree.ts';
import type { ContentIssue } from './issues.ts';
import {
	byKey,
	fromZodIssues,
	noPhrase,
	noStep,
	suggest,
	unknownRefs,
	type Locate,
} from './issues.ts';
import type { RawContent } from './load.ts';
import { treeSchema, treeTextsSchema, type Tree } from './schemas.ts';

export function checkTree(
	content: RawContent,
	locales: readonly string[],
	phraseIds: readonly string[],
	stepRefs: ReadonlySet<string>,
	required: (locale: string) => boolean = () => true,
): { issues: ContentIssue[]; tree?: Tree } {
	const file = content.tree;
	if (!file) return { issues: [] };
	const parsed = treeSchema.safeParse(file.data);
	if (!parsed.success)
		return { issues: fromZodIssues(file.file, parsed.error, locateNode(file.data), treeSchema) };
	const tree = parsed.data;
	const issues: ContentIssue[] = validateTree(tree).map((p) => ({
		file: file.file,
		entry: p.node,
		field: p.field,
		message: p.message,
	}));

	const known = [...stepRefs];
	for (const node of tree.nodes) {
		if (node.kind !== 'outcome') continue;
		issues.push(
			...unknownRefs(file.file, node.id, 'phrases', node.phrases, phraseIds, noPhrase),
			...unknownRefs(file.file, node.id, 'steps', node.steps, known, noStep),
		);
	}

	for (const locale of locales) {
		const texts = content.treeTexts.get(locale);
		const path = `src/content/escalation-texts/${locale}.yaml`;
		if (!texts) {
			if (required(locale))
				issues.push({
					file: path,
					message: `the "${locale}" texts of the escalation tree are missing.`,
				});
			continue;
		}
		const parsedTexts = treeTextsSchema.safeParse(texts.data);
		if (!parsedTexts.success) {
			issues.push(...fromZodIssues(texts.file, parsedTexts.error, byKey(1), treeTextsSchema));
			continue;
		}
		const t = parsedTexts.data;
		for (const node of tree.nodes) {
			const entry = t[node.id];
			if (!entry) {
				if (required(locale))
					issues.push({
						file: texts.file,
						entry: node.id,
						message: `the text of node "${node.id}" is missing in "${locale}".`,
					});
				continue;
			}
			if (node.kind === 'question') {
				if (!('question' in entry)) {
					issues.push({
						file: texts.file,
						entry: node.id,
						field: 'question',
						message: 'this node is a question: give it "question" and "options" texts.',
					});
					continue;
				}
				for (const option of node.options) {
					if (required(locale) && !entry.options[option.id])
						issues.push({
							file: texts.file,
							entry: node.id,
							field: `options.${option.id}`,
							message: `the text of option "${option.id}" is missing in "${locale}".`,
						});
				}
				for (const key of Object.keys(entry.options)) {
					if (!node.options.some((o) => o.id === key))
						issues.push({
							file: texts.file,
							entry: node.id,
							field: `options.${key}`,
							message: `there is no option "${key}" in ${file.file}. Ids are never translated.${suggest(
								key,
								node.options.map((o) => o.id),
							)}`,
						});
				}
			} else if (!('title' in entry)) {
				issues.push({
					file: texts.file,
					entry: node.id,
					field: 'title',
					message: 'this node is an outcome: give it title, summary, actions, notify and document.',
				});
			}
		}
		for (const id of Object.keys(t)) {
			if (!tree.nodes.some((n) => n.id === id))
				issues.push({
					file: texts.file,
					entry: id,
					message: `there is no node "${id}" in ${file.file}. Ids are never translated.${suggest(
						id,
						tree.nodes.map((n) => n.id),
					)}`,
				});
		}
	}
	return { issues, tree };
}

const locateNode =
	(data: unknown): Locate =>
	(path) => {
		if (path[0] !== 'nodes' || typeof path[1] !== 'number') return { fieldStart: 0 };
		const node = (data as { nodes?: { id?: unknown }[] } | null)?.nodes?.[path[1]];
		return { entry: typeof node?.id === 'string' ? node.id : `node ${path[1] + 1}`, fieldStart: 2 };
	};
