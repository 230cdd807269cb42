/**
 * Fails the build when a link or anchor in any built page is broken (see src/lib/links.ts), or when a
 * public link recorded in the permalink registry (permalinks/registry.json: pages, steps, outcomes,
 * modules, phrases) no longer resolves and permalinks/redirects.json does not say where it went.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtFiles, builtPages } from '../lib/built-site.ts';
import { localeCodes } from '../lib/i18n/locales.ts';
import { checkLinks } from '../lib/links.ts';
import { checkRegistry, type Redirects, type Registry } from '../lib/permalinks.ts';
import { buildError } from './build-error.ts';

const fail = (message: string, hint: string) => {
	throw buildError(message, hint);
};

export function linkCheck(): AstroIntegration {
	let base = '/';
	let projectRoot = '';
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = builtFiles(root);
				const pages = builtPages(root, files);
				const problems = checkLinks(pages, new Set(files), base, localeCodes);
				if (problems.length)
					fail(
						`Broken links (${problems.length}):\n${problems.map((p) => `  - /${p.page} → ${p.href}: ${p.message}`).join('\n')}`,
						'Each link is listed with the page it is on: fix the link in the content, or the id it points to.',
					);
				const read = <T>(name: string, empty: T): T => {
					const path = `${projectRoot}/permalinks/${name}`;
					return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : empty;
				};
				const lost = checkRegistry(
					read<Registry>('registry.json', { pages: {} }),
					pages,
					localeCodes,
					read<Redirects>('redirects.json', {}),
				);
				if (lost.length) {
					// One line per link, not per locale: a removed id is gone in every language at once.
					const byLink = new Map<string, { message: string; locales: string[] }>();
					for (const p of lost)
						byLink.set(p.link, {
							message: p.message,
							locales: [...(byLink.get(p.link)?.locales ?? []), p.locale],
						});
					const lines = [...byLink].map(
						([link, p]) => `  - ${link} (${p.locales.join(', ')}): ${p.message}`,
					);
					fail(
						`Published links would break (${byLink.size}): trainers and agents have these in slides, e-mails and bookmarks.\n${lines.join('\n')}\nAdd "old": "new" to permalinks/redirects.json for each (e.g. "playbooks/x/#old-step": "playbooks/x/#new-step"); see CONTRIBUTING.md.`,
						'A removed or renamed page or step keeps its old links working through permalinks/redirects.json; new links are recorded with `npm run permalinks:update` after a build.',
					);
				}
				logger.info(
					`${pages.length} pages, every link and anchor resolves, every published permalink still works`,
				);
			},
		},
	};
}
