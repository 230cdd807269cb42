/**
 * `npm run dev` keeps up with a translator, in a throwaway copy of the project: an edited UI string shows on
 * the served page without a restart, and a content file broken on disk is named by the dev server's
 * re-check (file › entry › field), then cleared once fixed. The server is killed in every path, with its
 * whole process group (astro dev starts workers of its own).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, projectCopy, projectEnv } from '../support/project-copy';

// A port of its own (4621–4629 are this project's test ports), so a dev server left by another run is never
// mistaken for this one; --strictPort makes astro fail rather than move to another port.
const port = Number(process.env.DEV_TEST_PORT ?? 4628);
const origin = `http://127.0.0.1:${port}`;
const project = projectCopy(`dev-server-${process.pid}`);
const copy = project.dir;
let server: ChildProcess | undefined;
let output = '';

/** Waits until `check` holds, polling; fails with `what` and the server's output so far. */
async function until(what: string, check: () => boolean | Promise<boolean>, timeout = 90_000) {
	const end = Date.now() + timeout;
	while (Date.now() < end) {
		if (
			await Promise.resolve()
				.then(check)
				.catch(() => false)
		)
			return;
		if (server?.exitCode !== null)
			throw new Error(`astro dev exited while waiting for ${what}:\n${output}`);
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`timed out waiting for ${what}; astro dev printed:\n${output}`);
}

const page = async (path: string) => {
	// A request can stall while Vite re-bundles dependencies on the first visit: give up and ask again.
	const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) });
	return response.ok ? response.text() : '';
};
const edit = (path: string, from: string, to: string) => {
	const file = join(copy, path);
	const text = readFileSync(file, 'utf8');
	expect(text).toContain(from);
	writeFileSync(file, text.replace(from, to));
};

const running = () => !!server?.pid && server.exitCode === null && server.signalCode === null;
/** Signals astro dev's whole process group (astro ignores SIGTERM while it syncs content: SIGKILL then). */
function signal(name: NodeJS.Signals) {
	try {
		if (running()) process.kill(-server!.pid!, name);
	} catch {
		// already gone
	}
}
const stop = () => signal('SIGKILL');

// The environment a translator's shell has: not Vitest's (NODE_ENV=test, VITEST…), which astro dev would
// inherit from this worker.
const devEnv = Object.fromEntries(
	Object.entries({ ...projectEnv, BASE_PATH: '/' }).filter(
		([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k),
	),
);

beforeAll(async () => {
	project.create();
	server = spawn(
		bin('astro'),
		['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		// Its own process group, so stop() ends astro and everything it started.
		{ cwd: copy, env: devEnv, detached: true, stdio: 'pipe' },
	);
	server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
	server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
	// Killed even if the run is interrupted before afterAll.
	process.once('exit', stop);
	// The first request waits for Vite to bundle the dependencies: tens of seconds on a busy machine.
	await until('the first page', async () => (await page('/ro/')).includes('<html'), 180_000);
}, 240_000);

afterAll(async () => {
	if (running()) {
		const exited = new Promise((done) => server!.once('exit', done));
		signal('SIGTERM');
		const timer = setTimeout(stop, 5_000);
		await exited;
		clearTimeout(timer);
	}
	process.off('exit', stop);
	project.remove();
});

describe('npm run dev', () => {
	it('shows an edited UI string on the served page without a restart', async () => {
		expect(await page('/ro/')).toContain('Acasă');
		edit('src/content/i18n/ro.json', '"nav.home": "Acasă"', '"nav.home": "Pagina de pornire"');
		await until('the edited string on the page', async () =>
			(await page('/ro/')).includes('Pagina de pornire'),
		);
		expect(await page('/ro/')).not.toContain('>Acasă<');
	}, 120_000);

	it('names a content file broken on disk by file › entry › field, and says when it passes again', async () => {
		const before = output.length;
		const broken = '  name: Ascultarea activă\n';
		edit('src/content/technique-texts/ro.yaml', broken, '');
		await until('the re-check naming the broken entry', () =>
			/src\/content\/technique-texts\/ro\.yaml › entry "listening" › field "name"/.test(
				output.slice(before),
			),
		);
		const fixed = output.length;
		edit('src/content/technique-texts/ro.yaml', 'listening:\n', `listening:\n${broken}`);
		await until('the re-check passing again', () =>
			output.slice(fixed).includes('content check passed'),
		);
	}, 120_000);
});
