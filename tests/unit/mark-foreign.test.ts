/**
 * Words of another language get their own `lang` in the rendered page's text, and nowhere else: not in
 * attributes, scripts, titles or options, and not twice.
 */
import { describe, expect, it } from 'vitest';
import { foreignSegments, resolvedGlosses } from '../../src/lib/i18n/foreign-terms';
import { markForeignTerms } from '../../src/lib/i18n/mark-foreign';

const page = (body: string, lang = 'ja') =>
	`<!doctype html><html lang="${lang}"><head><title>RESOLVED法</title></head><body>${body}</body></html>`;

describe('markForeignTerms', () => {
	it('marks a Latin term touching Japanese letters, in headings, links and lists', () => {
		const out = markForeignTerms(
			page('<h1>RESOLVED法</h1><nav><a href="/x">RESOLVEDの8つ</a></nav><li>S：解決（Solve）</li>'),
			[resolvedGlosses],
		);
		expect(out).toContain('<h1><span lang="en">RESOLVED</span>法</h1>');
		expect(out).toContain('<a href="/x"><span lang="en">RESOLVED</span>の8つ</a>');
		expect(out).toContain('（<span lang="en">Solve</span>）');
	});

	it('leaves attributes, scripts, the title, options and text already in English as they are', () => {
		const body =
			'<a title="RESOLVED" href="#">x</a><script>const s = "RESOLVED";</script><select><option>RESOLVED</option></select><p lang="en">RESOLVED method</p>';
		expect(markForeignTerms(page(body), [resolvedGlosses])).toBe(page(body));
	});

	it('keeps the rest of the page byte for byte and escapes the text it rewrites', () => {
		const body = '<p class=a>Solve &amp; <b>RUN</b> &lt;now&gt;</p>';
		expect(markForeignTerms(page(body, 'ro'), [resolvedGlosses])).toBe(
			page(
				'<p class=a><span lang="en">Solve</span> &amp; <b><span lang="en">RUN</span></b> &lt;now&gt;</p>',
				'ro',
			),
		);
	});

	it('does not mark a term inside a longer Latin word', () => {
		expect(foreignSegments('Solvency Documentați', 'ro', [resolvedGlosses])).toEqual([
			{ text: 'Solvency Documentați' },
		]);
	});
});
