/**
 * Page weight of the built site: the gzip size of a page's HTML and of the JavaScript it loads up front
 * (module scripts and their static imports; Pagefind loads only on search and is not counted). Shared by
 * the budget test and the benchmark that prints the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

function scriptFiles(dist: string, html: string): string[] {
	const files = new Set<string>();
	const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) =>
		join(dist, m[1]!.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/')),
	);
	while (queue.length) {
		const file = queue.shift()!;
		if (files.has(file) || !existsSync(file)) continue;
		files.add(file);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:from\s*|import\s*)["'](\.\/[^"']+\.js)["']/g))
			queue.push(resolve(dirname(file), m[1]!));
	}
	return [...files];
}

export interface PageWeight {
	page: string;
	html: number;
	js: number;
	inlineJs: number;
	scripts: string[];
}

export function pageWeight(dist: string, page: string): PageWeight {
	const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
	const scripts = scriptFiles(dist, html);
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!)
		.join('\n');
	return {
		page,
		html: gz(html),
		js: scripts.reduce((n, f) => n + gz(readFileSync(f)), 0) + gz(inline),
		inlineJs: gz(inline),
		scripts,
	};
}

/** Budgets per page type, in gzip bytes. */
export const budgets = {
	home: { html: 12_000, js: 30_000 },
	playbook: { html: 40_000, js: 30_000 },
	phrases: { html: 70_000, js: 45_000 },
	// 45 KB since issue 11: every outcome shows its phrases in full, with the customer-language variants the
	// agent can copy, instead of links to the finder (about 40 KB today; loading the variants on demand from
	// phrases-data/ would bring it back near 30 KB).
	escalation: { html: 45_000, js: 35_000 },
} as const;

export const pagesByType: Record<keyof typeof budgets, (locale: string) => string> = {
	home: (l) => `${l}`,
	playbook: (l) => `${l}/playbooks/rude-customers`,
	phrases: (l) => `${l}/phrases`,
	escalation: (l) => `${l}/escalation`,
};

/**
 * Chunks that a page's scripts load later with `import()`, by the `case` label that loads them. The finder
 * loads its language's stemmer that way (`loadStemmer` in src/lib/search/analyse.ts is a `switch` on the
 * language), so the built code reads `case "el": … import("./gr.<hash>.js")`. Read from the built files, so
 * a renamed, added or re-split chunk is found without anyone listing it.
 */
export function chunksByCase(scripts: readonly string[]): Map<string, string> {
	const chunks = new Map<string, string>();
	for (const file of scripts) {
		const code = readFileSync(file, 'utf8');
		for (const c of code.split(/\bcase\s*(?=["'`])/).slice(1)) {
			const label = /^["'`]([^"'`]+)["'`]\s*:/.exec(c)?.[1];
			const target = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/.exec(c)?.[1];
			if (label && target) chunks.set(label, resolve(dirname(file), target));
		}
	}
	return chunks;
}

export interface FinderWeight {
	/** What the finder page loads up front that a plain page of the same locale does not (gzip bytes). */
	upFront: number;
	/** The locale's stemmer chunk, loaded by the finder as soon as it starts (gzip bytes, 0 if none). */
	stemmer: number;
	stemmerFile: string | undefined;
}

/** The phrase finder's own JavaScript on one locale's page, with that locale's stemmer. */
export function finderWeight(dist: string, locale: string, lang: string): FinderWeight {
	const plain = pageWeight(dist, `${locale}/translators`);
	const finder = pageWeight(dist, `${locale}/phrases`);
	const own = finder.scripts.filter((f) => !plain.scripts.includes(f));
	const upFront =
		own.reduce((n, f) => n + gz(readFileSync(f)), 0) +
		Math.max(0, finder.inlineJs - plain.inlineJs);
	const stemmerFile = chunksByCase(own).get(lang);
	return { upFront, stemmer: stemmerFile ? gz(readFileSync(stemmerFile)) : 0, stemmerFile };
}
