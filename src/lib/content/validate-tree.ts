/** Checks the escalation tree: its structure, its texts in every locale and its references. */
import { validateTree } from '../escalation/tree.ts';
import type { ContentIssue } from './issues.ts';
import { fromZodIssues, noPhrase, noStep, unknownRefs, type Locate } from './issues.ts';
import type { RawContent } from './load.ts';
import { treeSchema, treeTextsSchema, type Tree } from './schemas.ts';
import { checkIds, parseLocaleTexts } from './translated-ids.ts';

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

	const nodeIds = tree.nodes.map((n) => n.id);
	for (const locale of locales) {
		const texts = content.treeTexts.get(locale);
		const t = parseLocaleTexts(
			issues,
			texts,
			treeTextsSchema,
			required(locale) && {
				file: `src/content/escalation-texts/${locale}.yaml`,
				message: `the "${locale}" texts of the escalation tree are missing.`,
			},
		);
		if (!texts || !t) continue;
		const where = { file: texts.file, structureFile: file.file };
		const missing = (what: string) =>
			required(locale)
				? (id: string) => `the text of ${what} "${id}" is missing in "${locale}".`
				: undefined;
		issues.push(...checkIds(t, nodeIds, { ...where, noun: 'node', missing: missing('node') }));
		for (const node of tree.nodes) {
			const entry = t[node.id];
			if (!entry) continue;
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
				issues.push(
					...checkIds(
						entry.options,
						node.options.map((o) => o.id),
						{
							...where,
							entry: node.id,
							field: 'options',
							noun: 'option',
							missing: missing('option'),
						},
					),
				);
			} else if (!('title' in entry)) {
				issues.push({
					file: texts.file,
					entry: node.id,
					field: 'title',
					message: 'this node is an outcome: give it title, summary, actions, notify and document.',
				});
			}
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
