import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales.ts';

/**
 * The site's locales, from the one place they are defined (`src/lib/i18n/locales.json`). Tables keyed by
 * locale in the specs are read with `table[locale]!`: a locale added without its entry fails that test.
 */
export const locales = localeCodes;
export type { Locale };

const root = resolve(import.meta.dirname, '../..');

/** A locale's UI strings, read from the source files, so tests never hard-code a translation. */
export function uiStrings(locale: Locale): Record<string, string> {
	return JSON.parse(readFileSync(resolve(root, `src/content/i18n/${locale}.json`), 'utf8'));
}

/** The ids of every section and step of a playbook, from its language-neutral structure. */
export function playbookAnchors(id: string): string[] {
	const data = parse(readFileSync(resolve(root, `src/content/playbooks/${id}.yaml`), 'utf8')) as {
		sections: { id: string; steps: { id: string }[] }[];
	};
	return data.sections.flatMap((s) => [s.id, ...s.steps.map((st) => st.id)]);
}

/** Every playbook, from its structure file in the content (a new playbook is tested without editing this). */
export const playbookIds = readdirSync(resolve(root, 'src/content/playbooks'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -'.yaml'.length));

/** The Japanese font may be missing on a test machine; that never changes behaviour, only glyphs. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu'];
