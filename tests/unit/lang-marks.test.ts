/**
 * Language marks: a text that fell back along the chain gets its `lang` wherever it lands in the page (its
 * own element, a span inside a longer text) and leaves no trace in attributes, `<title>` or options; UI
 * strings that fell back add one notice per language at the top of the content; a page without marks is
 * returned unchanged, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { applyLangMarks } from '../../src/lib/i18n/lang-marks-html';
import { markLang, stripMarks, wholeLang } from '../../src/lib/i18n/lang-marks';

const es = (s: string) => markLang(s, 'es', 'ui');
const page = (body: string, title = 'T') =>
	`<!doctype html><html lang="de"><head><title>${title}</title></head><body><main><div class="sl-markdown-content">${body}</div></main></body></html>`;
const notice = (langs: string[]) => `<p class="fallback-notice">${langs.join(',')}</p>`;

describe('language marks', () => {
	it('strip to the plain text and tell when one mark covers a whole text', () => {
		expect(stripMarks(`Start ${es('Frases')}.`)).toBe('Start Frases.');
		expect(wholeLang(es('Frases'))).toBe('es');
		expect(wholeLang(`Start ${es('Frases')}`)).toBeUndefined();
		// A Spanish label inside a Spanish "label:" is one Spanish text.
		expect(wholeLang(es(`${es('Técnicas')}:`))).toBe('es');
		expect(wholeLang(es(`${markLang('x', 'ro')}:`))).toBeUndefined();
	});

	it('become the lang of an element, or a span inside mixed text, and vanish from attributes and the title', () => {
		const html = page(
			`<h1>${markLang('Schwierige Kunden', 'ro')}</h1><p data-x="${es('a')}" aria-label="${es('Buscar')}">3 ${es('pasos')} &amp; mehr</p><select><option>${es('Todos')}</option></select><script>const s = "${es('x')}";</script>`,
			es('Inicio'),
		);
		const out = applyLangMarks(html, notice);
		expect(out).toContain('<title>Inicio</title>');
		expect(out).toContain('<h1 lang="ro">Schwierige Kunden</h1>');
		expect(out).toContain(
			'<p data-x="a" aria-label="Buscar">3 <span lang="es">pasos</span> &amp; mehr</p>',
		);
		expect(out).toContain('<option lang="es">Todos</option>');
		expect(out).toContain('const s = "x";');
		expect(out).not.toMatch(/[\uE000-\uE003]/);
	});

	it('add one notice per language of fallen-back UI strings, at the top of the content', () => {
		const out = applyLangMarks(
			page(`<p>${es('uno')}</p><p>${es('dos')}</p><p>${markLang('x', 'ro')}</p>`),
			notice,
		);
		expect(out).toContain(
			'<div class="sl-markdown-content"><p class="fallback-notice">es</p><p lang="es">uno</p>',
		);
		expect(out.match(/fallback-notice/g)).toHaveLength(1);
	});

	it('leaves a page without marks exactly as it was', () => {
		const html = page('<p hidden>Hallo</p>');
		expect(applyLangMarks(html, notice)).toBe(html);
	});
});
