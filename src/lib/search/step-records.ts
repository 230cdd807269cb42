/**
 * Site-search records for playbook steps, read from a built playbook page: each step (`article.step` with its
 * own `data-search-words`, see PlaybookSteps.astro) becomes one Pagefind record whose text is the step's real
 * guidance and whose metadata holds the agents' words for it (`terms` and `topic`, weighted in ranking.ts).
 * Pagefind searches metadata but never shows it as the excerpt, and the record's URL is the step's anchor: "sef" lands on the step about the supervisor, and the
 * result shows that step's guidance, not a list of synonyms.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface StepRecord {
	url: string;
	content: string;
	language: string;
	/** `terms`: the step's own keywords; `topic`: the agents' words for the concepts the step is about. */
	meta: { title: string; terms: string; topic: string };
}

const attr = (node: Element, name: string) => node.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;

function* elements(node: Node): Generator<Element> {
	if (isElement(node)) yield node;
	const children = node.nodeName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
	for (const child of children) yield* elements(child);
}

/** The visible text of an element, without what site search ignores (data-pagefind-ignore). */
function text(node: Node): string {
	if (node.nodeName === '#text') return 'value' in node ? node.value : '';
	if (
		isElement(node) &&
		(attr(node, 'data-pagefind-ignore') !== undefined || attr(node, 'hidden') !== undefined)
	)
		return '';
	return ('childNodes' in node ? node.childNodes : []).map(text).join(' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The step records of one built page; `pageUrl` is the page's URL within the site ("/ro/playbooks/x/"). */
export function stepRecords(html: string, pageUrl: string): StepRecord[] {
	const all = [...elements(parse(html))];
	const language = all
		.find((e) => e.tagName === 'html')
		?.attrs.find((a) => a.name === 'lang')?.value;
	if (!language) return [];
	return (
		all
			// A step shown in another language (data-fallback) is left to that language's index.
			.filter(
				(e) =>
					e.tagName === 'article' &&
					attr(e, 'data-step-id') &&
					attr(e, 'data-fallback') === undefined,
			)
			.map((step) => {
				const inside = [...elements(step)];
				const heading = inside.find((e) => e.tagName === 'h3');
				const body = inside.find((e) => (attr(e, 'class') ?? '').split(' ').includes('step-body'));
				const title = heading ? squash(text(heading)) : '';
				return {
					url: `${pageUrl}#${attr(step, 'data-step-id')}`,
					content: squash(`${title}. ${body ? text(body) : ''}`),
					language,
					meta: {
						title,
						terms: attr(step, 'data-search-words') ?? '',
						topic: attr(step, 'data-search-topic') ?? '',
					},
				};
			})
			.filter((r) => r.meta.title)
	);
}
