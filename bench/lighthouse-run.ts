/**
 * Runs Lighthouse (the npm package) in Debian's Chromium against the built site, served statically.
 * Shared by `npm run bench:lighthouse` (prints every figure) and the Lighthouse test (holds the scores).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseResult {
	url: string;
	scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	timings: Record<string, number>;
}

const root = resolve(import.meta.dirname, '..');

export async function withServer<T>(port: number, run: (origin: string) => Promise<T>): Promise<T> {
	const server = spawn(process.execPath, ['scripts/serve.ts'], {
		cwd: root,
		env: { ...process.env, PORT: String(port) },
		stdio: 'ignore',
	});
	const origin = `http://127.0.0.1:${port}`;
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(`${origin}/`)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		return await run(origin);
	} finally {
		server.kill();
	}
}

export async function audit(urls: readonly string[]): Promise<LighthouseResult[]> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
	try {
		const results: LighthouseResult[] = [];
		for (const url of urls) {
			const run = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const lhr = run!.lhr;
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const metric = (id: string) => Math.round(Number(lhr.audits[id]?.numericValue ?? 0));
			results.push({
				url,
				scores: {
					performance: score('performance'),
					accessibility: score('accessibility'),
					'best-practices': score('best-practices'),
					seo: score('seo'),
				},
				timings: {
					fcp: metric('first-contentful-paint'),
					lcp: metric('largest-contentful-paint'),
					tbt: metric('total-blocking-time'),
					cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0),
					si: metric('speed-index'),
				},
			});
		}
		return results;
	} finally {
		chrome.kill();
	}
}

/** What failed to reach 100 (or 95 for performance), with the audits that cost the points. */
export function shortfalls(r: LighthouseResult): string[] {
	const out: string[] = [];
	for (const [k, v] of Object.entries(r.scores))
		if (v < (k === 'performance' ? 95 : 100)) out.push(`${k} ${v}`);
	return out;
}

/**
 * Each page's median run by performance score, from `rounds` of the same pages (Lighthouse's own advice for
 * its run-to-run variance: one run of one build swings by up to ±7 points on a 2-core machine).
 */
export function medianRuns(rounds: readonly LighthouseResult[][]): LighthouseResult[] {
	return rounds[0]!.map((_, i) => {
		const sorted = rounds.map((round) => round[i]!);
		sorted.sort((a, b) => a.scores.performance - b.scores.performance);
		return sorted[Math.floor((sorted.length - 1) / 2)]!;
	});
}
