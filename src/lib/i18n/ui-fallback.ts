/**
 * UI strings along the fallback chain. Starlight's own `t()` falls back straight to the default locale; for a
 * language being added, this middleware answers the site's own keys from the first language of the chain
 * that has them (de → es → ro), through i18next, so plurals and interpolation work as in that language.
 * Starlight's built-in strings keep Starlight's own translations.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import i18next, { type TFunction } from 'i18next';
import { fallbackChain } from './fallback.ts';
import { locales } from './locales.ts';

let instance: Promise<typeof i18next> | undefined;
async function chainI18n() {
	const entries = await getCollection('i18n');
	const resources = Object.fromEntries(entries.map((e) => [e.id, { site: e.data as Record<string, string> }]));
	const i18n = i18next.createInstance();
	await i18n.init({
		resources,
		ns: ['site'],
		defaultNS: 'site',
		fallbackLng: Object.fromEntries(locales.map((l) => [l.code, fallbackChain(l.code)])),
		interpolation: { escapeValue: false },
		returnNull: false,
	});
	return i18n;
}

export const onRequest = defineMiddleware(async (context, next) => {
	// Route data is not known yet in middleware: the locale is the [locale] segment of the page.
	const locale = context.params.locale ?? context.currentLocale;
	const info = locales.find((l) => l.code === locale);
	const starlightT = (context.locals as { t?: TFunction }).t;
	if (!info || info.status !== 'partial' || !starlightT) return next();
	if (import.meta.env.DEV) instance = undefined; // UI-string edits show on the next request, no restart
	const i18n = await (instance ??= chainI18n());
	const own = i18n.getResourceBundle(info.code, 'site') as Record<string, string> | undefined;
	const fixed = i18n.getFixedT(info.code, 'site' as never);
	const t = ((key: string, options?: object) => {
		const base = String(key);
		const mine = own && Object.keys(own).some((k) => k === base || k.startsWith(`${base}_`));
		return !mine && i18n.exists(base, { lng: info.code }) ? fixed(base, options as never) : starlightT(key as never, options as never);
	}) as unknown as TFunction;
	Object.assign(t, starlightT);
	(context.locals as { t: TFunction }).t = t;
	return next();
});
