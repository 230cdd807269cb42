import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const locales = ['ro', 'ja', 'ru', 'es', 'el'] as const;
export type Locale = (typeof locales)[number];

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

export const playbookIds = [
	'rude-customers',
	'difficult-customers',
	'why-customers-become-difficult',
	'resolved-method',
	'de-escalation-checklist',
];

/** The Japanese font may be missing on a test machine; that never changes behaviour, only glyphs. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu'];
