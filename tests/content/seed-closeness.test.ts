/**
 * No content text shares 8 or more consecutive words (case and diacritics folded) with a seed document.
 * The seeds are compared through the committed hashes in tests/data/seed-shingles.txt; when the seeds are on
 * this machine, the test also checks that file is up to date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { foldedWords, seedHits, stringsIn } from '../../src/lib/content/shingles';
import { findSeedsDir, shingleFile, shingleFileText } from '../../scripts/seed-shingles';

const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'src', 'content');
const committed = readFileSync(shingleFile, 'utf8');
const seed = new Set(committed.split('\n').filter((l) => /^[0-9a-f]{16}$/.test(l)));

function dataFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? e.name === 'translation-records'
				? []
				: dataFiles(join(dir, e.name))
			: /\.(ya?ml|json)$/.test(e.name)
				? [join(dir, e.name)]
				: [],
	);
}

describe('closeness to the seeds', () => {
	it('has the hashes of the seeds and nothing readable', () => {
		expect(seed.size).toBeGreaterThan(1000);
		expect(committed).not.toMatch(/[^\p{ASCII}]/u);
	});

	it.runIf(findSeedsDir() !== undefined)(
		'has an up-to-date shingle file (npm run seeds:shingles)',
		() => {
			expect(committed).toBe(shingleFileText(findSeedsDir()!));
		},
		60_000,
	);

	it('finds a copied seed sentence, whatever its case and diacritics', () => {
		const dir = findSeedsDir();
		if (!dir) return;
		const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
		const words = foldedWords(readFileSync(join(dir, file), 'utf8')).slice(40, 50);
		expect(seedHits(`Intro. ${words.join(' ').toUpperCase()} end`, seed)).toHaveLength(1);
		expect(seedHits(words.slice(0, 7).join(' '), seed)).toEqual([]);
	});

	it('no content text shares 8 consecutive words with a seed', () => {
		const found: string[] = [];
		for (const file of dataFiles(contentDir)) {
			const source = readFileSync(file, 'utf8');
			const data = file.endsWith('.json') ? JSON.parse(source) : parse(source);
			for (const { path, text } of stringsIn(data))
				for (const hit of seedHits(text, seed))
					found.push(`${relative(root, file)} ${path}: "${hit.words}"`);
		}
		expect(found, found.join('\n')).toEqual([]);
	}, 60_000); // tens of thousands of hashes: seconds on a busy shared machine
});
