/**
 * `/exports/<locale>/<file>`: the phrases as files help-desk tools import (src/lib/help-desk-export/), part
 * of every build and linked from the phrase finder. `npm run export:phrases` writes the same files.
 */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { getPhrases } from '../../../lib/content/collections';
import {
	contentTypes,
	exportFileNames,
	exportFiles,
	type ExportFileName,
} from '../../../lib/help-desk-export/export';
import { langOf, localeCodes } from '../../../lib/i18n/locales';

export function getStaticPaths() {
	return localeCodes.flatMap((locale) =>
		exportFileNames.map((file) => ({ params: { locale, file }, props: { locale, file } })),
	);
}

export const GET: APIRoute = async ({ props }) => {
	const { locale, file } = props as { locale: string; file: ExportFileName };
	const strings = ((await getEntry('i18n', locale))?.data ?? {}) as Record<
		string,
		string | undefined
	>;
	const files = exportFiles(await getPhrases(locale), strings, locale, langOf(locale));
	return new Response(files[file], {
		headers: { 'Content-Type': contentTypes[file.split('.').pop()!]! },
	});
};
