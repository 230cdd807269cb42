/**
 * Gives words of another language their own `lang` wherever a page shows them, Starlight's own parts
 * included (page title, sidebar, table of contents, pagination), which no component of ours renders.
 * Runs over each rendered page (src/middleware.ts). The page is read with a real HTML parser (parse5) and
 * only the text nodes that hold a term are rewritten in place, so the rest of the page stays byte for byte.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { foreignSegments, type ForeignTerms } from './foreign-terms';

type Node = DefaultTreeAdapterMap['node'];

/** Elements whose text cannot hold an element (or is not shown as text). */
const textOnly = new Set([
	'script',
	'style',
	'title',
	'textarea',
	'option',
	'noscript',
	'template',
]);

const escapeText = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export function markForeignTerms(html: string, sets: readonly ForeignTerms[]): string {
	const edits: { start: number; end: number; html: string }[] = [];
	const visit = (node: Node, lang: string) => {
		if ('tagName' in node) {
			if (textOnly.has(node.tagName) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml')
				return;
			lang = node.attrs.find((a) => a.name === 'lang')?.value ?? lang;
		}
		if (node.nodeName === '#text' && 'value' in node) {
			const at = node.sourceCodeLocation;
			const segments = foreignSegments(node.value, lang, sets);
			if (!at || !segments.some((s) => s.lang)) return;
			edits.push({
				start: at.startOffset,
				end: at.endOffset,
				html: segments
					.map((s) =>
						s.lang
							? `<span lang="${escapeAttr(s.lang)}">${escapeText(s.text)}</span>`
							: escapeText(s.text),
					)
					.join(''),
			});
			return;
		}
		if ('childNodes' in node) for (const child of node.childNodes) visit(child, lang);
	};
	visit(parse(html, { sourceCodeLocationInfo: true }), '');
	let out = html;
	for (const edit of edits.sort((a, b) => b.start - a.start))
		out = out.slice(0, edit.start) + edit.html + out.slice(edit.end);
	return out;
}
