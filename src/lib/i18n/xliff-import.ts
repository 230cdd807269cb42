/**
 * Brings a translated XLIFF file back: matches every unit to its entry and field, applies changed targets
 * to a copy of the content, runs the same content check as the build (only new problems count), and only
 * then writes the files (YAML edited in place, comments and layout kept) and the records.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isScalar, parseDocument } from 'yaml';
import { yaml11Reading } from '../content/yaml-ambiguous.ts';
import { formatIssue, suggest } from '../content/issues.ts';
import type { RawContent, SourceFile } from '../content/load.ts';
import { validateContentTree, type ValidateOptions } from '../content/validate.ts';
import { leaves, setLeaf } from './leaves.ts';
import { recordOf } from './mark.ts';
import { entryState, type Entry, type RecordValue, type Records } from './status.ts';
import type { ImportedUnit } from './xliff.ts';
import { translationUnits } from './xliff-units.ts';

export interface TextChange {
	entry: Entry;
	file: string;
	field: string;
	before?: string;
	after: string;
}

export interface ImportResult {
	errors: string[];
	changes: TextChange[];
	marked: string[];
	skipped: string[];
	records: Record<string, RecordValue>;
}

const approved = new Set(['translated', 'final', 'signed-off']);

export function planImport(
	content: RawContent,
	list: readonly Entry[],
	locale: string,
	records: Records,
	imported: readonly ImportedUnit[],
	langOf: (l: string) => string,
	options: ValidateOptions = {},
): ImportResult {
	const expected = new Map(translationUnits(list, locale, records, langOf).map((u) => [u.id, u]));
	const result: ImportResult = {
		errors: [],
		changes: [],
		marked: [],
		skipped: [],
		records: { ...records },
	};
	const byEntry = new Map<Entry, ImportedUnit[]>();
	for (const unit of imported) {
		const known = expected.get(unit.id);
		if (!known) {
			result.errors.push(
				`${unit.file} › unit "${unit.id}": no such text in "${locale}".${suggest(unit.id, [...expected.keys()]) || ' Export a fresh file with npm run i18n:export.'}`,
			);
			continue;
		}
		if (!byEntry.has(known.entry)) byEntry.set(known.entry, []);
		byEntry.get(known.entry)!.push(unit);
	}
	for (const [entry, units] of byEntry) {
		const current = new Map(leaves(entry.texts(locale)));
		const translated = units.filter((u) => u.target !== undefined && u.target.trim() !== '');
		const changed = translated.filter((u) => u.target !== current.get(expected.get(u.id)!.field));
		if (entry.texts(locale) === undefined && changed.length) {
			const needed = [...expected.values()].filter((u) => u.entry === entry);
			if (translated.length < needed.length) {
				result.skipped.push(
					`${entry.key}: ${translated.length} of ${needed.length} texts translated; an entry is added once all its texts are.`,
				);
				continue;
			}
		}
		for (const u of changed)
			result.changes.push({
				entry,
				file: entry.file(locale),
				field: expected.get(u.id)!.field,
				before: current.get(expected.get(u.id)!.field),
				after: u.target!,
			});
		const wasOutdated = entryState(entry, locale, records) === 'outdated';
		const allApproved =
			translated.length === units.length && units.every((u) => approved.has(u.state ?? ''));
		if (changed.length || (wasOutdated && allApproved)) {
			result.records[entry.key] = recordOf(entry.texts(entry.source));
			result.marked.push(entry.key);
		}
	}
	if (result.errors.length || !result.changes.length) return result;

	// The same check as the build, on the content as it would be: only problems the import adds count.
	const before = new Set(validateContentTree(content, options).map(formatIssue));
	const after = validateContentTree(applyInMemory(content, locale, result.changes), options).map(
		formatIssue,
	);
	result.errors.push(...after.filter((m) => !before.has(m)));
	return result;
}

/** The content with the changes applied (a copy; the original is untouched). */
function applyInMemory(
	content: RawContent,
	locale: string,
	changes: readonly TextChange[],
): RawContent {
	const copy = structuredClone(content);
	for (const c of changes) {
		const file = slot(copy, c.file, locale);
		let node = (file.data ??= {}) as Record<string, unknown>;
		if (c.entry.kind === 'ui') {
			node[c.field] = c.after;
			continue;
		}
		for (const key of c.entry.path) node = (node[key] ??= {}) as Record<string, unknown>;
		setLeaf(node, c.field, c.after);
	}
	return copy;
}

