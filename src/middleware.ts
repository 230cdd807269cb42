/**
 * Every rendered page passes through here once: words of another language get their own `lang` wherever
 * they show, in Starlight's parts as much as in ours (src/lib/i18n/mark-foreign.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { resolvedGlosses } from './lib/i18n/foreign-terms';
import { markForeignTerms } from './lib/i18n/mark-foreign';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = markForeignTerms(await response.text(), [resolvedGlosses]);
	return new Response(html, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
