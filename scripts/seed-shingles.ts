/**
 * Writes tests/data/seed-shingles.txt: the hashed 8-word shingles of the seed documents in ../shared/seeds/
 * (see src/lib/content/shingles.ts). Run it when a seed changes: `npm run seeds:shingles`. The output holds
 * only hashes, so the repository never carries the seeds' sentences.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { seedHashes } from '../src/lib/content/shingles.ts';

const root = resolve(import.meta.dirname, '..');
/** SEEDS_DIR, else the nearest `shared/seeds` beside the repository or an ancestor (worktrees sit deeper). */
export function findSeedsDir(): string | undefined {
	if (process.env.SEEDS_DIR) return resolve(root, process.env.SEEDS_DIR);
	for (let dir = dirname(root); ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'shared', 'seeds'))) return join(dir, 'shared', 'seeds');
		if (dirname(dir) === dir) return undefined;
	}
}
export const shingleFile = join(root, 'tests', 'data', 'seed-shingles.txt');

export function shingleFileText(dir: string): string {
	const hashes = new Set<string>();
	for (const f of readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort())
		for (const h of seedHashes(readFileSync(join(dir, f), 'utf8'))) hashes.add(h);
	return (
		'# Hashed 8-word shingles of ../shared/seeds/ (scripts/seed-shingles.ts). Do not edit by hand.\n' +
		[...hashes].sort().join('\n') +
		'\n'
	);
}

if (import.meta.filename === process.argv[1]) {
	const dir = findSeedsDir();
	if (!dir)
		throw new Error(
			'No seeds found: set SEEDS_DIR to the folder of seed documents (../shared/seeds).',
		);
	const text = shingleFileText(dir);
	writeFileSync(shingleFile, text);
	console.log(`${shingleFile}: ${text.split('\n').length - 2} shingles`);
}
