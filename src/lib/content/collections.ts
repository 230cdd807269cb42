/**
 * Reads the content collections once per build and hands pages ready-made views per locale.
 * The pre-build check has already guaranteed that every locale has every entry.
 */
import { getCollection } from 'astro:content';
import { fallbackChain, layered } from '../i18n/fallback.ts';
import { langOf, type Locale } from '../i18n/locales.ts';
import {
	phraseViews,
	playbookView,
	techniqueViews,
	type PhraseView,
	type PlaybookView,
	type TechniqueView,
} from './model.ts';
import type {
	Phrase,
	PhraseTexts,
	TrainingModule,
	TrainingTexts,
	Tree,
	TreeTexts,
} from './schemas.ts';
// Organisation settings (`[[org.emergencyNumber]]`) are filled here, once, for every page that shows content.
import { withOrganisation } from '../organisation/values.ts';

const byLocale = <T>(entries: { id: string; data: T }[], locale: string) =>
	entries
		.filter((e) => e.id.startsWith(`${locale}/`))
		.map((e) => ({ name: e.id.slice(locale.length + 1), data: e.data }));

/** Playbooks in a stable order: the order of their source seeds. */
export async function getPlaybooks(locale: Locale): Promise<PlaybookView[]> {
	const structures = (await getCollection('playbooks'))
		.map((e) => e.data)
		.sort((a, b) => a.source.file.localeCompare(b.source.file));
	const allTexts = await getCollection('playbookTexts');
	return structures.map((p) => {
		// Step by step along the locale's configured chain (src/lib/i18n/fallback.ts), ending with the playbook's
		// own source language: whatever a language lacks comes from the next one that has it.
		const order = [locale, ...fallbackChain(locale), p.source.language];
		const layers = order.flatMap((l, i) => {
			const texts =
				order.indexOf(l) === i && byLocale(allTexts, l).find((t) => t.name === p.id)?.data;
			return texts ? [{ texts, lang: l === locale ? undefined : langOf(l) }] : [];
		});
		return withOrganisation(playbookView(p, layers), locale);
	});
}

export async function getTechniques(
	locale: Locale,
	playbooks: PlaybookView[],
): Promise<TechniqueView[]> {
	const ids = (await getCollection('techniques'))[0]?.data ?? [];
	const all = await getCollection('techniqueTexts');
	const { texts, from } = layered(locale, (l) => all.find((e) => e.id === l)?.data);
	return techniqueViews(ids, texts, playbooks).map((t) => ({
		...t,
		fallbackLang: from[t.id] ? langOf(from[t.id]!) : undefined,
	}));
}

export async function getPhraseStructures(): Promise<Phrase[]> {
	return (await getCollection('phrases'))
		.sort((a, b) => a.id.localeCompare(b.id))
		.flatMap((e) => e.data);
}

export async function getPhraseTexts(locale: string): Promise<PhraseTexts> {
	return withOrganisation(
		Object.assign(
			{},
			...byLocale(await getCollection('phraseTexts'), locale).map((e) => e.data),
		) as PhraseTexts,
		locale,
	);
}

export async function getPhrases(locale: Locale): Promise<PhraseView[]> {
	const all = await getCollection('phraseTexts');
	const { texts, from } = layered(
		locale,
		(l) => Object.assign({}, ...byLocale(all, l).map((e) => e.data)) as PhraseTexts,
	);
	return withOrganisation(
		phraseViews(await getPhraseStructures(), texts).map((p) => ({
			...p,
			fallbackLang: from[p.id] ? langOf(from[p.id]!) : undefined,
		})),
		locale,
	);
}

export async function getTree(
	locale: Locale,
): Promise<{ tree: Tree; texts: TreeTexts; fallback: Record<string, string> } | undefined> {
	const tree = (await getCollection('escalation'))[0]?.data;
	const all = await getCollection('escalationTexts');
	// Nodes the locale lacks are taken along its fallback chain, each from the first language that has it.
	const { texts, from } = layered(locale, (l) => all.find((e) => e.id === l)?.data);
	const fallback = Object.fromEntries(Object.entries(from).map(([id, l]) => [id, langOf(l)]));
	return tree ? { tree, texts: withOrganisation(texts as TreeTexts, locale), fallback } : undefined;
}

export interface ModuleView extends TrainingModule {
	texts: TrainingTexts[string];
	fallbackLang?: string;
}

/** Training modules in teaching order, falling back to the source language where a locale lacks one. */
export async function getTraining(locale: Locale): Promise<ModuleView[]> {
	const modules = (await getCollection('training'))[0]?.data ?? [];
	const all = await getCollection('trainingTexts');
	const { texts, from } = layered(locale, (l) => all.find((e) => e.id === l)?.data);
	return modules.map((m) => ({
		...m,
		texts: withOrganisation(texts[m.id]!, locale),
		fallbackLang: from[m.id] ? langOf(from[m.id]!) : undefined,
	}));
}
