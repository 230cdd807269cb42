/**
 * Decoding one content file, strictly: the byte-level and syntax failures a translator's editor can cause
 * (byte-order mark, another encoding, a YAML or JSON syntax error, a key written twice) become content issues
 * with what to do about them. Apart from load.ts, which decides which files exist and what kind each is.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { ContentIssue } from './issues.ts';
import { yaml11Ambiguities } from './yaml-ambiguous.ts';

/** Reads one file: strict UTF-8, no byte-order mark, no duplicate keys. Undefined when it cannot be used. */
export function readData(
	path: string,
	file: string,
	issues: ContentIssue[],
): { value: unknown } | undefined {
	const bytes = readFileSync(path);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		issues.push({
			file,
			message:
				'the file starts with a byte-order mark (BOM, U+FEFF), which the site cannot read. Re-save it as "UTF-8" without BOM in your editor.',
		});
		return undefined;
	}
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		issues.push({
			file,
			message:
				'the file is not valid UTF-8. Re-save it with the encoding "UTF-8" (without BOM) in your editor.',
		});
		return undefined;
	}
	if (path.endsWith('.json')) {
		let value: unknown;
		try {
			value = JSON.parse(source);
		} catch (error) {
			issues.push({
				file,
				message: `the JSON does not parse (${error instanceof Error ? error.message : String(error)}).`,
			});
			return undefined;
		}
		// JSON.parse keeps the last of two equal keys without a word.
		const duplicate = duplicateJsonKey(source);
		if (duplicate) {
			issues.push({
				file,
				message: `the same key "${duplicate.key}" appears twice (line ${duplicate.line}); only one of the two texts would be shown. Remove or rename one.`,
			});
			return undefined;
		}
		return { value };
	}
	const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
	const error = doc.errors[0];
	if (error) {
		const pos = error.linePos?.[0];
		const at = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
		const firstLine = error.message.split('\n')[0];
		issues.push({
			file,
			message: `the YAML does not parse${at} (${firstLine}). Check the indentation and quote text that contains ": " or starts with a special character.`,
		});
		return undefined;
	}
	issues.push(...yaml11Ambiguities(doc, file, source));
	return { value: doc.toJS({ maxAliasCount: 100 }) };
}

/**
 * The first key that appears twice in one JSON object, for a document JSON.parse has accepted. A scan of
 * strings and brackets: cheap enough for the large translation records.
 */
export function duplicateJsonKey(source: string): { key: string; line: number } | undefined {
	const stack: { keys: Set<string>; isObject: boolean }[] = [];
	let line = 1;
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\n') line++;
		else if (c === '{' || c === '[') stack.push({ keys: new Set(), isObject: c === '{' });
		else if (c === '}' || c === ']') stack.pop();
		else if (c === '"') {
			let j = i + 1;
			while (source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
			const raw = source.slice(i, j + 1);
			i = j;
			let k = j + 1;
			while (/\s/.test(source[k] ?? '')) k++;
			const top = stack[stack.length - 1];
			if (source[k] === ':' && top?.isObject) {
				const key = JSON.parse(raw) as string;
				if (top.keys.has(key)) return { key, line };
				top.keys.add(key);
			}
		}
	}
	return undefined;
}
