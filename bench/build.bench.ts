/**
 * `npm run bench:build`: times the production build of the real site and of a generated site with ten times
 * the content (synthetic playbooks and phrases in every locale), so growth in build cost is visible.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
// The same list of what a project copy needs, toolchain and environment as the tests' project copies.
import {
	bin,
	projectEnv as env,
	projectItems,
	projectRoot as root,
} from '../tests/support/project-copy.ts';

const astro = bin('astro');

function build(cwd: string, outDir: string): number {
	const t0 = performance.now();
	execFileSync(astro, ['build', '--outDir', outDir], { cwd, env, stdio: 'pipe' });
	return (performance.now() - t0) / 1000;
}

/** A copy of the project whose playbooks and phrases are repeated `factor` times under new ids. */
function scaled(factor: number): string {
	const dir = join(root, '.test-tmp', `bench-build-x${factor}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const item of projectItems) cpSync(join(root, item), join(dir, item), { recursive: true });
	const content = join(dir, 'src/content');
	for (const file of readdirSync(join(content, 'playbooks'))) {
		const id = file.replace('.yaml', '');
		for (let n = 2; n <= factor; n++) {
			const copy = `${id}-x${n}`;
			writeFileSync(
				join(content, 'playbooks', `${copy}.yaml`),
				readFileSync(join(content, 'playbooks', file), 'utf8').replace(`id: ${id}`, `id: ${copy}`),
			);
			for (const locale of readdirSync(join(content, 'playbook-texts'))) {
				writeFileSync(
					join(content, 'playbook-texts', locale, `${copy}.yaml`),
					readFileSync(join(content, 'playbook-texts', locale, file), 'utf8'),
				);
			}
		}
	}
	for (const file of readdirSync(join(content, 'phrases'))) {
		const group = file.replace('.yaml', '');
		const structure = readFileSync(join(content, 'phrases', file), 'utf8');
		for (let n = 2; n <= factor; n++) {
			writeFileSync(
				join(content, 'phrases', `${group}-x${n}.yaml`),
				structure.replace(/^- id: ([a-z0-9-]+)$/gm, `- id: $1-x${n}`).replace(
					/alternatives: \[([^\]]*)\]/g,
					(_, ids: string) =>
						`alternatives: [${ids
							.split(',')
							.map((s) => `${s.trim()}-x${n}`)
							.join(', ')}]`,
				),
			);
			for (const locale of readdirSync(join(content, 'phrase-texts'))) {
				const texts = readFileSync(join(content, 'phrase-texts', locale, file), 'utf8');
				writeFileSync(
					join(content, 'phrase-texts', locale, `${group}-x${n}.yaml`),
					texts.replace(/^([a-z0-9-]+):/gm, `$1-x${n}:`),
				);
			}
		}
	}
	return dir;
}

const real = build(root, join(root, '.test-tmp', 'bench-dist'));
const dir = scaled(10);
const big = build(dir, join(dir, 'dist'));
const pages = (d: string) =>
	execFileSync('find', [d, '-name', 'index.html'], { encoding: 'utf8' }).trim().split('\n').length;
console.log('Production build (astro build, Pagefind included)');
console.log(
	`  real site:           ${real.toFixed(1)} s  (${pages(join(root, '.test-tmp', 'bench-dist'))} pages)`,
);
console.log(
	`  10x content:         ${big.toFixed(1)} s  (${pages(join(dir, 'dist'))} pages, 10x playbooks and phrases in every locale)`,
);
console.log(`  growth:              ${(big / real).toFixed(2)}x`);
rmSync(join(root, '.test-tmp'), { recursive: true, force: true });
