/**
 * One pass over a finished page that turns language marks (lang-marks.ts) into `lang`: a text that is all
 * one mark gives its element the `lang`, a mark inside a longer text becomes `<span lang>`, and marks in
 * attributes, `<title>`, scripts and `<option>` (which cannot hold markup) are removed. The page is read
 * with a real HTML parser (parse5) and edited at the parser's source offsets, so everything else stays byte
 * for byte as Astro wrote it. When UI strings fell back, `notice` writes one note for the page's interface,
 * placed at the start of the content.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { hasMarks, markedLangs, marksToSpans, stripMarks, wholeLang } from './lang-marks.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Edit = { start: number; end: number; text: string };

const noMarkup = new Set(['script', 'style', 'title', 'textarea', 'option', 'noscript']);

export function applyLangMarks(html: string, notice?: (uiLangs: string[]) => string): string {
	if (!hasMarks(html)) return html;
	const uiLangs = [...markedLangs(html).ui];
	const edits: Edit[] = [];
	let content: Element | undefined;
	let main: Element | undefined;
	const visit = (node: Node, parent?: Element) => {
		if ('tagName' in node) {
			if (node.tagName === 'main') main ??= node;
			const cls = node.attrs.find((a) => a.name === 'class')?.value ?? '';
			if (/(^|\s)sl-markdown-content(\s|$)/.test(cls)) content ??= node;
			for (const attr of node.attrs) {
				const at = node.sourceCodeLocation?.attrs?.[attr.name];
				if (at && hasMarks(attr.value))
					edits.push({
						start: at.startOffset,
						end: at.endOffset,
						text: stripMarks(html.slice(at.startOffset, at.endOffset)),
					});
			}
		}
		if (node.nodeName === '#text' && parent && hasMarks((node as { value: string }).value)) {
			const at = node.sourceCodeLocation!;
			const source = html.slice(at.startOffset, at.endOffset);
			const lang = wholeLang((node as { value: string }).value);
			const alone = parent.childNodes.length === 1;
			const tag = parent.sourceCodeLocation?.startTag;
			const setLang = (tagEnd: number) => {
				const close = html[tagEnd - 2] === '/' ? tagEnd - 2 : tagEnd - 1;
				edits.push({ start: close, end: close, text: ` lang="${lang}"` });
			};
			if (noMarkup.has(parent.tagName)) {
				edits.push({ start: at.startOffset, end: at.endOffset, text: stripMarks(source) });
				if (parent.tagName === 'option' && alone && lang && tag) setLang(tag.endOffset);
			} else if (alone && lang && tag && !parent.attrs.some((a) => a.name === 'lang')) {
				edits.push({ start: at.startOffset, end: at.endOffset, text: stripMarks(source) });
				setLang(tag.endOffset);
			} else edits.push({ start: at.startOffset, end: at.endOffset, text: marksToSpans(source) });
		}
		const children = [
			...('childNodes' in node ? node.childNodes : []),
			...('content' in node && node.content ? node.content.childNodes : []),
		];
		for (const child of children) visit(child, 'tagName' in node ? node : parent);
	};
	visit(parse(html, { sourceCodeLocationInfo: true }));
	const host = content ?? main;
	const at = host?.sourceCodeLocation?.startTag?.endOffset;
	if (notice && uiLangs.length && at !== undefined)
		edits.push({ start: at, end: at, text: notice(uiLangs) });
	let out = html;
	for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end))
		out = out.slice(0, e.start) + e.text + out.slice(e.end);
	return out;
}
