/**
 * XLIFF 1.2 exchange with translation tools, through the `xliff` library (locize/xliff), which reads and
 * writes both 1.2 and 2.0. We write 1.2: it is the version every common CAT tool imports and exports
 * (Trados, memoQ, OmegaT, Phrase, Crowdin, Weblate, Poedit, Virtaal); 2.0 is still read by fewer of them
 * and OmegaT only through a plug-in. One `<file>` per file the translator's text goes to, one `<trans-unit>`
 * per text; placeholders become protected `<ph>` codes, so tools keep them intact.
 */
import { ElementTypes, jsToXliff12, makeInlineElement, xliff12ToJs } from 'xliff';
import { placeholderPattern, type Unit } from './xliff-units.ts';

type Inline = string | Record<string, { id?: string; contents?: unknown; 'equiv-text'?: string }>;

/** "Say {name} now" -> ['Say ', <ph id="1">{name}</ph>, ' now'] */
export function toInline(text: string): Inline[] | string {
	const parts: Inline[] = [];
	let last = 0;
	let n = 0;
	for (const m of text.matchAll(placeholderPattern)) {
		if (m.index > last) parts.push(text.slice(last, m.index));
		parts.push(
			makeInlineElement(
				ElementTypes.Span,
				{ id: String(++n), ctype: 'x-placeholder' },
				m[0],
			) as Inline,
		);
		last = m.index + m[0].length;
	}
	if (!n) return text;
	if (last < text.length) parts.push(text.slice(last));
	return parts;
}

/** Back to plain text: inline codes give back the placeholder they protect. */
export function fromInline(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(fromInline).join('');
	if (typeof value === 'object') {
		const inner = Object.values(
			value as Record<string, { contents?: unknown; 'equiv-text'?: string }>,
		)[0];
		return inner?.contents !== undefined
			? fromInline(inner.contents)
			: (inner?.['equiv-text'] ?? '');
	}
	return String(value);
}

export async function writeXliff(
	units: readonly Unit[],
	sourceLang: string,
	targetLang: string,
): Promise<string> {
	const resources: Record<string, Record<string, object>> = {};
	for (const u of units) {
		const group = (resources[u.file] ??= {});
		group[u.id] = {
			source: toInline(u.source),
			target: toInline(u.target ?? ''),
			note: u.notes.join('\n'),
		};
	}
	// Written without indentation: pretty-printing would put line breaks inside <source> and <target> around
	// inline codes, and translation tools take them as part of the text. Line breaks go between units instead.
	let xml = (
		await jsToXliff12(
			{ resources, sourceLanguage: sourceLang, targetLanguage: targetLang },
			{ indent: '' },
		)
	).replace(
		/(<\/trans-unit>|<body>|<\/body>|<\/file>|<\/source>|<\/target>|<\/note>|<xliff [^>]*>|<file [^>]*>)(?=<)/g,
		'$1\n',
	);
	// The library writes neither a target's state nor a per-file source language: add both to its output.
	const byId = new Map(units.map((u) => [u.id, u]));
	xml = xml
		.split('<trans-unit ')
		.map((chunk, i) => {
			if (i === 0) return chunk;
			const id = unescapeXml(/^id="([^"]*)"/.exec(chunk)?.[1] ?? '');
			const state = byId.get(id)?.state ?? 'new';
			return chunk.replace(/<target(\s*\/?>)/, `<target state="${state}"$1`);
		})
		.join('<trans-unit ');
	const fileLang = new Map(units.map((u) => [u.file, u.sourceLang]));
	xml = xml.replace(
		/<file original="([^"]*)" datatype="plaintext" source-language="[^"]*"/g,
		(_, original: string) =>
			`<file original="${original}" datatype="plaintext" source-language="${fileLang.get(unescapeXml(original)) ?? sourceLang}"`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

function unescapeXml(s: string): string {
	return s
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

export interface ImportedUnit {
	file: string;
	id: string;
	source: string;
	target?: string;
	state?: string;
}

export async function readXliff(
	xml: string,
): Promise<{ sourceLang?: string; targetLang?: string; units: ImportedUnit[] }> {
	const js = (await xliff12ToJs(xml)) as {
		sourceLanguage?: string;
		targetLanguage?: string;
		resources: Record<string, Record<string, { source?: unknown; target?: unknown }>>;
	};
	const states = new Map<string, string>();
	for (const chunk of xml.split('<trans-unit ').slice(1)) {
		const id = unescapeXml(/^\s*id="([^"]*)"/.exec(chunk)?.[1] ?? '');
		const state = /<target\b[^>]*\bstate="([^"]*)"/.exec(chunk.split('</trans-unit>')[0]!)?.[1];
		if (state) states.set(id, state);
	}
	const units: ImportedUnit[] = [];
	for (const [file, group] of Object.entries(js.resources ?? {})) {
		for (const [id, unit] of Object.entries(group)) {
			units.push({
				file,
				id,
				source: fromInline(unit.source),
				target: unit.target === undefined ? undefined : fromInline(unit.target),
				state: states.get(id),
			});
		}
	}
	return { sourceLang: js.sourceLanguage, targetLang: js.targetLanguage, units };
}
