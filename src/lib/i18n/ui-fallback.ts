/**
 * UI strings along the fallback chain. Starlight's own `t()` falls back straight to the default locale; for a
 * language being added, this middleware answers the site's own keys from the first language of the chain
 * that has them (de → es → ro), through i18next, so plurals and interpolation work as in that language.
 * Starlight's built-in strings keep Starlight's own translations, marked with the source language's `lang`
 * where Starlight has none for the locale and shows the source's. In `astro dev` it answers for every locale
 * from the collection as it is now, because Starlight builds its translator once per server start.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import i18next, { type TFunction } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fallbackChain } from './fallback.ts';
import { applyLangMarks } from './lang-marks-html.ts';
import { markLang, stripMarks } from './lang-marks.ts';
import { languageName } from './language-name.ts';
import { langOf, locales, sourceLocale } from './locales.ts';
import { starlightFallbackLang } from './ui-fallback-lang.ts';
import { pluralKeys, uiKeys } from './ui-strings.ts';

const ours = new Set<string>([...uiKeys, ...pluralKeys]);

let instance: Promise<typeof i18next> | undefined;
async function chainI18n() {
	// In dev the collection seen from middleware is the one of server start, so read the UI-string files as they
	// are now (the content check, re-run on save, reports any problem in them); the build reads the collection.
	const entries = import.meta.env.DEV ? readUiFiles() : await getCollection('i18n');
	const resources = Object.fromEntries(
		entries.map((e) => [e.id, { site: e.data as Record<string, string> }]),
	);
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

function readUiFiles(): { id: string; data: unknown }[] {
	const dir = join(process.cwd(), 'src/content/i18n');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => {
			try {
				return [
					{
						id: f.replace(/\.json$/, ''),
						data: JSON.parse(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '')),
					},
				];
			} catch {
				return []; // a file that does not parse is reported by the content check; keep the others
			}
		});
}

/** Bumped by the dev server's watcher (integration.ts) when a UI-string file changes. */
const version = () => (globalThis as { __uiStringsVersion?: number }).__uiStringsVersion ?? 0;
let built = -1;

export const onRequest = defineMiddleware(async (context, next) => {
	// Route data is not known yet in middleware: the locale is the [locale] segment of the page.
	const locale = context.params.locale ?? context.currentLocale;
	const info = locales.find((l) => l.code === locale);
	const starlightT = (context.locals as { t?: TFunction }).t;
	if (!info || !starlightT || (info.status !== 'partial' && !import.meta.env.DEV)) return next();
	if (import.meta.env.DEV && built !== version()) {
		// UI-string edits show on the next request, no restart.
		instance = undefined;
		built = version();
	}
	const i18n = await (instance ??= chainI18n());
	// A string found further down the chain is marked with its language; the page pass below turns the marks
	// into `lang` and says once, at the top of the content, that parts of the interface are in that language.
	const translate = (key: string, options?: object) => {
		const found = i18n.t(key, {
			lng: info.code,
			ns: 'site',
			...options,
			returnDetails: true,
		} as never) as unknown as { res: string; usedLng: string };
		return found.usedLng && found.usedLng !== info.code
			? markLang(found.res, langOf(found.usedLng), 'ui')
			: found.res;
	};
	// Starlight's own strings fall back to its default locale (our source), not along the chain: mark those.
	const starlightOwn = (starlightT as unknown as { all: () => Record<string, unknown> }).all();
	const starlight = (key: string, options?: object) => {
		const text = starlightT(key as never, options as never) as unknown as string;
		const lang = starlightFallbackLang(
			starlightOwn,
			key,
			(starlightT as unknown as { exists: (k: string) => boolean }).exists(key),
			langOf(sourceLocale),
		);
		return lang && lang !== info.lang ? markLang(text, lang, 'ui') : text;
	};
	const t = ((key: string, options?: object) =>
		ours.has(String(key)) && i18n.exists(String(key), { lng: info.code, ...options })
			? translate(key, options)
			: starlight(String(key), options)) as unknown as TFunction;
	Object.assign(t, starlightT);
	(context.locals as { t: TFunction }).t = t;
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = await response.text();
	// The notice's own words may fall back too: it names the language in the language it is written in.
	const noticeLang = wordsLang(i18n, info.code, 'i18n.uiFallbackNotice');
	const notice = (langs: string[]) =>
		langs
			.map((lang) => {
				const text = stripMarks(
					translate('i18n.uiFallbackNotice', {
						language: languageName(noticeLang, lang),
						interpolation: { escapeValue: false },
					}),
				);
				return `<p class="fallback-notice" role="note" lang="${noticeLang}" data-pagefind-ignore>${escapeHtml(text)}</p>`;
			})
			.join('');
	return new Response(applyLangMarks(html, notice), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});

/** The `lang` of the language a key's text is found in for `locale` (itself or along its chain). */
function wordsLang(i18n: typeof i18next, locale: string, key: string): string {
	const found = i18n.t(key, {
		lng: locale,
		ns: 'site',
		returnDetails: true,
	} as never) as unknown as {
		usedLng?: string;
	};
	return langOf(found.usedLng || locale);
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
