/**
 * Language marks: a text shown in another language than the page's (a UI string or a title that fell back
 * along the locale's chain) carries invisible private-use marks naming its language. Many such texts reach
 * the page through code we do not own (Starlight's `<h1>`, table of contents and `<title>`), so the marks
 * travel with the string and one pass over the finished HTML (lang-marks-html.ts) turns them into `lang`
 * in text and removes them everywhere else (attributes, `<title>`, scripts). A mark is
 * `OPEN lang SEP text CLOSE`; marks nest. UI strings use their own opening mark, so the page can say once
 * that parts of its interface are shown in another language.
 */
export const OPEN_TEXT = '\uE000';
export const OPEN_UI = '\uE003';
export const SEP = '\uE001';
export const CLOSE = '\uE002';
const anyMark = /[\uE000-\uE003]/;
const opening = /([\uE000\uE003])([A-Za-z0-9-]+)\uE001/g;

export type Origin = 'text' | 'ui';

/** `text` marked as written in `lang` (marks of the same language directly inside it are redundant: dropped). */
export function markLang(text: string, lang: string, origin: Origin = 'text'): string {
	return `${origin === 'ui' ? OPEN_UI : OPEN_TEXT}${lang}${SEP}${dropSame(text, lang)}${CLOSE}`;
}

/** `text` without the marks of `lang` at its top level (a "Técnicas" inside a Spanish "Técnicas:"). */
function dropSame(text: string, lang: string): string {
	const stack: boolean[] = [];
	return text.replace(/([\uE000\uE003])([A-Za-z0-9-]+)\uE001|\uE002/g, (mark, open, code) => {
		if (open) {
			const drop = stack.length === 0 && code === lang;
			stack.push(drop);
			return drop ? '' : mark;
		}
		return stack.pop() ? '' : mark;
	});
}

export const hasMarks = (s: string) => anyMark.test(s);

/** The text without its marks (for attributes, titles and anything that cannot hold markup). */
export function stripMarks(s: string): string {
	return s.replace(opening, '').replaceAll(CLOSE, '');
}

/** The languages marked in `s`, by origin. */
export function markedLangs(s: string): { text: Set<string>; ui: Set<string> } {
	const found = { text: new Set<string>(), ui: new Set<string>() };
	for (const m of s.matchAll(opening)) found[m[1] === OPEN_UI ? 'ui' : 'text'].add(m[2]!);
	return found;
}

/**
 * Serialised HTML text (already escaped) with each mark turned into `<span lang="…">`. A mark that covers
 * the whole of an element's text is better as the element's own `lang`: `wholeLang` says when that is so.
 */
export function marksToSpans(html: string): string {
	return html
		.replace(opening, (_, _open: string, lang: string) => `<span lang="${lang}">`)
		.replaceAll(CLOSE, '</span>');
}

/** The language of `s` when one mark spans all of it (and no other mark is inside), else undefined. */
export function wholeLang(s: string): string | undefined {
	const m = /^[\uE000\uE003]([A-Za-z0-9-]+)\uE001([^\uE000-\uE003]*)\uE002$/.exec(s.trim());
	return m?.[1];
}
