/**
 * Translation status: for every locale and every piece of content, is it translated, missing, or outdated?
 *
 * "Outdated" means the source text changed after the translation was checked. Each locale keeps a record
 * (`src/content/translation-records/<locale>.json`) of the source text's hash at the time a localiser
 * confirmed the translation (`npm run i18n:mark`). Hashes of content survive rebases and squashes, which
 * commit dates do not.
 */
import { createHash } from 'node:crypto';
import type { RawContent, SourceFile } from '../content/load.ts';
import { leaves } from './leaves.ts';
import sameAsSource from './same-as-source.json' with { type: 'json' };
import { trainerEntries } from './status-training.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

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
	for (const node of (obj(content.tree?.data).nodes as Dict[] | undefined) ?? []) {
		const id = String(node.id);
		list.push({
			key: `tree:${id}`,
			kind: 'escalation',
			source: sourceLocale,
			file: (l) => `src/content/escalation-texts/${l}.yaml`,
			entry: id,
			path: [id],
			link: (l) => `${l}/escalation/#${id}`,
			texts: (l) => obj(content.treeTexts.get(l)?.data)[id],
		});
	}
	for (const id of (content.techniques?.data as string[] | undefined) ?? []) {
		list.push({
			key: `technique:${id}`,
			kind: 'techniques',
			source: sourceLocale,
			file: (l) => `src/content/technique-texts/${l}.yaml`,
			entry: id,
			path: [id],
			link: (l) => `${l}/techniques/#${id}`,
			texts: (l) => obj(content.techniqueTexts.get(l)?.data)[id],
		});
	}
	for (const module of (content.training?.data as Dict[] | undefined) ?? []) {
		const id = String(module.id);
		list.push({
			key: `training:${id}`,
			kind: 'training',
			source: sourceLocale,
			file: (l) => `src/content/training-texts/${l}.yaml`,
			entry: id,
			path: [id],
			link: (l) => `${l}/training/#${id}`,
			texts: (l) => obj(content.trainingTexts.get(l)?.data)[id],
		});
	}
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

/** A short, stable hash of a text structure (keys sorted, so reformatting YAML does not change it). */
export function textHash(value: unknown): string {
	const canonical = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(canonical)
			: v && typeof v === 'object'
				? Object.fromEntries(
						Object.keys(v as Dict)
							.sort()
							.map((k) => [k, canonical((v as Dict)[k])]),
					)
				: v;
	return createHash('sha256')
		.update(JSON.stringify(canonical(value)))
		.digest('hex')
		.slice(0, 16);
}

/**
 * The fingerprint of a source entry. Search keywords are left out: each language has its own search
 * vocabulary, so new keywords in the source do not make a translation outdated.
 */
export function sourceFingerprint(value: unknown): string {
	// Empty maps are left out too: the content schema fills in `scenarios: {}`, and the dashboard (which reads
	// the parsed collections) must compute the same fingerprint as the command line (which reads the files).
	const empty = (x: unknown) =>
		x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0;
	const strip = (v: unknown): unknown =>
		Array.isArray(v)
			? v.map(strip)
			: v && typeof v === 'object'
				? Object.fromEntries(
						Object.entries(v as Dict)
							.filter(([k, x]) => k !== 'keywords' && !empty(x))
							.map(([k, x]) => [k, strip(x)]),
					)
				: v;
	return textHash(strip(value));
}

/**
 * What a locale recorded per entry: the source fingerprint when the translation was confirmed, and (since
 * records keep it) what the source said then, so an outdated entry can show what changed. Older records
 * hold only the fingerprint.
 */
export type RecordValue = string | { hash: string; source: unknown };
export type Records = Readonly<Record<string, RecordValue>>;

export const recordHash = (r: RecordValue | undefined): string | undefined =>
	typeof r === 'string' ? r : r?.hash;

export type State = 'source' | 'translated' | 'missing' | 'outdated' | 'untranslated';

/** Texts that are the same in every language (method names, codes); a text made only of these is not "untranslated". */
export const sameInEveryLanguage: readonly string[] = sameAsSource.names;
const allowedSame = (locale: string, key: string) =>
	((sameAsSource as unknown as Record<string, string[]>)[locale] ?? []).includes(key);

