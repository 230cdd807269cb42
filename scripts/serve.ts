/**
 * Serves the built site (`dist/`) as any static host would: files only, `index.html` for directories,
 * the locale's 404 page for anything else. Used by `npm start` and by the Playwright tests. Honours
 * BASE_PATH (sub-path deployments) and PORT.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

if (!existsSync(root)) {
	console.error(`No built site at ${root}. Run "npm run build" first.`);
	process.exit(1);
}

function fileFor(pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(
		/^(\.\.[/\\])+/,
		'',
	);
	let file = join(root, relative);
	if (!file.startsWith(root)) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	// Directory URLs without the trailing slash redirect, as static hosts do.
	const direct = join(root, decodeURIComponent(url.pathname.slice(base.length)));
	if (
		url.pathname.startsWith(base) &&
		!url.pathname.endsWith('/') &&
		existsSync(direct) &&
		statSync(direct).isDirectory()
	) {
		res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	let file = fileFor(url.pathname);
	let status = 200;
	if (!file) {
		status = 404;
		const locale = url.pathname.slice(base.length).split('/')[0];
		file = fileFor(`${base}${locale}/404/`) ?? fileFor(`${base}404.html`);
	}
	if (!file) {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	// Compress text as every static host and CDN does, so local measurements match production.
	const gzip =
		/text|json|xml|svg|javascript/.test(type) &&
		/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	res.writeHead(status, {
		'Content-Type': type,
		'Cache-Control': /\/_astro\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
		Vary: 'Accept-Encoding',
		...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
	});
	if (gzip) res.end(compressed(file));
	else createReadStream(file).pipe(res);
});

/**
 * Each file is compressed once (per version on disk), as a CDN keeps its compressed copies: compressing on
 * every request cost a whole core while a service worker precached the locale, on the same machine as the
 * browser being measured, and made Lighthouse's figures swing from run to run.
 */
const gzipped = new Map<string, { key: string; body: Buffer }>();
function compressed(file: string): Buffer {
	const { mtimeMs, ctimeMs, size } = statSync(file);
	const key = `${mtimeMs}:${ctimeMs}:${size}`;
	const cached = gzipped.get(file);
	if (cached?.key === key) return cached.body;
	const body = gzipSync(readFileSync(file));
	gzipped.set(file, { key, body });
	return body;
}

server.listen(port, host, () => {
	// The port actually bound: PORT=0 lets the system choose a free one (used by tests that need a second server).
	const bound = (server.address() as { port: number }).port;
	console.log(
		`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}${base}`,
	);
});
