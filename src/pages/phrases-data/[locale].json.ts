/**
 * `/phrases-data/<locale>.json`: one locale's phrase texts, fetched by the finder only when an agent shows
 * a second (customer's) language. The reader's own language is already in the page's HTML.
 */
import type { APIRoute } from 'astro';
import { getPhraseTexts } from '../../lib/content/collections';
import { localeStaticPaths } from '../../lib/i18n/paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const texts = await getPhraseTexts(props.locale as string);
	const data = Object.fromEntries(Object.entries(texts).map(([id, t]) => [id, t.text]));
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
