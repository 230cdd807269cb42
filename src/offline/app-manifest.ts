/**
 * The web app manifest of one locale: installing the site from a Japanese page gives a Japanese app that
 * opens straight into the Japanese phrase finder. Each locale is its own app (its own `id` and `scope`),
 * matching the per-locale service workers (service-workers.ts).
 */
import { withBase } from '../lib/i18n/urls.ts';

/** The site's brand colour (the favicon's background), used for the title bar of the installed app. */
export const themeColour = '#3451b2';

/** PNG icons rendered from public/favicon.svg at build time (src/pages/icons/[icon].png.ts). */
export const iconSizes = [192, 512] as const;

export interface ManifestInput {
	base: string;
	locale: string;
	lang: string;
	name: string;
	shortName: string;
	description: string;
}

export function appManifest({ base, locale, lang, name, shortName, description }: ManifestInput) {
	const start = withBase(base, `${locale}/phrases/`);
	return {
		id: start,
		name,
		short_name: shortName,
		description,
		lang,
		dir: 'ltr',
		start_url: start,
		scope: withBase(base, `${locale}/`),
		display: 'standalone',
		theme_color: themeColour,
		background_color: '#ffffff',
		icons: [
			...iconSizes.map((size) => ({
				src: withBase(base, `icons/icon-${size}.png`),
				sizes: `${size}x${size}`,
				type: 'image/png',
				purpose: 'any',
			})),
			{
				src: withBase(base, 'icons/maskable-512.png'),
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable',
			},
		],
	};
}
