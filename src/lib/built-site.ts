/**
 * Reads a built site (`dist/`): every file, and every page as its URL path plus HTML. Shared by the
 * build-time checks (links, CSP), `npm run permalinks:update` and the tests that inspect the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuiltPage {
	/** URL path of the page under the base, e.g. `es/phrases/` (`''` for the root page). */
	path: string;
	html: string;
}

/** Every file under `root`, as paths relative to it with forward slashes. */
export function builtFiles(root: string, dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? builtFiles(root, path)
			: [relative(root, path).split('\\').join('/')];
	});
}

/** Every `…/index.html` page, addressed by its URL path. */
export function builtPages(root: string, files = builtFiles(root)): BuiltPage[] {
	return files
		.filter((f) => f === 'index.html' || f.endsWith('/index.html'))
		.map((f) => ({
			path: f.replace(/index\.html$/, ''),
			html: readFileSync(join(root, f), 'utf8'),
		}));
}
