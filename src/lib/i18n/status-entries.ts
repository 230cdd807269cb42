/**
 * The entries of the translation status: every translatable piece of the site (playbook page, section and step,
 * phrase, tree node, technique, training module, trainer activity, UI string) under a stable, language-neutral
 * key, with where a localiser edits it and where it shows. Kept apart from the state logic (status-state.ts) so
 * a new kind of content touches only this list.
 */
import type { RawContent, SourceFile } from '../content/load.ts';
import { trainerEntries } from './status-training.ts';

export const kinds = [
	'playbooks',
	'phrases',
	'escalation',
	'techniques',
	'training',
	'ui',
] as const;
export type Kind = (typeof kinds)[number];

export interface Entry {
	/** Stable, language-neutral key, e.g. `playbook:resolved-method:step:verify`. */
	key: string;
	kind: Kind;
	/** The language this entry is written in first (a playbook's is its seed's language). */
	source: string;
	/** The entry's texts in a locale, or undefined when that locale lacks them. */
	texts: (locale: string) => unknown;
	/** The file a localiser edits for a locale. */
	file: (locale: string) => string;
	/** The entry's name inside that file. */
	entry: string;
	/** Where the entry's texts sit inside the file (empty: at the top level, as a playbook's title and summary). */
	path: string[];
	/** Where the entry shows on the site, relative to the site root (undefined for UI strings). */
	link?: (locale: string) => string;
}

type Dict = Record<string, unknown>;
const obj = (v: unknown): Dict =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : {};
const filesOf = (map: Map<string, SourceFile[]>, locale: string) => map.get(locale) ?? [];

/** Every translatable entry of the site, language-neutral. */
export function entries(content: RawContent, sourceLocale: string): Entry[] {
	const list: Entry[] = [];
	for (const pb of content.playbooks) {
		const structure = obj(pb.data);
		const id = String(structure.id ?? pb.name);
		const source = String(obj(structure.source).language ?? sourceLocale);
		const texts = (locale: string) =>
			filesOf(content.playbookTexts, locale).find((f) => f.name === id)?.data;
		const file = (locale: string) => `src/content/playbook-texts/${locale}/${id}.yaml`;
		const link =
			(anchor = '') =>
			(locale: string) =>
				`${locale}/playbooks/${id}/${anchor}`;
		list.push({
			key: `playbook:${id}:page`,
			kind: 'playbooks',
			source,
			file,
			entry: 'title, summary, intro',
			path: [],
			link: link(),
			texts: (l) => {
				const t = obj(texts(l));
				return t.title === undefined
					? undefined
					: { title: t.title, summary: t.summary, intro: t.intro, keywords: t.keywords };
			},
		});
		for (const section of (structure.sections as Dict[] | undefined) ?? []) {
			const sid = String(section.id);
			list.push({
				key: `playbook:${id}:section:${sid}`,
				kind: 'playbooks',
				source,
				file,
				entry: `sections.${sid}`,
				path: ['sections', sid],
				link: link(`#${sid}`),
				texts: (l) => obj(obj(texts(l)).sections)[sid],
			});
			for (const step of (section.steps as Dict[] | undefined) ?? []) {
				const stid = String(step.id);
				list.push({
					key: `playbook:${id}:step:${stid}`,
					kind: 'playbooks',
					source,
					file,
					entry: `steps.${stid}`,
					path: ['steps', stid],
					link: link(`#${stid}`),
					texts: (l) => obj(obj(texts(l)).steps)[stid],
				});
			}
		}
	}
	for (const group of content.phrases) {
		for (const phrase of (group.data as Dict[] | undefined) ?? []) {
			const id = String(phrase.id);
			list.push({
				key: `phrase:${id}`,
				kind: 'phrases',
				source: sourceLocale,
				file: (l) => `src/content/phrase-texts/${l}/${group.name}.yaml`,
				entry: id,
				path: [id],
				link: (l) => `${l}/phrases/#${id}`,
				texts: (l) =>
					obj(filesOf(content.phraseTexts, l).find((f) => f.name === group.name)?.data)[id],
			});
		}
	}
	const ids = (items: unknown) =>
		Array.isArray(items) ? items.map((x) => String(typeof x === 'string' ? x : obj(x).id)) : [];
	// Texts in one file per locale, keyed by the structure's ids; each kind's page has the kind's name.
	const oneFilePerLocale =
		(kind: Kind, key: string, dir: string, texts: Map<string, SourceFile>) =>
		(id: string): Entry => ({
			key: `${key}:${id}`,
			kind,
			source: sourceLocale,
			file: (l) => `src/content/${dir}/${l}.yaml`,
			entry: id,
			path: [id],
			link: (l) => `${l}/${kind}/#${id}`,
			texts: (l) => obj(texts.get(l)?.data)[id],
		});
	list.push(
		...ids(obj(content.tree?.data).nodes).map(
			oneFilePerLocale('escalation', 'tree', 'escalation-texts', content.treeTexts),
		),
		...ids(content.techniques?.data).map(
			oneFilePerLocale('techniques', 'technique', 'technique-texts', content.techniqueTexts),
		),
		...ids(content.training?.data).map(
			oneFilePerLocale('training', 'training', 'training-texts', content.trainingTexts),
		),
	);
	list.push(...trainerEntries(content, sourceLocale));
	const sourceUi = obj(content.ui.get(sourceLocale)?.data);
	const uiBases = [
		...new Set(Object.keys(sourceUi).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''))),
	];
	for (const base of uiBases) {
		list.push({
			key: `ui:${base}`,
			kind: 'ui',
			source: sourceLocale,
			file: (l) => `src/content/i18n/${l}.json`,
			entry: base,
			path: [],
			// Interface strings show all over the site; their page for translators lists each one with an anchor.
			link: (l) => `${l}/interface-strings/#${interfaceStringAnchor(base)}`,
			texts: (l) => {
				const strings = obj(content.ui.get(l)?.data);
				const found = Object.entries(strings).filter(
					([k]) => k === base || k.replace(/_(zero|one|two|few|many|other)$/, '') === base,
				);
				return found.length ? Object.fromEntries(found) : undefined;
			},
		});
	}
	return list;
}

/** The anchor of a UI key on the interface-strings page: stable, language-neutral, valid in a URL. */
export const interfaceStringAnchor = (key: string) => `ui-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
