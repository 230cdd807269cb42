/** `getStaticPaths` for pages that exist once per locale. */
import { localeCodes, type Locale } from './locales.ts';

export function localeStaticPaths() {
	return localeCodes.map((locale) => ({ params: { locale }, props: { locale: locale as Locale } }));
}
