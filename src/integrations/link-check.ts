/** Fails the build when a link or anchor in any built page is broken (see src/lib/links.ts). */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../lib/i18n/locales.ts';
import { checkLinks, type SitePage } from '../lib/links.ts';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export function linkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = walk(root).map((f) => relative(root, f).split('\\').join('/'));
				const pages: SitePage[] = files
					.filter((f) => f.endsWith('index.html'))
					.map((f) => ({ path: f.replace(/index\.html$/, ''), html: readFileSync(join(root, f), 'utf8') }));
				const problems = checkLinks(pages, new Set(files), base, localeCodes);
				if (problems.length) {
					const error = new Error(`Broken links (${problems.length}):\n${problems.map((p) => `  - /${p.page} → ${p.href}: ${p.message}`).join('\n')}`);
					error.stack = error.message;
					throw error;
				}
				logger.info(`${pages.length} pages, every link and anchor resolves`);
			},
		},
	};
}
