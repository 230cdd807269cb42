/**
 * Localisation in the Astro build and dev server: UI strings follow each locale's fallback chain (middleware),
 * and `npm run dev` keeps up with translators: the content check re-runs when a content file is saved and
 * prints its verdict once, and UI-string edits reach the page without a restart.
 */
import type { AstroIntegration } from 'astro';
import { formatIssues } from '../content/issues.ts';
import { validateContent } from '../content/validate.ts';
import { terminologyReport } from './terminology.ts';

export function localisation(): AstroIntegration {
	return {
		name: 'localisation',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				addMiddleware({ entrypoint: new URL('./ui-fallback.ts', import.meta.url), order: 'post' });
			},
			'astro:server:setup': ({ server, logger }) => {
				const root = server.config.root;
				const content = `${root}/src/content/`.replace(/\/+/g, '/');
				let timer: NodeJS.Timeout | undefined;
				let last = '';
				const verdictNow = () => {
					// Fresh modules each time: the check reads locales.json and the texts as they are now.
					const issues = validateContent(root);
					const terms = terminologyReport(root);
					return {
						issues,
						verdict: [issues.length ? formatIssues(issues) : 'content check passed', terms]
							.filter(Boolean)
							.join('\n'),
					};
				};
				const recheck = () => {
					const { issues, verdict } = verdictNow();
					if (verdict === last) return;
					last = verdict;
					if (issues.length) logger.warn(verdict);
					else logger.info(verdict);
				};
				last = verdictNow().verdict;
				const onChange = (file: string) => {
					if (!file.startsWith(content)) return;
					clearTimeout(timer);
					timer = setTimeout(recheck, 150);
					if (/\/i18n\/[^/]+\.json$/.test(file)) {
						// The UI-string middleware reads the i18n collection afresh on each dev request; once the content
						// layer has reloaded the edited file, reload the page so the new strings show.
						const g = globalThis as { __uiStringsVersion?: number };
						g.__uiStringsVersion = (g.__uiStringsVersion ?? 0) + 1;
						setTimeout(() => server.ws.send({ type: 'full-reload' }), 1000);
					}
				};
				server.watcher.on('change', onChange);
				server.watcher.on('add', onChange);
				server.watcher.on('unlink', onChange);
			},
		},
	};
}
