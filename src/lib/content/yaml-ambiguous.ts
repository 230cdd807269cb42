/**
 * Unquoted values that YAML 1.1 reads as something other than text. The site reads YAML 1.2, where
 * `2024-05-01`, `no` and `10:30` stay the text written; but many translation tools and editors still speak
 * YAML 1.1, where the same bytes become a date, `false` or the number 630, so a round trip through them would
 * change the text silently. Such a value in a content file is an error with the fix: quote it.
 */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ContentIssue } from './issues.ts';

const yaml11 = [
	{
		reads: 'a date',
		test: /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/,
	},
	{ reads: 'true or false', test: /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/ },
	{ reads: 'a number (base 60)', test: /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.[\d_]*)?$/ },
];

/** What YAML 1.1 would read `text` as if it were written unquoted ("a date", …), or undefined when it stays text. */
export function yaml11Reading(text: string): string | undefined {
	return yaml11.find((k) => k.test.test(text))?.reads;
}

/** Every plain (unquoted) text value in `doc` that YAML 1.1 would read as something else. */
export function yaml11Ambiguities(doc: Document, file: string, source: string): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const visit = (node: Node | null | undefined, path: string[]) => {
		if (isMap(node)) {
			for (const pair of node.items)
				visit(pair.value as Node, [
					...path,
					String(isScalar(pair.key) ? pair.key.value : pair.key),
				]);
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => visit(item as Node, [...path, String(i)]));
		} else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string') {
			const reads = yaml11Reading(node.value);
			if (!reads) return;
			const line = source.slice(0, node.range?.[0] ?? 0).split('\n').length;
			const [entry, ...field] = path;
			issues.push({
				file,
				entry,
				field: field.length ? field.join('.') : undefined,
				message: `"${node.value}" (line ${line}) is written without quotes; the site reads it as text, but YAML 1.1 tools (many translation tools and editors) read it as ${reads}. Put it in quotes: "${node.value}".`,
			});
		}
	};
	visit(doc.contents as Node, []);
	return issues;
}
