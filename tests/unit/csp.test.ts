import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptsIn } from '../../src/integrations/csp';
import { headersFile, inlineHandlers, policyFor, unknownInline, withCsp } from '../../src/lib/csp';

const page =
	'<html><head><meta charset="utf-8"><script>var a=1</script><style>p{color:red}</style><script type="module" src="/_astro/x.js"></script></head><body><p style="display:none">x</p></body></html>';
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const known = { scripts: new Set(['var a=1']), styles: new Set(['p{color:red}']) };

describe('Content-Security-Policy', () => {
	it('allows exactly the known inline scripts and styles of the page, and nothing from other origins', () => {
		const policy = policyFor(page, known);
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('var a=1')}`);
		expect(policy).toContain(`style-src 'self' ${hash('p{color:red}')}`);
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
	});
	it('never hashes an inline script the build did not emit', () => {
		const injected = page.replace('<body>', '<body><script>alert(1)</script>');
		expect(policyFor(injected, known)).not.toContain(hash('alert(1)'));
		expect(unknownInline(injected, known)).toEqual({ scripts: ['alert(1)'], styles: [] });
		expect(unknownInline(page, known)).toEqual({ scripts: [], styles: [] });
	});
	it('ignores data blocks and text that only looks like a tag', () => {
		const html =
			'<html><head></head><body><script type="application/json">{"a":1}</script><p title="<script>x</script> <img src=x onerror=y>">&lt;script&gt;</p></body></html>';
		expect(unknownInline(html, known).scripts).toEqual([]);
		expect(inlineHandlers(html)).toEqual([]);
	});
	it('puts <meta charset> first in <head> and the policy right after it, replacing any earlier policy', () => {
		const html = withCsp(
			page.replace(
				'<head>',
				'<head><meta http-equiv="content-security-policy" content="old"><title>t</title>',
			),
			known,
		);
		expect(html).toMatch(
			/^<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src/,
		);
		expect(html.match(/content-security-policy/g)).toHaveLength(1);
		expect(html.match(/<meta charset/g)).toHaveLength(1);
	});
	it('finds inline event handlers', () => {
		expect(inlineHandlers('<button onclick="x()">a</button><img src=x onerror=y>')).toEqual([
			'onclick',
			'onerror',
		]);
		expect(inlineHandlers(page)).toEqual([]);
	});
	it("forbids framing in the headers file (frame-ancestors 'none' and X-Frame-Options)", () => {
		expect(headersFile()).toMatch(
			/^\/\*\n(?: {2}.*\n)* {2}Content-Security-Policy: frame-ancestors 'none'\n {2}X-Frame-Options: DENY/m,
		);
	});
});

describe('the CSP build step', () => {
	it("knows Starlight's and our is:inline scripts from their component sources", () => {
		const ours = inlineScriptsIn(resolve(import.meta.dirname, '../../src/components'));
		expect(ours.some((s) => s.includes('window.StarlightThemeProvider'))).toBe(true);
	});
	it('fails the build naming the page when a page carries an inline script no component emitted', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csp-'));
		try {
			writeFileSync(
				join(dir, 'index.html'),
				'<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Hi</h1><script>alert(1)</script></body></html>',
			);
			const done = contentSecurityPolicy().hooks['astro:build:done'] as (o: unknown) => void;
			expect(() => done({ dir: new URL(`file://${dir}/`), logger: { info() {} } })).toThrow(
				/\/index\.html: an inline <script> that no component emitted \("alert\(1\)"\)/,
			);
			expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain(hash('alert(1)'));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
