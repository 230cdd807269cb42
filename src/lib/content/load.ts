/**
 * Reads the content folder from disk for the pre-build checks and the command-line tools. Each file is
 * decoded strictly as UTF-8 and parsed as YAML/JSON; failures become content issues, never exceptions,
 * so one broken file does not hide the problems in the others.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { ContentIssue } from './issues.ts';

export interface SourceFile {
	/** Path relative to the project root, for messages. */
	file: string;
	/** File name without extension: a playbook id, a phrase group, a locale. */
	name: string;
	data: unknown;
}

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
}

const dataFile = /\.(ya?ml|json)$/;

export function loadRawContent(root: string, contentDir = join(root, 'src', 'content')): {
	content: RawContent;
	issues: ContentIssue[];
} {
	const issues: ContentIssue[] = [];
	const read = (path: string): SourceFile | undefined => {
		const file = relative(root, path).split('\\').join('/');
		const name = basename(path).replace(dataFile, '');
		let source: string;
		try {
			source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
		} catch {
			issues.push({
				file,
				message:
					'the file is not valid UTF-8. Re-save it with the encoding "UTF-8" (without BOM) in your editor.',
			});
			return undefined;
		}
		try {
			const data = path.endsWith('.json') ? JSON.parse(source) : parse(source.replace(/^\uFEFF/, ''));
			return { file, name, data };
		} catch (error) {
			issues.push({ file, message: parseMessage(error) });
			return undefined;
		}
	};
	const filesIn = (dir: string): SourceFile[] =>
		existsSync(dir)
			? readdirSync(dir)
					.filter((f) => dataFile.test(f) && !f.startsWith('_'))
					.sort()
					.map((f) => read(join(dir, f)))
					.filter((f): f is SourceFile => f !== undefined)
			: [];
	const perLocale = (dir: string): Map<string, SourceFile[]> => {
		const map = new Map<string, SourceFile[]>();
		if (!existsSync(dir)) return map;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) map.set(entry.name, filesIn(join(dir, entry.name)));
		}
		return map;
	};
	const byName = (files: SourceFile[]) => new Map(files.map((f) => [f.name, f]));
	const single = (path: string) => (existsSync(path) ? read(path) : undefined);

	const content: RawContent = {
		playbooks: filesIn(join(contentDir, 'playbooks')),
		playbookTexts: perLocale(join(contentDir, 'playbook-texts')),
		techniques: single(join(contentDir, 'techniques.yaml')),
		techniqueTexts: byName(filesIn(join(contentDir, 'technique-texts'))),
		phrases: filesIn(join(contentDir, 'phrases')),
		phraseTexts: perLocale(join(contentDir, 'phrase-texts')),
		tree: single(join(contentDir, 'escalation', 'tree.yaml')),
		treeTexts: byName(filesIn(join(contentDir, 'escalation-texts'))),
		ui: byName(filesIn(join(contentDir, 'i18n'))),
		training: single(join(contentDir, 'training', 'modules.yaml')),
		pocketCard: single(join(contentDir, 'pocket-card.yaml')),
		trainingTexts: byName(filesIn(join(contentDir, 'training-texts'))),
		trainingNotes: byName(filesIn(join(contentDir, 'training-notes'))),
		roleplays: single(join(contentDir, 'training', 'roleplays.yaml')),
		roleplayTexts: byName(filesIn(join(contentDir, 'roleplay-texts'))),
		knowledgeChecks: single(join(contentDir, 'training', 'knowledge-checks.yaml')),
		knowledgeCheckTexts: byName(filesIn(join(contentDir, 'knowledge-check-texts'))),
		records: byName(filesIn(join(contentDir, 'translation-records'))),
	};
	return { content, issues };
}

function parseMessage(error: unknown): string {
	if (error instanceof YAMLParseError) {
		const pos = error.linePos?.[0];
		const at = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
		const firstLine = error.message.split('\n')[0];
		return `the YAML does not parse${at} (${firstLine}). Check the indentation and quote text that contains ": " or starts with a special character.`;
	}
	if (error instanceof SyntaxError) return `the JSON does not parse (${error.message}).`;
	return `the file could not be read (${String(error)}).`;
}
