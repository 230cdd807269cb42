/** `/<locale>/manifest.webmanifest`: makes the site installable, opening into the locale's phrase finder. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { appManifest } from '../../offline/app-manifest';
import { localeInfo } from '../../lib/i18n/locales';
import { localeStaticPaths } from '../../lib/i18n/paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const locale = props.locale as string;
	const info = localeInfo(locale);
	const strings = ((await getEntry('i18n', locale))?.data ?? {}) as Record<
		string,
		string | undefined
	>;
	const manifest = appManifest({
		base: import.meta.env.BASE_URL,
		locale,
		lang: info.lang,
		name: info.title,
		shortName: strings['app.shortName'] ?? info.title,
		description: strings['phrases.lead'] ?? info.title,
	});
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
