/**
 * The one content reader. The site's collections (src/content.config.ts, through `contentLoader`), the
 * pre-build check and the command-line tools all read `src/content/` here, so what the check passes is
 * exactly what the site shows. Each file is decoded strictly as UTF-8 and parsed with one YAML schema
 * (YAML 1.2 core: `2024-05-01` stays text, never a date, and an unquoted one is named as an error); failures become content issues, never
 * exceptions, so one broken file does not hide the problems in the others.
 *
 * Decoding a single file (UTF-8, YAML, JSON) is read-data.ts.
 *
 * Which files exist is data (`contentKinds`): adding a kind of content is one line there. Anything else
 * in `src/content/` is an error naming the file, because the site would silently not read it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localeCodes } from '../i18n/locales.ts';
import { suggest, type ContentIssue } from './issues.ts';
import { readData } from './read-data.ts';

export interface SourceFile {
	/** Path relative to the project root, for messages. */
	file: string;
	/** File name without extension: a playbook id, a phrase group, a locale. */
	name: string;
	/** The locale folder or file the file belongs to, for per-locale kinds. */
	locale?: string;
	data: unknown;
}

/**
 * Every kind of content file, as a path pattern under `src/content/`: `<locale>` is a site locale, `*` a
 * name (an id). The extension is part of the pattern: the site reads `.yaml` and `.json`, never `.yml`.
 */
export const contentKinds = [
	{ kind: 'playbooks', pattern: 'playbooks/*.yaml' },
	{ kind: 'playbookTexts', pattern: 'playbook-texts/<locale>/*.yaml' },
	{ kind: 'techniques', pattern: 'techniques.yaml' },
	{ kind: 'techniqueTexts', pattern: 'technique-texts/<locale>.yaml' },
	{ kind: 'phrases', pattern: 'phrases/*.yaml' },
	{ kind: 'phraseTexts', pattern: 'phrase-texts/<locale>/*.yaml' },
	{ kind: 'tree', pattern: 'escalation/tree.yaml' },
	{ kind: 'treeTexts', pattern: 'escalation-texts/<locale>.yaml' },
	{ kind: 'ui', pattern: 'i18n/<locale>.json' },
	{ kind: 'training', pattern: 'training/modules.yaml' },
	{ kind: 'pocketCard', pattern: 'pocket-card.yaml' },
	{ kind: 'trainingTexts', pattern: 'training-texts/<locale>.yaml' },
	{ kind: 'trainingNotes', pattern: 'training-notes/<locale>.yaml' },
	{ kind: 'roleplays', pattern: 'training/roleplays.yaml' },
	{ kind: 'roleplayTexts', pattern: 'roleplay-texts/<locale>.yaml' },
	{ kind: 'knowledgeChecks', pattern: 'training/knowledge-checks.yaml' },
	{ kind: 'knowledgeCheckTexts', pattern: 'knowledge-check-texts/<locale>.yaml' },
	{ kind: 'records', pattern: 'translation-records/<locale>.json' },
	{ kind: 'glossary', pattern: 'glossary/<locale>.yaml' },
	// Before the per-locale pattern: `concepts` would otherwise be taken for a locale.
	{ kind: 'vocabularyConcepts', pattern: 'vocabulary/concepts.yaml' },
	{ kind: 'vocabulary', pattern: 'vocabulary/<locale>.yaml' },
] as const;

export type ContentKind = (typeof contentKinds)[number]['kind'];

/** Notes for people (`npm run i18n:add-locale` leaves one in each new folder): never content, never read. */
export const notesForPeople = /(^|\/)README\.md$/;

export interface RawContent {
	playbooks: SourceFile[];
	/** locale -> files in `playbook-texts/<locale>/`. */
	playbookTexts: Map<string, SourceFile[]>;
	techniques?: SourceFile;
	techniqueTexts: Map<string, SourceFile>;
	phrases: SourceFile[];
	phraseTexts: Map<string, SourceFile[]>;
	tree?: SourceFile;
	treeTexts: Map<string, SourceFile>;
	ui: Map<string, SourceFile>;
	training?: SourceFile;
	pocketCard?: SourceFile;
	trainingTexts: Map<string, SourceFile>;
	/** locale -> facilitator notes per training activity (src/content/training-notes/). */
	trainingNotes: Map<string, SourceFile>;
	/** Role-play kits: structure and texts per locale (src/content/training/roleplays.yaml, roleplay-texts/). */
	roleplays?: SourceFile;
	roleplayTexts: Map<string, SourceFile>;
	/** Knowledge checks: structure and texts per locale (src/content/training/knowledge-checks.yaml, knowledge-check-texts/). */
	knowledgeChecks?: SourceFile;
	knowledgeCheckTexts: Map<string, SourceFile>;
	/** locale -> the translation record (see src/lib/i18n/status.ts). */
	records: Map<string, SourceFile>;
	/** Every file that parsed, by kind (kinds without a field above are read from here). */
	byKind: Map<ContentKind, SourceFile[]>;
	/** Files that exist but could not be read or parsed: their own error is the root cause. */
	broken: Set<string>;
	/** locale -> the termbase (see src/lib/i18n/glossary.ts). */
	glossary?: Map<string, SourceFile>;
}

