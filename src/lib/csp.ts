/**
 * Content-Security-Policy for a static page. Every inline `<script>` and `<style>` the page contains is
 * allowed by its SHA-256 hash, everything else only from the site's own origin: no third-party origin,
 * no inline event handler, no `eval` (Pagefind's WebAssembly needs 'wasm-unsafe-eval'). Style attributes
 * stay allowed (`style-src-attr`): Starlight and the browser's own widgets use them, and they cannot run code.
 */
import { createHash } from 'node:crypto';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function policyFor(html: string): string {
	const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha(m[1]!));
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]!));
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scripts)].join(' ')}`.trim(),
		`style-src 'self' ${[...new Set(styles)].join(' ')}`.trim(),
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** Puts the policy first in `<head>`, so it covers every script that follows, the theme script included. */
export function withCsp(html: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
	const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
	return cleaned.replace(/<head>/i, `<head>${meta}`);
}

/** Inline event handler attributes (`onclick=` …): never allowed, and the policy would block them anyway. */
export function inlineHandlers(html: string): string[] {
	return [...html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)].map((m) => m[1]!);
}
