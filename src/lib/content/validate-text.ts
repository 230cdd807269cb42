/**
 * Characters that do not belong in text agents copy to customers: bidi controls (they reorder what the
 * reader sees, "Trojan Source"; an error), invisible characters (zero-width spaces, soft hyphens, a
 * stray U+FEFF), Latin lookalike letters inside Cyrillic or Greek words, and mojibake ("quÃ©", the
 * trace of a wrong encoding). Reported with code point, position and entry.
 */
import type { ContentIssue } from './issues.ts';
import type { ContentKind, RawContent } from './load.ts';

/** Kinds whose strings are text people read (structures hold ids, which the id check covers). */
const textKinds: readonly ContentKind[] = [
	'playbookTexts',
	'techniqueTexts',
	'phraseTexts',
	'treeTexts',
	'ui',
	'trainingTexts',
	'glossary',
	'vocabulary',
];

const codePoint = (c: string) =>
	`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const names: Record<string, string> = {
	'\u200B': 'zero-width space',
	'\u200C': 'zero-width non-joiner',
	'\u200D': 'zero-width joiner',
	'\u2060': 'word joiner',
	'\uFEFF': 'zero-width no-break space (BOM)',
	'\u00AD': 'soft hyphen',
	'\u202E': 'right-to-left override',
	'\u202D': 'left-to-right override',
	'\u202A': 'left-to-right embedding',
	'\u202B': 'right-to-left embedding',
	'\u202C': 'pop directional formatting',
	'\u2066': 'left-to-right isolate',
	'\u2067': 'right-to-left isolate',
	'\u2068': 'first strong isolate',
	'\u2069': 'pop directional isolate',
	'\u200E': 'left-to-right mark',
	'\u200F': 'right-to-left mark',
	'\u061C': 'Arabic letter mark',
};
const describe = (c: string) => `${codePoint(c)}${names[c] ? ` ${names[c]}` : ''}`;

const mojibake =
	/Ã[\u0080-\u00BF]|Â[\u0080-\u00BF]|â€|Ð[\u0080-\u00BF]|Ñ[\u0080-\u00BF]|Î[\u0080-\u00BF]|Ï[\u0080-\u00BF]|\uFFFD/u;

/** The problems in one string; `at` is a 1-based character position. */
export function textProblems(value: string): { severity: 'error' | 'warning'; message: string }[] {
	const out: { severity: 'error' | 'warning'; message: string }[] = [];
	// Most strings are clean: test the whole string once before looking at characters and words.
	if (/\p{Cf}/u.test(value))
		[...value].forEach((c, i) => {
			if (/\p{Bidi_Control}/u.test(c)) {
				out.push({
					severity: 'error',
					message: `bidi control character ${describe(c)} at character ${i + 1}: it can reorder what the reader sees. Delete it (retype the text around it).`,
				});
			} else if (/\p{Cf}/u.test(c)) {
				out.push({
					severity: 'warning',
					message: `invisible character ${describe(c)} at character ${i + 1}: it travels into what agents copy. Delete it.`,
				});
			}
		});
	const mixed =
		/\p{Script=Latin}/u.test(value) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(value);
	if (mixed)
		for (const m of value.matchAll(/[\p{L}\p{M}]+/gu)) {
			const word = m[0];
			const latin = [...word].filter((c) => /\p{Script=Latin}/u.test(c));
			const other = [...word].filter((c) => /\p{Script=Cyrillic}|\p{Script=Greek}/u.test(c));
			if (!latin.length || !other.length) continue;
			const odd = latin.length <= other.length ? latin : other;
			const where = [...value.slice(0, m.index)].length + 1;
			out.push({
				severity: 'warning',
				message: `the word "${word}" at character ${where} mixes scripts: ${[...new Set(odd)].map((c) => `"${c}" (${codePoint(c)})`).join(', ')} ${odd === latin ? 'is Latin' : 'is not Latin'}, a lookalike of a letter of the other alphabet. Retype it.`,
			});
		}
	const moji = mojibake.exec(value);
	if (moji) {
		out.push({
			severity: 'warning',
			message: `"${moji[0]}" at character ${[...value.slice(0, moji.index)].length + 1} looks like mojibake (text decoded with the wrong encoding, e.g. "Ã©" for "é"). Retype it or re-save the source as UTF-8.`,
		});
	}
	return out;
}

export function checkText(content: RawContent): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const kind of textKinds) {
		for (const file of content.byKind.get(kind) ?? []) {
			walk(file.data, [], (value, path) => {
				const { entry, field } = locate(kind, path);
				for (const p of textProblems(value))
					issues.push({ file: file.file, entry, field, severity: p.severity, message: p.message });
			});
		}
	}
	return issues;
}

function walk(
	value: unknown,
	path: string[],
	visit: (value: string, path: string[]) => void,
): void {
	if (typeof value === 'string') visit(value, path);
	else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)], visit));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

/** `steps.<id>.guidance.0` -> entry "<id>", field "guidance.0"; `<id>.text` -> entry "<id>", field "text". */
function locate(kind: ContentKind, path: string[]): { entry?: string; field?: string } {
	if (kind === 'ui') return { entry: path[0] };
	if (
		kind === 'playbookTexts' &&
		!((path[0] === 'steps' || path[0] === 'sections') && path.length > 2)
	)
		return { field: path.join('.') };
	const [entry, ...field] = kind === 'playbookTexts' ? path.slice(1) : path;
	return { entry, field: field.length ? field.join('.') : undefined };
}
