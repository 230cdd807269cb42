/**
 * Site search per playbook step: after Starlight has indexed the built pages with Pagefind, the index is built
 * again with one extra record per step (src/lib/search/step-records.ts), so the agents' words for a step find
 * that step, and its result shows the step's guidance (metadata is searched but never the excerpt).
 * Runs after Starlight's own indexing and before the offline worker lists the files it precaches.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { stepRecords } from '../lib/search/step-records.ts';

function playbookPages(root: string, dir = root): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...playbookPages(root, path));
		else if (
			name === 'index.html' &&
			/(^|\/)playbooks\/[^/]+\/index\.html$/.test(relative(root, path).split(sep).join('/'))
		)
			out.push(path);
	}
	return out;
}

const check = <T extends { errors: string[] }>(response: T): T => {
	if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
	return response;
};

export function stepSearch(): AstroIntegration {
	return {
		name: 'step-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const records = playbookPages(root).flatMap((file) =>
					stepRecords(
						readFileSync(file, 'utf8'),
						`/${relative(root, join(file, '..')).split(sep).join('/')}/`,
					),
				);
				try {
					const { index } = check(await pagefind.createIndex());
					if (!index) throw new Error('Pagefind: no index');
					check(await index.addDirectory({ path: root }));
					for (const record of records) check(await index.addCustomRecord(record));
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
				} finally {
					await pagefind.close();
				}
				logger.info(`${records.length} playbook steps indexed as their own search results`);
			},
		},
	};
}
