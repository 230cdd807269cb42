/**
 * Astro content loaders built on the project's one reader (`load.ts`): every collection gets exactly the
 * files, and the parsed values, that the content check has checked. The site never reads `src/content/`
 * any other way.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadRawContent, type ContentKind, type RawContent, type SourceFile } from './load.ts';

let cached: { root: string; content: RawContent } | undefined;

/** One read per build (and per change in `astro dev`), shared by all collections. */
function read(root: string): RawContent {
	if (cached?.root !== root) cached = { root, content: loadRawContent(root).content };
	return cached.content;
}

/**
 * The entries of one kind. `id` is how pages look entries up: the file name for single-locale kinds
 * (`calming`, `resolved-method`), the locale for per-locale files (`ja`), `<locale>/<name>` for
 * per-locale folders (`ja/calming`).
 */
export function contentLoader(
	kind: ContentKind,
	id: (file: SourceFile) => string = (f) => f.name,
): Loader {
	return {
		name: `content-reader:${kind}`,
		load: async (context: LoaderContext) => {
			const root = fileURLToPath(context.config.root);
			const fill = async () => {
				const files = read(root).byKind.get(kind) ?? [];
				context.store.clear();
				for (const file of files) {
					const entryId = id(file);
					const data = await context.parseData({
						id: entryId,
						data: file.data as Record<string, unknown>,
					});
					context.store.set({
						id: entryId,
						data,
						filePath: file.file,
						digest: context.generateDigest(JSON.stringify(file.data) ?? ''),
					});
				}
			};
			await fill();
			// In `astro dev`, an edited content file reloads every collection from one fresh read.
			context.watcher?.on('all', (_event, path) => {
				if (!path.includes('/src/content/')) return;
				cached = undefined;
				void fill();
			});
		},
	};
}

export const byLocale = (f: SourceFile) => f.locale!;
export const byLocaleAndName = (f: SourceFile) => `${f.locale}/${f.name}`;

/**
 * Starlight requires a `docs` collection; this site has no Markdown pages. An existing but empty
 * collection says so, where a missing one makes Astro warn on every build.
 */
export function noDocsLoader(): Loader {
	return {
		name: 'no-docs',
		load: async ({ store }) => {
			store.set({ id: 'none', data: {} });
			store.delete('none');
		},
	};
}