/** The file object of `path` inside the content, created (empty) when the locale lacks it yet. */
function slot(content: RawContent, path: string, locale: string): SourceFile {
	const name = path.replace(/^.*\//, '').replace(/\.(ya?ml|json)$/, '');
	const lists: [RegExp, Map<string, SourceFile[]>][] = [
		[/\/playbook-texts\//, content.playbookTexts],
		[/\/phrase-texts\//, content.phraseTexts],
	];
	for (const [pattern, map] of lists) {
		if (!pattern.test(path)) continue;
		if (!map.has(locale)) map.set(locale, []);
		const files = map.get(locale)!;
		let file = files.find((f) => f.name === name);
		if (!file) files.push((file = { file: path, name, data: {} }));
		return file;
	}
	const singles: [RegExp, Map<string, SourceFile>][] = [
		[/\/escalation-texts\//, content.treeTexts],
		[/\/technique-texts\//, content.techniqueTexts],
		[/\/training-texts\//, content.trainingTexts],
		[/\/training-notes\//, content.trainingNotes],
		[/\/roleplay-texts\//, content.roleplayTexts],
		[/\/knowledge-check-texts\//, content.knowledgeCheckTexts],
		[/\/i18n\//, content.ui],
	];
	const map = singles.find(([pattern]) => pattern.test(path))![1];
	if (!map.has(name)) map.set(name, { file: path, name, data: {} });
	return map.get(name)!;
}

/** Writes the changed files: YAML through the `yaml` document model (comments, quoting and order kept). */
export function writeChanges(root: string, changes: readonly TextChange[]): string[] {
	const byFile = new Map<string, TextChange[]>();
	for (const c of changes) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
	for (const [path, list] of byFile) {
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		if (path.endsWith('.json')) {
			const data = existsSync(full)
				? (JSON.parse(readFileSync(full, 'utf8')) as Record<string, string>)
				: {};
			for (const c of list) data[c.field] = c.after;
			writeFileSync(full, `${JSON.stringify(data, null, '\t')}\n`);
			continue;
		}
		const text = existsSync(full) ? readFileSync(full, 'utf8') : '';
		const doc = text ? parseDocument(text) : new Document({});
		if (doc.contents === null || (doc.toJS() && typeof doc.toJS() !== 'object'))
			doc.contents = doc.createNode({}) as never;
		for (const c of list) {
			const at = [
				...c.entry.path,
				...c.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
			];
			// Create the containers on the way (a new entry, a new list) before setting the text.
			for (let i = 1; i < at.length; i++)
				if (!doc.hasIn(at.slice(0, i)))
					doc.setIn(at.slice(0, i), doc.createNode(typeof at[i] === 'number' ? [] : {}));
			doc.setIn(at, c.after);
			// A translation such as "no" or "2024-05-01" written plain would be refused by the content check's
			// YAML 1.1 rule (yaml-ambiguous.ts), and `setIn` keeps an existing plain node plain: quote it.
			const node = doc.getIn(at, true);
			if (isScalar(node) && node.type === 'PLAIN' && yaml11Reading(c.after))
				node.type = 'QUOTE_DOUBLE';
		}
		// The serialiser pads flow collections all one way; follow the file's own habit ("[a, b]" or "{ a: b }").
		writeFileSync(
			full,
			doc.toString({ lineWidth: 0, flowCollectionPadding: /[[{] \S/.test(text) }),
		);
	}
	return [...byFile.keys()];
}
