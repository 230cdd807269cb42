/**
 * After the build, gives every HTML page its Content-Security-Policy (see src/lib/csp.ts) and writes the
 * response headers most static hosts read (`_headers`: Netlify, Cloudflare Pages) for caching and security.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineHandlers, withCsp } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = htmlFiles(root);
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					const handlers = inlineHandlers(html);
					if (handlers.length) throw new Error(`${file}: inline event handler(s) ${handlers.join(', ')} are not allowed; use a script instead.`);
					writeFileSync(file, withCsp(html));
				}
				writeFileSync(
					join(root, '_headers'),
					['/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', '/pagefind/*', '  Cache-Control: public, max-age=3600', '/*', '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''].join('\n'),
				);
				logger.info(`Content-Security-Policy added to ${files.length} pages`);
			},
		},
	};
}