const neutral = (text: string) => {
	let rest = text.replace(/\{\{[^}]*\}\}|\{[^}]*\}/g, ' ');
	for (const name of sameInEveryLanguage) rest = rest.split(name).join(' ');
	return !/\p{L}{2,}/u.test(rest);
};

/** True when a translation is the source text left as it was (beyond names that stay the same in every language). */
export function identicalToSource(texts: unknown, source: unknown): boolean {
	const mine = leaves(texts);
	const theirs = new Map(leaves(source));
	if (!mine.length) return false;
	return (
		mine.every(([path, text]) => theirs.get(path) === text) &&
		mine.some(([, text]) => !neutral(text))
	);
}

export function entryState(e: Entry, locale: string, records: Records): State {
	if (locale === e.source) return 'source';
	const texts = e.texts(locale);
	if (texts === undefined) return 'missing';
	const source = e.texts(e.source);
	if (source === undefined) return 'translated';
	if (!allowedSame(locale, e.key) && identicalToSource(texts, source)) return 'untranslated';
	const recorded = recordHash(records[e.key]);
	// A translation nobody has recorded yet was made against the source as it is now: it is current.
	if (recorded === undefined) return 'translated';
	return recorded === sourceFingerprint(source) ? 'translated' : 'outdated';
}

export interface Change {
	/** The leaf inside the entry (`guidance.1`, `text`). */
	field: string;
	/** What the source said when the translation was confirmed (undefined: not kept by an older record). */
	before?: string;
	after: string;
	diff?: DiffPart[];
	translation?: string;
}

/** For an outdated entry: each source text that changed, old against new, with the current translation. */
export function changesOf(e: Entry, locale: string, records: Records): Change[] {
	const record = records[e.key];
	const before = typeof record === 'object' ? new Map(leaves(record.source)) : undefined;
	const translation = new Map(leaves(e.texts(locale)));
	return leaves(e.texts(e.source))
		.filter(([field, after]) => !before || before.get(field) !== after)
		.map(([field, after]) => {
			const old = before?.get(field);
			return {
				field,
				before: old,
				after,
				diff: before ? wordDiff(old ?? '', after) : undefined,
				translation: translation.get(field),
			};
		});
}

export interface Gap {
	key: string;
	kind: Kind;
	state: 'missing' | 'outdated' | 'untranslated';
	file: string;
	entry: string;
	link?: string;
	/** Outdated entries: what changed in the source. */
	changes?: Change[];
}

export interface KindCount {
	total: number;
	translated: number;
	missing: number;
	outdated: number;
	untranslated: number;
}

export interface LocaleStatus {
	locale: string;
	/** Only complete locales must be free of gaps; a partial one is reported with its progress. */
	required: boolean;
	kinds: Record<Kind, KindCount>;
	total: KindCount;
	/** Share of entries translated and up to date, 0-100. */
	percent: number;
	gaps: Gap[];
}

export function localeStatus(
	list: readonly Entry[],
	locale: string,
	records: Records,
	required = true,
): LocaleStatus {
	const empty = (): KindCount => ({
		total: 0,
		translated: 0,
		missing: 0,
		outdated: 0,
		untranslated: 0,
	});
	const counts = Object.fromEntries(kinds.map((k) => [k, empty()])) as Record<Kind, KindCount>;
	const total = empty();
	const gaps: Gap[] = [];
	for (const e of list) {
		const state = entryState(e, locale, records);
		for (const c of [counts[e.kind], total]) {
			c.total++;
			if (state === 'source' || state === 'translated') c.translated++;
			else c[state]++;
		}
		if (state === 'missing' || state === 'untranslated')
			gaps.push({
				key: e.key,
				kind: e.kind,
				state,
				file: e.file(locale),
				entry: e.entry,
				link: e.link?.(locale),
			});
		if (state === 'outdated')
			gaps.push({
				key: e.key,
				kind: e.kind,
				state,
				file: e.file(locale),
				entry: e.entry,
				link: e.link?.(locale),
				changes: changesOf(e, locale, records),
			});
	}
	return {
		locale,
		required,
		kinds: counts,
		total,
		percent: total.total ? Math.floor((100 * total.translated) / total.total) : 100,
		gaps,
	};
}

export { mark } from './mark.ts';
