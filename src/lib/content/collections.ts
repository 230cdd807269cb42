/**
 * Reads the content collections once per build and hands pages ready-made views per locale.
 * The pre-build check has already guaranteed that every locale has every entry.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { phraseViews, playbookView, techniqueViews, type PhraseView, type PlaybookView, type TechniqueView } from './model.ts';
import type { Phrase, PhraseTexts, Tree, TreeTexts } from './schemas.ts';

const byLocale = <T>(entries: { id: string; data: T }[], locale: string) =>
	entries.filter((e) => e.id.startsWith(`${locale}/`)).map((e) => ({ name: e.id.slice(locale.length + 1), data: e.data }));

/** Playbooks in a stable order: the order of their source seeds. */
export async function getPlaybooks(locale: Locale): Promise<PlaybookView[]> {
	const structures = (await getCollection('playbooks')).map((e) => e.data).sort((a, b) => a.source.file.localeCompare(b.source.file));
	const texts = byLocale(await getCollection('playbookTexts'), locale);
	return structures.map((p) => playbookView(p, texts.find((t) => t.name === p.id)!.data));
}

export async function getTechniques(locale: Locale, playbooks: PlaybookView[]): Promise<TechniqueView[]> {
	const ids = (await getCollection('techniques'))[0]?.data ?? [];
	const texts = (await getCollection('techniqueTexts')).find((e) => e.id === locale)?.data ?? {};
	return techniqueViews(ids, texts, playbooks);
}

export async function getPhraseStructures(): Promise<Phrase[]> {
	return (await getCollection('phrases')).sort((a, b) => a.id.localeCompare(b.id)).flatMap((e) => e.data);
}

export async function getPhraseTexts(locale: string): Promise<PhraseTexts> {
	return Object.assign({}, ...byLocale(await getCollection('phraseTexts'), locale).map((e) => e.data));
}

export async function getPhrases(locale: Locale): Promise<PhraseView[]> {
	return phraseViews(await getPhraseStructures(), await getPhraseTexts(locale));
}

export async function getTree(locale: Locale): Promise<{ tree: Tree; texts: TreeTexts } | undefined> {
	const tree = (await getCollection('escalation'))[0]?.data;
	const texts = (await getCollection('escalationTexts')).find((e) => e.id === locale)?.data;
	return tree && texts ? { tree, texts } : undefined;
}
