import { describe, expect, it } from 'vitest';
import { anchorsOf, checkRegistry, collect, merge } from '../../src/lib/permalinks';

const page = (path: string, ids: string[]) => ({
	path,
	html:
		ids.map((id) => `<h3 id="${id}">x</h3>`).join('') + '<h2 id="starlight__on-this-page">toc</h2>',
});
const built = [
	page('es/playbooks/a/', ['verify', 'listen']),
	page('ja/playbooks/a/', ['verify', 'listen']),
];

describe('permalink registry', () => {
	it('records language-neutral pages and their content anchors', () => {
		expect(
			anchorsOf(
				'<li id="p1" data-phrase-id="p1"></li><li id="x"></li><section id="n" data-node-id="n"></section><h2 id="starlight__x"></h2>',
			),
		).toEqual(['n', 'p1']);
		expect(collect(built, ['es', 'ja'])).toEqual({
			pages: { 'playbooks/a/': ['listen', 'verify'] },
		});
	});
	it('records the what-changed page but not its dated headings, which come and go', () => {
		expect(collect([page('es/changes/', ['changes-2026-11-23'])], ['es'])).toEqual({
			pages: { 'changes/': [] },
		});
	});
	it('passes while every registered link resolves in every locale', () => {
		expect(checkRegistry(collect(built, ['es', 'ja']), built, ['es', 'ja'])).toEqual([]);
	});
	it('catches a removed anchor, unless a redirect says where it went', () => {
		const registry = collect(built, ['es', 'ja']);
		const after = [
			page('es/playbooks/a/', ['verify-the-solution', 'listen']),
			page('ja/playbooks/a/', ['verify-the-solution', 'listen']),
		];
		expect(checkRegistry(registry, after, ['es', 'ja'])).toEqual([
			{
				locale: 'es',
				link: 'playbooks/a/#verify',
				message: 'no longer exists and has no redirect in permalinks/redirects.json',
			},
			{
				locale: 'ja',
				link: 'playbooks/a/#verify',
				message: 'no longer exists and has no redirect in permalinks/redirects.json',
			},
		]);
		expect(
			checkRegistry(registry, after, ['es', 'ja'], {
				'playbooks/a/#verify': 'playbooks/a/#verify-the-solution',
			}),
		).toEqual([]);
		expect(
			checkRegistry(registry, after, ['es'], { 'playbooks/a/#verify': 'playbooks/a/#gone' })[0]
				?.message,
		).toMatch(/redirects to playbooks\/a\/#gone, which does not exist/);
	});
	it('never drops entries when updating', () => {
		expect(merge({ pages: { 'a/': ['x'] } }, { pages: { 'a/': ['y'], 'b/': [] } })).toEqual({
			pages: { 'a/': ['x', 'y'], 'b/': [] },
		});
	});
});
