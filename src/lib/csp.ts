/**
 * Content-Security-Policy for a static page. Inline `<script>` and `<style>` elements are allowed by their
 * SHA-256 hash only when the build itself emitted them (component scripts and styles: see
 * src/integrations/csp.ts); any other inline script fails the build, naming the page, because it can only
 * have come from content. Everything else only from the site's own origin: no third-party origin, no
 * inline event handler, no `eval` (Pagefind's WebAssembly needs 'wasm-unsafe-eval'). Style attributes stay
 * allowed (`style-src-attr`): Starlight and the browser's own widgets use them, and they cannot run code.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Who may show the site in a frame, for the `frame-ancestors` directive of the response headers (a
 * `<meta>` policy cannot carry it). One place: `FRAME_ANCESTORS="'self' https://intranet.example.com"`
 * at build time lets an organisation embed the site; the default allows nobody.
 */
export const frameAncestors = process.env.FRAME_ANCESTORS?.trim() || "'none'";

/** Inline scripts and styles the build emitted itself: the only ones a page may carry. */
export interface KnownInline {
	scripts: ReadonlySet<string>;
	styles: ReadonlySet<string>;
}

/** Script types a browser runs; data blocks (`application/json` …) are never executed and need no hash. */
const executable = (type: string | undefined) => {
	const t = type?.trim().toLowerCase();
	return !t || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
};

interface Inline {
	scripts: string[];
	styles: string[];
	/** `on…` attributes, with the element that carries them. */
	handlers: string[];
}

/**
 * What a page runs inline, read with a real HTML parser (parse5, as browsers parse): text that merely
 * looks like a tag inside an attribute or a text node is not an element.
 */
export function inlineParts(html: string): Inline {
	const out: Inline = { scripts: [], styles: [], handlers: [] };
	const visit = (
		node: DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode'],
	) => {
		if ('tagName' in node) {
			const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
			for (const a of node.attrs) if (a.name.startsWith('on')) out.handlers.push(a.name);
			const text = node.childNodes
				.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : ''))
				.join('');
			if (node.tagName === 'script' && attr('src') === undefined && executable(attr('type')))
				out.scripts.push(text);
			if (node.tagName === 'style') out.styles.push(text);
		}
		const children =
			node.nodeName === 'template'
				? (node as DefaultTreeAdapterMap['template']).content.childNodes
				: 'childNodes' in node
					? node.childNodes
					: [];
		for (const child of children) visit(child);
	};
	visit(parse(html));
	return out;
}

export const inlineScripts = (html: string) => inlineParts(html).scripts;
export const inlineStyles = (html: string) => inlineParts(html).styles;

/** Inline scripts and styles of a page that the build did not emit. */
export function unknownInline(
	html: string,
	known: KnownInline,
): { scripts: string[]; styles: string[] } {
	const parts = inlineParts(html);
	return {
		scripts: parts.scripts.filter((s) => !isKnown(s, known.scripts)),
		styles: parts.styles.filter((s) => !isKnown(s, known.styles)),
	};
}

/** Astro trims bundled scripts; `is:inline` ones keep their whitespace. */
const isKnown = (text: string, set: ReadonlySet<string>) => set.has(text) || set.has(text.trim());

export function policyFor(html: string, known?: KnownInline): string {
	const parts = inlineParts(html);
	const allowed = (list: string[], set?: ReadonlySet<string>) =>
		set ? list.filter((s) => isKnown(s, set)) : list;
	const scripts = allowed(parts.scripts, known?.scripts).map(sha);
	const styles = allowed(parts.styles, known?.styles).map(sha);
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

const charsetMeta = /<meta\s+charset=["']?[^"'\s>]+["']?\s*\/?>/gi;

/**
 * Puts `<meta charset>` first in `<head>` (browsers only look at the first 1024 bytes) and the policy right
 * after it, so the policy covers every script that follows, the theme script included.
 */
export function withCsp(html: string, known?: KnownInline): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html, known)}">`;
	const cleaned = html
		.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '')
		.replace(charsetMeta, '');
	return cleaned.replace(/<head>/i, `<head><meta charset="utf-8">${meta}`);
}

/** Inline event handler attributes (`onclick=` …): never allowed, and the policy would block them anyway. */
export function inlineHandlers(html: string): string[] {
	return inlineParts(html).handlers;
}

/** The response headers for static hosts that read `_headers` (Netlify, Cloudflare Pages). */
export function headersFile(): string {
	const frame = frameAncestors === "'none'" ? ['  X-Frame-Options: DENY'] : [];
	return [
		'/_astro/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		'/pagefind/*',
		'  Cache-Control: public, max-age=3600',
		'/*',
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		`  Content-Security-Policy: frame-ancestors ${frameAncestors}`,
		...frame,
		'',
	].join('\n');
}
