/**
 * Throwaway copies of the project for tests that run its scripts, build it or serve it (add-locale, the
 * partial-locale site, the injection site, `astro dev`), and fixture projects for the XLIFF and status
 * tests. One place, so every such test copies the same things and cleans up the same way.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a copy needs to build and run the scripts (node_modules is found in the real project above it). */
export const projectItems = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'public',
	'scripts',
	'permalinks',
] as const;

/** A binary of the project's own toolchain (Node 24, astro). */
export const bin = (name: string) => join(projectRoot, 'node_modules/.bin', name);

/** The environment scripts run in: the project's toolchain first on PATH, as `npm run` does. */
export const projectEnv = {
	...process.env,
	PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env.PATH}`,
};

/**
 * A copy of the project at `.test-tmp/<name>` (inside the project, so the copy resolves the project's
 * node_modules like the real thing). `create()` (in a `beforeAll`) removes anything an earlier run left there
 * and copies `items`; `remove()` (in an `afterAll`) deletes it.
 */
export function projectCopy(name: string) {
	const dir = join(projectRoot, '.test-tmp', name);
	const remove = () => rmSync(dir, { recursive: true, force: true });
	return {
		dir,
		remove,
		create: (items: readonly string[] = projectItems) => copyProjectInto(dir, items),
	};
}

/** Copies `items` of the project into `dir`, emptied first. */
export function copyProjectInto(dir: string, items: readonly string[] = projectItems): string {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const item of items) cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
	return dir;
}

/** Runs one of the project's scripts (`scripts/….ts`) in `dir` on the project's Node; returns stdout. */
export function runScript(dir: string, script: string, ...args: string[]): string {
	return execFileSync(bin('node'), [script, ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: projectEnv,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}

/** Every file under `dir` with its text, to show that something changed nothing. */
export function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) =>
		readdirSync(d).forEach((f) =>
			statSync(join(d, f)).isDirectory()
				? walk(join(d, f))
				: (out[join(d, f)] = readFileSync(join(d, f), 'utf8')),
		);
	walk(dir);
	return out;
}
