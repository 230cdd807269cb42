/**
 * Astro integration: after the build, writes one offline service worker per locale (service-workers.ts).
 * It runs after the Content-Security-Policy integration, so the precached pages are the final ones.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { localeCodes } from '../lib/i18n/locales.ts';
import { buildServiceWorkers } from './service-workers.ts';

export function offline(): AstroIntegration {
	let base = '/';
	return {
		name: 'offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const reports = await buildServiceWorkers({
					dist: fileURLToPath(dir),
					base,
					locales: localeCodes,
				});
				for (const r of reports)
					logger.info(
						`${r.locale}/sw.js: ${r.count} files, ${(r.size / 1024).toFixed(0)} KiB precached (version ${r.version})`,
					);
			},
		},
	};
}
