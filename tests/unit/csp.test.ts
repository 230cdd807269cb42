import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHandlers, policyFor, withCsp } from '../../src/lib/csp';

const page = '<html><head><meta charset="utf-8"><script>var a=1</script><style>p{color:red}</style><script type="module" src="/_astro/x.js"></script></head><body><p style="display:none">x</p></body></html>';
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('Content-Security-Policy', () => {
	it('allows exactly the inline scripts and styles of the page, and nothing from other origins', () => {
		const policy = policyFor(page);
		expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('var a=1')}`);
		expect(policy).toContain(`style-src 'self' ${hash('p{color:red}')}`);
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
	});
	it('is the first thing in <head>, replacing any earlier policy', () => {
		const html = withCsp(page.replace('<head>', '<head><meta http-equiv="content-security-policy" content="old">'));
		expect(html).toMatch(/^<html><head><meta http-equiv="content-security-policy" content="default-src/);
		expect(html.match(/content-security-policy/g)).toHaveLength(1);
	});
	it('finds inline event handlers', () => {
		expect(inlineHandlers('<button onclick="x()">a</button><img src=x onerror=y>')).toEqual(['onclick', 'onerror']);
		expect(inlineHandlers(page)).toEqual([]);
	});
});
