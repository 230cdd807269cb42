/**
 * After the build, gives every HTML page its Content-Security-Policy (see src/lib/csp.ts) and writes the
 * response headers most static hosts read (`_headers`: Netlify, Cloudflare Pages) for caching and security.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-site.ts';
import { inlineHandlers, withCsp } from '../lib/csp.ts';

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = builtFiles(root).filter((f) => f.endsWith('.html')).map((f) => join(root, f));
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
