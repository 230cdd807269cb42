/**
 * Build-time generation of the offline service workers, with Workbox's `workbox-build`.
 *
 * One worker per locale, at `<base><locale>/sw.js` with the scope `<base><locale>/`: an agent who works in
 * Japanese downloads the Japanese pages, the Japanese search index and the shared assets, not five languages.
 * A worker intercepts every request of the pages it controls, so the shared files outside its scope
 * (`_astro/`, `pagefind/`, `phrases-data/`) are precached and served by it too.
 *
 * Why workbox-build and not @vite-pwa/astro: @vite-pwa/astro 1.2 declares `astro ^1 … ^5` and reads the
 * top-level Vite config, which Astro 6+ splits into environments (vite-pwa/astro issue #72, PR #73 closed
 * unmerged). Our pages are plain files after `astro build`, so Workbox's own generator, run in the
 * `astro:build:done` hook (src/offline/integration.ts), does the whole job with nothing to patch.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';

export interface WorkerReport {
	locale: string;
	/** Files precached on the first visit, and their total size in bytes (uncompressed). */
	count: number;
	size: number;
	version: string;
}

/** Names of every cache a locale's worker owns start with this; caches of older versions are deleted. */
export const cachePrefix = (locale: string) => `playbooks-${locale}`;

/**
 * What an agent of one locale needs with no network: every page of the locale (finder, tree, pocket card,
 * playbooks, training…), the built assets, every locale's phrase texts (the finder's second language), the
 * icons and manifest, and that locale's Pagefind index (Japanese uses Pagefind's language-neutral wasm).
 */
export function precacheGlobs(dist: string, locale: string): string[] {
	const wasm = existsSync(join(dist, `pagefind/wasm.${locale}.pagefind`)) ? locale : 'unknown';
	return [
		`${locale}/**/*.{html,webmanifest}`,
		'_astro/**/*.{js,css,woff2,svg,png}',
		'phrases-data/*.json',
		'icons/*.png',
		'favicon.svg',
		'pagefind/pagefind.js',
		'pagefind/pagefind-worker.js',
		'pagefind/pagefind-ui.{js,css}',
		'pagefind/pagefind-entry.json',
		`pagefind/pagefind.${locale}_*.pf_meta`,
		`pagefind/wasm.${wasm}.pagefind`,
		`pagefind/index/${locale}_*.pf_index`,
		`pagefind/fragment/${locale}_*.pf_fragment`,
		`pagefind/filter/${locale}_*.pf_filter`,
	];
}

/**
 * Deletes the page caches of earlier versions; appended to the generated worker (runs on activate). The
 * precache needs no such help: Workbox keeps one precache per scope and drops entries a new version lacks.
 */
function cleanupScript(pagesCache: string, version: string): string {
	const stem = pagesCache.slice(0, -version.length);
	return `
// Added by src/offline/service-workers.ts: page caches of earlier versions of this locale are removed.
self.addEventListener('activate', (event) => {
	event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(${JSON.stringify(stem)}) && k !== ${JSON.stringify(pagesCache)}).map((k) => caches.delete(k)))));
});
`;
}

export async function buildServiceWorkers(options: {
	dist: string;
	base: string;
	locales: readonly string[];
}): Promise<WorkerReport[]> {
	const { dist, locales } = options;
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	const reports: WorkerReport[] = [];
	for (const locale of locales) {
		const common = {
			globDirectory: dist,
			globPatterns: precacheGlobs(dist, locale),
			// Hashed file names need no revision; everything else is revisioned by content.
			dontCacheBustURLsMatching: /\/_astro\//,
			// Absolute URLs with the deployment base: the worker lives one level down, in the locale folder.
			modifyURLPrefix: { '': base },
			maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
		};
		const { manifestEntries } = await getManifest(common);
		// The version is the content: a deployment that changes nothing leaves the worker byte-identical.
		const version = createHash('sha256')
			.update(JSON.stringify(manifestEntries))
			.digest('hex')
			.slice(0, 10);
		const prefix = cachePrefix(locale);
		const pagesCache = `${prefix}-pages-${version}`;
		const swDest = join(dist, locale, 'sw.js');
		const { count, size } = await generateSW({
			...common,
			swDest,
			mode: 'production',
			sourcemap: false,
			inlineWorkboxRuntime: true,
			cacheId: prefix,
			// Never take over by itself: the page shows "a new version is available" and the agent decides
			// when to reload (the page then sends SKIP_WAITING).
			skipWaiting: false,
			clientsClaim: true,
			cleanupOutdatedCaches: true,
			// Query strings never change a static page (tree answers, finder state, Pagefind's ?ts=).
			ignoreURLParametersMatching: [/.*/],
			directoryIndex: 'index.html',
			runtimeCaching: [
				{
					// Anything of this locale not precached (a page added since): network first, cache when offline.
					urlPattern: ({ request }) => request.mode === 'navigate',
					handler: 'NetworkFirst',
					options: { cacheName: pagesCache, networkTimeoutSeconds: 4 },
				},
			],
		});
		writeFileSync(swDest, readFileSync(swDest, 'utf8') + cleanupScript(pagesCache, version));
		reports.push({ locale, count, size, version });
	}
	return reports;
}
