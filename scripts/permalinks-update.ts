/**
 * `npm run permalinks:update`: records the public URLs and anchors of the built site (dist/) in
 * permalinks/registry.json. Entries are only ever added: to rename or remove one, add a redirect to
 * permalinks/redirects.json (see CONTRIBUTING.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../src/lib/built-site.ts';
import { localeCodes } from '../src/lib/i18n/locales.ts';
import { collect, merge, type Registry } from '../src/lib/permalinks.ts';

const dist = join(process.cwd(), 'dist');
if (!existsSync(dist)) {
	console.error('No dist/ folder: run "npm run build" first.');
	process.exit(1);
}
const pages = builtPages(dist);
const file = join(process.cwd(), 'permalinks/registry.json');
const old: Registry = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: {} };
const next = merge(old, collect(pages, localeCodes));
const count = (r: Registry) => Object.values(r.pages).reduce((n, a) => n + 1 + a.length, 0);
writeFileSync(file, `${JSON.stringify(next, null, '\t')}\n`);
console.log(`permalinks/registry.json: ${count(next)} links (${count(next) - count(old)} new).`);
