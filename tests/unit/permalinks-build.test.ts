/** A removed or renamed step, outcome, module or phrase id fails the BUILD unless a redirect says where it went. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkCheck } from '../../src/integrations/link-check';
import { localeCodes } from '../../src/lib/i18n/locales';

function build(anchors: string[], redirects: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'permalinks-'));
	mkdirSync(join(root, 'permalinks'));
	writeFileSync(
		join(root, 'permalinks/registry.json'),
		JSON.stringify({ pages: { 'playbooks/a/': ['listen', 'verify'] } }),
	);
	writeFileSync(join(root, 'permalinks/redirects.json'), JSON.stringify(redirects));
	for (const l of localeCodes) {
		mkdirSync(join(root, 'dist', l, 'playbooks/a'), { recursive: true });
		writeFileSync(
			join(root, 'dist', l, 'playbooks/a/index.html'),
			`<html lang="${l}"><body>${anchors.map((a) => `<li id="${a}" data-step-id="${a}">x</li>`).join('')}</body></html>`,
		);
	}
	const plugin = linkCheck();
	(plugin.hooks['astro:config:done'] as (o: unknown) => void)({
		config: { base: '/', root: pathToFileURL(`${root}/`) },
	});
	const done = () =>
		(plugin.hooks['astro:build:done'] as (o: unknown) => void)({
			dir: pathToFileURL(`${root}/dist/`),
			logger: { info() {} },
		});
	return { done, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

describe('the build keeps published links alive', () => {
	it('passes while every registered step still exists', () => {
		const b = build(['listen', 'verify'], {});
		try {
			expect(b.done).not.toThrow();
		} finally {
			b.cleanup();
		}
	});
	it('fails on a renamed step id, naming the link and what to do', () => {
		const b = build(['listen', 'verify-the-solution'], {});
		try {
			expect(b.done).toThrow(
				/Published links would break \(1\).*\n {2}- playbooks\/a\/#verify \(ro, ja, ru, es, el\): no longer exists and has no redirect in permalinks\/redirects\.json[\s\S]*Add "old": "new" to permalinks\/redirects\.json/,
			);
		} finally {
			b.cleanup();
		}
	});
	it('passes once permalinks/redirects.json says where it went', () => {
		const b = build(['listen', 'verify-the-solution'], {
			'playbooks/a/#verify': 'playbooks/a/#verify-the-solution',
		});
		try {
			expect(b.done).not.toThrow();
		} finally {
			b.cleanup();
		}
	});
});
