/** `<head>` entries that make a locale's pages installable (Starlight `head` frontmatter format). */
import { iconSizes, themeColour } from './app-manifest.ts';
import { withBase } from '../lib/i18n/urls.ts';

export function appHead(base: string, locale: string) {
	return [
		{
			tag: 'link' as const,
			attrs: { rel: 'manifest', href: withBase(base, `${locale}/manifest.webmanifest`) },
		},
		{ tag: 'meta' as const, attrs: { name: 'theme-color', content: themeColour } },
		{
			tag: 'link' as const,
			attrs: { rel: 'apple-touch-icon', href: withBase(base, `icons/icon-${iconSizes[0]}.png`) },
		},
	];
}
