/**
 * When content last changed, at build time: the newest commit touching the files (git), or, where the site
 * is built without a repository (a tarball, a CI cache), the date recorded for the files' content
 * fingerprint in `content-changes.json` (updated by `npm run changes:record`). Unknown gives undefined,
 * and the page then says nothing rather than something false.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string | undefined>();
let gitWorks: boolean | undefined;

function git(root: string, args: string[]): string | undefined {
	if (gitWorks === false) return undefined;
	try {
		const out = execFileSync('git', args, {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		gitWorks = true;
		return out;
	} catch {
		gitWorks = false;
		return undefined;
	}
}

/** Every file under the paths, sorted, for a stable fingerprint. */
function filesUnder(root: string, paths: readonly string[]): string[] {
	const out: string[] = [];
	const walk = (p: string) => {
		const abs = join(root, p);
		if (!existsSync(abs)) return;
		if (statSync(abs).isDirectory()) for (const f of readdirSync(abs).sort()) walk(`${p}/${f}`);
		else out.push(p);
	};
	for (const p of paths) walk(p);
	return out.sort();
}

export function fingerprint(root: string, paths: readonly string[]): string {
	const hash = createHash('sha256');
	for (const f of filesUnder(root, paths))
		hash
			.update(f)
			.update('\0')
			.update(readFileSync(join(root, f)))
			.update('\0');
	return hash.digest('hex').slice(0, 16);
}

export const recordFile = 'content-changes.json';

/** `{ <fingerprint>: <ISO date> }`, committed, for builds without git. */
export function readRecord(root: string): Record<string, string> {
	const path = join(root, recordFile);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}

/** ISO date-time of the last change to the paths, or undefined when neither git nor the record knows. */
export function lastChanged(root: string, paths: readonly string[]): string | undefined {
	if (!paths.length) return undefined;
	const key = paths.join('|');
	if (cache.has(key)) return cache.get(key);
	const fromGit = git(root, ['log', '-1', '--format=%cI', '--', ...paths]) || undefined;
	const value = fromGit ?? readRecord(root)[fingerprint(root, paths)];
	cache.set(key, value);
	return value;
}

/** Commits that touched the paths, newest first: date and subject, for the "what changed" page. */
export function changeLog(
	root: string,
	paths: readonly string[],
	limit = 40,
): { date: string; subject: string; files: string[] }[] {
	const out = git(root, [
		'log',
		`-${limit}`,
		'--format=%x1e%cI%x1f%s',
		'--name-only',
		'--',
		...paths,
	]);
	if (!out) return [];
	return out
		.split('\x1e')
		.filter(Boolean)
		.map((block) => {
			const [head, ...files] = block.trim().split('\n');
			const [date, subject] = head!.split('\x1f');
			return { date: date!, subject: subject ?? '', files: files.filter(Boolean) };
		});
}
