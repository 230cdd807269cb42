/**
 * Reads the content collections once per build and hands pages ready-made views per locale.
 * The pre-build check has already guaranteed that every locale has every entry.
 */
import { getCollection } from 'astro:content';
import { langOf, sourceLocale, type Locale } from '../i18n/locales.ts';
import { phraseViews, playbookView, techniqueViews, type PhraseView, type PlaybookView, type TechniqueView } from './model.ts';
import type { Phrase, PhraseTexts, TrainingModule, TrainingTexts, Tree, TreeTexts } from './schemas.ts';
// Organisation settings (`[[org.emergencyNumber]]`) are filled here, once, for every page that shows content.
import { withOrganisation } from '../organisation/values.ts';

const byLocale = <T>(entries: { id: string; data: T }[], locale: string) =>
	entries.filter((e) => e.id.startsWith(`${locale}/`)).map((e) => ({ name: e.id.slice(locale.length + 1), data: e.data }));

/** Playbooks in a stable order: the order of their source seeds. */
export async function getPlaybooks(locale: Locale): Promise<PlaybookView[]> {
	const structures = (await getCollection('playbooks')).map((e) => e.data).sort((a, b) => a.source.file.localeCompare(b.source.file));
	const all = await getCollection('playbookTexts');
	const texts = byLocale(all, locale);
	return structures.map((p) => {
		// A locale being translated falls back to the playbook's own source language, then to the site's.
		const fallbackLocale = [p.source.language, sourceLocale].find((l) => byLocale(all, l).some((t) => t.name === p.id))!;
		const fallback = byLocale(all, fallbackLocale).find((t) => t.name === p.id)!.data;
		return withOrganisation(playbookView(p, texts.find((t) => t.name === p.id)?.data, fallback, langOf(fallbackLocale)), locale);
	});
}

export async function getTechniques(locale: Locale, playbooks: PlaybookView[]): Promise<TechniqueView[]> {
	const ids = (await getCollection('techniques'))[0]?.data ?? [];
	const all = await getCollection('techniqueTexts');
	const texts = all.find((e) => e.id === locale)?.data ?? {};
	return techniqueViews(ids, texts, playbooks, all.find((e) => e.id === sourceLocale)?.data, langOf(sourceLocale));
}

export async function getPhraseStructures(): Promise<Phrase[]> {
	return (await getCollection('phrases')).sort((a, b) => a.id.localeCompare(b.id)).flatMap((e) => e.data);
}

export async function getPhraseTexts(locale: string): Promise<PhraseTexts> {
	return withOrganisation(Object.assign({}, ...byLocale(await getCollection('phraseTexts'), locale).map((e) => e.data)) as PhraseTexts, locale);
}

export async function getPhrases(locale: Locale): Promise<PhraseView[]> {
	return withOrganisation(phraseViews(await getPhraseStructures(), await getPhraseTexts(locale), await getPhraseTexts(sourceLocale), langOf(sourceLocale)), locale);
}

export async function getTree(locale: Locale): Promise<{ tree: Tree; texts: TreeTexts; fallback: string[]; fallbackLang: string } | undefined> {
	const tree = (await getCollection('escalation'))[0]?.data;
	const all = await getCollection('escalationTexts');
	const own = all.find((e) => e.id === locale)?.data ?? {};
	const source = all.find((e) => e.id === sourceLocale)?.data ?? {};
	// Nodes the locale lacks are taken from the source language; `fallback` lists them for the page.
	const texts = withOrganisation({ ...source, ...own }, locale);
	const fallback = Object.keys(source).filter((id) => !(id in own));
	return tree ? { tree, texts, fallback, fallbackLang: langOf(sourceLocale) } : undefined;
}


export interface ModuleView extends TrainingModule {
	texts: TrainingTexts[string];
	fallbackLang?: string;
}

/** Training modules in teaching order, falling back to the source language where a locale lacks one. */
export async function getTraining(locale: Locale): Promise<ModuleView[]> {
	const modules = (await getCollection('training'))[0]?.data ?? [];
	const all = await getCollection('trainingTexts');
	const own = all.find((e) => e.id === locale)?.data ?? {};
	const source = all.find((e) => e.id === sourceLocale)?.data ?? {};
	return modules.map((m) => ({ ...m, texts: withOrganisation(own[m.id] ?? source[m.id]!, locale), fallbackLang: own[m.id] ? undefined : langOf(sourceLocale) }));
}
