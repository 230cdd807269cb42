/**
 * After the build, gives every HTML page its Content-Security-Policy (see src/lib/csp.ts) and writes the
 * response headers most static hosts read (`_headers`: Netlify, Cloudflare Pages) for caching and security.
 *
 * Only inline scripts and styles the build emitted are hashed: the bundles Vite produced for components
 * (recorded as they are generated, before Astro inlines the small ones) and the `is:inline` scripts written
 * in component sources (ours and Starlight's). Stylesheets are never inlined, so no inline style is allowed. Any other inline script can only have come from content
 * reaching the page as HTML, so it fails the build with the page's name.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-site.ts';
import {
	headersFile,
	inlineHandlers,
	unknownInline,
	withCsp,
	type KnownInline,
} from '../lib/csp.ts';
import { buildError } from './build-error.ts';

/** `<script is:inline>` bodies in the `.astro` files under `dir`: emitted verbatim into pages. */
export function inlineScriptsIn(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...inlineScriptsIn(path));
		else if (name.endsWith('.astro')) {
			for (const m of readFileSync(path, 'utf8').matchAll(
				/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g,
			))
				out.push(m[1]!);
		}
	}
	return out;
}

export function contentSecurityPolicy(): AstroIntegration {
	const known = { scripts: new Set<string>(), styles: new Set<string>() } satisfies KnownInline;
	return {
		name: 'content-security-policy',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				// Starlight's entry point is `dist/index.js`; its components are beside it.
				const starlight = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
				for (const dir of [fileURLToPath(new URL('./src/', config.root)), starlight]) {
					for (const body of inlineScriptsIn(dir)) known.scripts.add(body);
				}
				updateConfig({
					// Stylesheets stay files: then no inline <style> needs a hash, and any that appears is foreign.
					build: { inlineStylesheets: 'never' },
					vite: {
						plugins: [
							{
								name: 'csp-known-scripts',
								enforce: 'pre',
								// Before Astro takes small component scripts out of the bundle to inline them.
								generateBundle(_options, bundle) {
									for (const output of Object.values(bundle)) {
										if (output.type === 'chunk' && this.environment?.name === 'client')
											known.scripts.add(output.code.trim());
									}
								},
							},
						],
					},
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = builtFiles(root).filter((f) => f.endsWith('.html'));
				const problems: string[] = [];
				for (const file of files) {
					const html = readFileSync(join(root, file), 'utf8');
					const handlers = inlineHandlers(html);
					if (handlers.length)
						problems.push(
							`/${file}: inline event handler(s) ${handlers.join(', ')} are not allowed; use a script instead.`,
						);
					const unknown = unknownInline(html, known);
					for (const s of unknown.scripts)
						problems.push(
							`/${file}: an inline <script> that no component emitted (${JSON.stringify(s.trim().slice(0, 80))}). Content must never reach the page as HTML; if a component needs it, write it as <script is:inline> in the component.`,
						);
					for (const s of unknown.styles)
						problems.push(
							`/${file}: an inline <style> that no component emitted (${JSON.stringify(s.trim().slice(0, 80))}).`,
						);
					// Starlight marks two sidebar scripts aria-hidden, which HTML does not allow on <script> (W3C
					// checker error) and which means nothing there: a script is never rendered.
					writeFileSync(
						join(root, file),
						withCsp(html.replaceAll('<script aria-hidden="true">', '<script>'), known),
					);
				}
				if (problems.length) {
					throw buildError(
						`Content-Security-Policy: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
						'Inline scripts are allowed only when a component emits them (they are hashed into the policy); content must never reach a page as HTML. Each problem names the page and what to do.',
					);
				}
				writeFileSync(join(root, '_headers'), headersFile());
				logger.info(
					`Content-Security-Policy added to ${files.length} pages (${known.scripts.size} known inline scripts)`,
				);
			},
		},
	};
}
