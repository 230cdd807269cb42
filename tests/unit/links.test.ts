import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/links';

const pages = [
	{
		path: 'el/',
		html: '<a href="/el/phrases/#ok">ok</a><a href="/el/phrases/#gone">gone</a><a href="/el/nothing/">x</a><a href="/ja/phrases/">ja</a><a href="/ja/phrases/" hreflang="ja">ja ok</a><a href="https://example.com/">ext</a><a href="#here">self</a><h2 id="here">h</h2>',
	},
	{ path: 'el/phrases/', html: '<li id="ok">p</li><a href="../">up</a>' },
	{ path: 'ja/phrases/', html: '<li id="ok">p</li>' },
];
const files = new Set([
	'el/index.html',
	'el/phrases/index.html',
	'ja/phrases/index.html',
	'favicon.svg',
]);

describe('link check', () => {
	it('reports missing pages, missing anchors and links that leave the locale without hreflang', () => {
		expect(checkLinks(pages, files, '/', ['el', 'ja'])).toEqual([
			{
				page: 'el/',
				href: '/el/phrases/#gone',
				message: 'no element with id "gone" on el/phrases/',
			},
			{
				page: 'el/',
				href: '/el/nothing/',
				message: 'no such page or file (el/nothing/index.html)',
			},
			{
				page: 'el/',
				href: '/ja/phrases/',
				message: 'leaves the "el" site for "ja" without hreflang',
			},
		]);
	});
	it('works under a base path', () => {
		const based = [
			{
				path: 'el/',
				html: '<a href="/help/el/phrases/#ok">ok</a><a href="/el/phrases/">wrong base</a>',
			},
			{ path: 'el/phrases/', html: '<i id="ok"></i>' },
		];
		expect(checkLinks(based, files, '/help/', ['el']).map((p) => p.href)).toEqual(['/el/phrases/']);
	});
});
