/** Fails the build when a link or anchor in any built page is broken (see src/lib/links.ts). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { builtFiles, builtPages } from '../lib/built-site.ts';
import { localeCodes } from '../lib/i18n/locales.ts';
import { checkLinks } from '../lib/links.ts';

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
				const files = builtFiles(root);
				const pages = builtPages(root, files);
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
