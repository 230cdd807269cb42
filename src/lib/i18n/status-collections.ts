/**
 * The translation dashboard's view of the content, read through Astro's content collections at render
 * time (the same data the pages show, rebuilt by `astro dev` on every save) and shaped like the files the
 * command line reads, so both compute the status with the same code (status.ts).
 */
import { getCollection, type CollectionKey } from 'astro:content';
import type { RawContent, SourceFile } from '../content/load.ts';

type Any = { id: string; data: unknown; filePath?: string };

async function files(
	collection: CollectionKey,
	dir: string,
	ext = 'yaml',
): Promise<(SourceFile & { id: string })[]> {
	return ((await getCollection(collection)) as Any[])
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((e) => ({
			id: e.id,
			file: e.filePath ?? `src/content/${dir}/${e.id}.${ext}`,
			name: e.id.split('/').pop()!,
			data: e.data,
		}));
}

const perLocale = (list: (SourceFile & { id: string })[]) => {
	const map = new Map<string, SourceFile[]>();
	for (const f of list) {
		const locale = f.id.split('/')[0]!;
		map.set(locale, [...(map.get(locale) ?? []), f]);
	}
	return map;
};
const byName = (list: SourceFile[]) => new Map(list.map((f) => [f.name, f]));

export async function contentFromCollections(): Promise<RawContent> {
	return {
		playbooks: await files('playbooks', 'playbooks'),
		playbookTexts: perLocale(await files('playbookTexts', 'playbook-texts')),
		techniques: (await files('techniques', ''))[0],
		techniqueTexts: byName(await files('techniqueTexts', 'technique-texts')),
		phrases: await files('phrases', 'phrases'),
		phraseTexts: perLocale(await files('phraseTexts', 'phrase-texts')),
		tree: (await files('escalation', 'escalation'))[0],
		treeTexts: byName(await files('escalationTexts', 'escalation-texts')),
		ui: byName(await files('i18n', 'i18n', 'json')),
		training: (await files('training', 'training'))[0],
		trainingTexts: byName(await files('trainingTexts', 'training-texts')),
		records: byName(await files('translationRecords', 'translation-records', 'json')),
		glossary: byName(await files('glossary', 'glossary')),
		trainingNotes: byName(await files('trainingNotes', 'training-notes')),
		roleplays: (await files('roleplays', 'training'))[0],
		roleplayTexts: byName(await files('roleplayTexts', 'roleplay-texts')),
		knowledgeChecks: (await files('knowledgeChecks', 'training'))[0],
		knowledgeCheckTexts: byName(await files('knowledgeCheckTexts', 'knowledge-check-texts')),
		// Collections hold only files that parsed; the build's content check has already reported the rest.
		byKind: new Map(),
		broken: new Set(),
	};
}