export interface LoadOptions {
	/** The locales whose folders and files are expected (default: the site's). */
	locales?: readonly string[];
}

interface Match {
	kind: ContentKind;
	name: string;
	locale?: string;
}

const patternParts = contentKinds.map((k) => ({ ...k, parts: k.pattern.split('/') }));

/** Which kind a path (relative to the content folder) is, ignoring the locale's validity. */
function matchPath(path: string): (Match & { ext: string }) | undefined {
	const segments = path.split('/');
	for (const k of patternParts) {
		if (k.parts.length !== segments.length) continue;
		let locale: string | undefined;
		let name: string | undefined;
		const ok = k.parts.every((part, i) => {
			const last = i === k.parts.length - 1;
			const [stem, ext] = last ? splitExt(part) : [part, ''];
			const [segStem, segExt] = last ? splitExt(segments[i]!) : [segments[i]!, ''];
			if (segExt !== ext) return false;
			if (last) name = segStem;
			if (stem === '<locale>') locale = segStem;
			return stem === '<locale>' || stem === '*' || stem === segStem;
		});
		if (ok) return { kind: k.kind, name: name!, locale, ext: splitExt(k.pattern)[1] };
	}
	return undefined;
}

const splitExt = (name: string): [string, string] => {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
};

/** Explains a file the site would not read, and what to do about it. */
function unknownFile(path: string, locales: readonly string[]): string {
	const [stem, ext] = splitExt(path);
	for (const candidate of ['.yaml', '.json']) {
		if (ext.toLowerCase() !== candidate && matchPath(stem + candidate)) {
			return `the site reads only "${candidate}" files here, so it would ignore this one. Rename it to "${stem.split('/').pop()}${candidate}".`;
		}
	}
	const m = matchPath(path);
	if (m?.locale !== undefined && !locales.includes(m.locale)) {
		return `"${m.locale}" is not a locale of the site, so its files would be ignored. Add a language with "npm run i18n:add-locale -- ${m.locale}" (see CONTRIBUTING.md), or fix the name.${suggest(m.locale, locales)}`;
	}
	const known = contentKinds.map((k) => k.pattern.replace('<locale>', locales[0] ?? 'ro'));
	const hint = suggest(path, known).replace('Did you mean', 'Did you mean a file like');
	return `the site does not read this file, so its content would be silently lost. Remove it (backups and notes belong outside src/content/) or give it a name the site reads (see docs/content-model.md).${hint}`;
}

/** Every file under `dir`, relative to it, hidden files (editor and system files) excepted. */
function walk(dir: string, prefix = ''): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => !n.startsWith('.'))
		.sort()
		.flatMap((n) =>
			statSync(join(dir, n)).isDirectory()
				? walk(join(dir, n), `${prefix}${n}/`)
				: [`${prefix}${n}`],
		);
}

export function loadRawContent(
	root: string,
	contentDir = join(root, 'src', 'content'),
	options: LoadOptions = {},
): {
	content: RawContent;
	issues: ContentIssue[];
} {
	const locales = options.locales ?? localeCodes;
	const issues: ContentIssue[] = [];
	const byKind = new Map<ContentKind, SourceFile[]>();
	const broken = new Set<string>();
	for (const path of walk(contentDir)) {
		if (notesForPeople.test(path)) continue;
		const file = relative(root, join(contentDir, path)).split('\\').join('/');
		const m = matchPath(path);
		if (!m || (m.locale !== undefined && !locales.includes(m.locale))) {
			issues.push({ file, message: unknownFile(path, locales) });
			continue;
		}
		const data = readData(join(contentDir, path), file, issues);
		if (data === undefined) {
			broken.add(file);
			continue;
		}
		const list = byKind.get(m.kind) ?? [];
		list.push({ file, name: m.name, locale: m.locale, data: data.value });
		byKind.set(m.kind, list);
	}
	const all = (kind: ContentKind) => byKind.get(kind) ?? [];
	const one = (kind: ContentKind) => all(kind)[0];
	const perLocale = (kind: ContentKind) => new Map(all(kind).map((f) => [f.locale!, f]));
	const perLocaleFiles = (kind: ContentKind) => {
		const map = new Map<string, SourceFile[]>();
		for (const f of all(kind)) map.set(f.locale!, [...(map.get(f.locale!) ?? []), f]);
		return map;
	};
	const content: RawContent = {
		playbooks: all('playbooks'),
		playbookTexts: perLocaleFiles('playbookTexts'),
		techniques: one('techniques'),
		techniqueTexts: perLocale('techniqueTexts'),
		phrases: all('phrases'),
		phraseTexts: perLocaleFiles('phraseTexts'),
		tree: one('tree'),
		treeTexts: perLocale('treeTexts'),
		ui: perLocale('ui'),
		training: one('training'),
		pocketCard: one('pocketCard'),
		trainingTexts: perLocale('trainingTexts'),
		records: perLocale('records'),
		byKind,
		broken,
		glossary: perLocale('glossary'),
		trainingNotes: perLocale('trainingNotes'),
		roleplays: one('roleplays'),
		roleplayTexts: perLocale('roleplayTexts'),
		knowledgeChecks: one('knowledgeChecks'),
		knowledgeCheckTexts: perLocale('knowledgeCheckTexts'),
	};
	return { content, issues };
}
