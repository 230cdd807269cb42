/**
 * The whole pre-build content check. Runs every checker and returns all problems at once, so a localiser
 * fixes a batch per build rather than one error per build.
 */
import { langOf, locales as siteLocales, partialLocales, sourceLocale } from '../i18n/locales.ts';
import { noPhrase, unknownRefs, type ContentIssue } from './issues.ts';
import { loadRawContent, type RawContent } from './load.ts';
import { checkPhrases } from './validate-phrases.ts';
import { checkPlaybooks } from './validate-playbooks.ts';
import { checkTraining } from './validate-training.ts';
import { checkTree } from './validate-tree.ts';
import { checkText } from './validate-text.ts';
import { checkOrganisationFile, checkOrganisationTokens } from '../organisation/check.ts';
import { checkUiStrings } from './validate-ui.ts';
import {
	phraseGroupSchema,
	playbookSchema,
	techniquesSchema,
	trainingSchema,
	treeSchema,
} from './schemas.ts';
import { checkGlossaryFiles } from '../i18n/glossary.ts';
import { loadVocabulary } from '../search/vocabulary.ts';

export interface ValidateOptions {
	locales?: readonly string[];
	sourceLocale?: string;
	/** Locales being added: their missing entries fall back instead of failing. */
	partial?: readonly string[];
	contentDir?: string;
}

export function validateContentTree(
	content: RawContent,
	options: ValidateOptions = {},
): ContentIssue[] {
	const locales = options.locales ?? siteLocales.map((l) => l.code);
	const source = options.sourceLocale ?? sourceLocale;
	const partial = options.partial ?? (options.locales ? [] : partialLocales);
	const required = (locale: string) => !partial.includes(locale);
	const playbooks = checkPlaybooks(content, locales, required);
	const phrases = checkPhrases(content, locales, source, playbooks.stepRefs, required);
	const ids = phrases.phrases.map((p) => p.id);
	const tree = checkTree(content, locales, ids, playbooks.stepRefs, required);
	const ui = checkUiStrings(content, locales, source, langOf, required);
	const training = checkTraining(content, locales, ids, playbooks.stepRefs, required);
	const card = content.pocketCard;
	const pocket = card
		? unknownRefs(
				card.file,
				'pocket card',
				'phrases',
				(Array.isArray(card.data) ? card.data : []).map(String),
				ids,
				noPhrase,
			)
		: [];
	const all = [
		...playbooks.issues,
		...phrases.issues,
		...tree.issues,
		...training,
		...pocket,
		...ui,
		...checkText(content),
		...checkOrganisationTokens(content),
		...checkGlossaryFiles(content),
	];
	return withCauses(all, content);
}

/**
 * Marks follow-on problems. A file that does not parse is its own root cause: nothing else is said about it
 * ("missing" would be wrong). A structure file that fails its schema makes every reference to its ids
 * ("there is no phrase …") a consequence of that one error, reported as a count after it.
 */
function withCauses(issues: ContentIssue[], content: RawContent): ContentIssue[] {
	const bare = (file: string) => file.replace(/^.*?src\/content\//, '').replace(/^\/+/, '');
	const broken = new Set([...content.broken].map(bare));
	const invalid = new Map<string, string>();
	const rootFiles = new Set(issues.filter((i) => !i.ref).map((i) => i.file));
	const taint = (file: string | undefined, ids: string[]) => {
		if (file && rootFiles.has(file))
			for (const id of ids) if (!invalid.has(id)) invalid.set(id, file);
	};
	const raw = (data: unknown): Record<string, unknown>[] =>
		Array.isArray(data) ? data.filter((d) => d && typeof d === 'object') : [];
	const ids = (list: Record<string, unknown>[]) =>
		list.map((x) => x.id).filter((x): x is string => typeof x === 'string');
	for (const f of content.phrases)
		if (!phraseGroupSchema.safeParse(f.data).success) taint(f.file, ids(raw(f.data)));
	for (const f of content.playbooks) {
		if (playbookSchema.safeParse(f.data).success) continue;
		const sections = raw((f.data as { sections?: unknown } | null)?.sections);
		const steps = sections.flatMap((s) => ids(raw(s.steps)));
		taint(f.file, [...steps.map((s) => `${f.name}/${s}`), ...steps, ...ids(sections)]);
	}
	if (content.techniques && !techniquesSchema.safeParse(content.techniques.data).success) {
		taint(
			content.techniques.file,
			(Array.isArray(content.techniques.data) ? content.techniques.data : []).map(String),
		);
	}
	if (content.tree && !treeSchema.safeParse(content.tree.data).success)
		taint(content.tree.file, ids(raw((content.tree.data as { nodes?: unknown } | null)?.nodes)));
	if (content.training && !trainingSchema.safeParse(content.training.data).success)
		taint(content.training.file, ids(raw(content.training.data)));
	return issues
		.filter((i) => !broken.has(bare(i.file)))
		.map((i) => {
			const cause = i.ref ? invalid.get(i.ref) : undefined;
			return cause && cause !== i.file ? { ...i, cause } : i;
		});
}

/** The agents' vocabulary (src/content/vocabulary/), checked against the phrases and playbook steps it maps to. */
function checkVocabulary(
	root: string,
	content: RawContent,
	options: ValidateOptions,
): ContentIssue[] {
	const ids = content.phrases.flatMap((f) =>
		Array.isArray(f.data) ? f.data.map((p: { id?: unknown }) => String(p?.id)) : [],
	);
	const locales = options.locales ?? siteLocales.map((l) => l.code);
	const partial = new Set(options.partial ?? (options.locales ? [] : partialLocales));
	// A language being added may not have its vocabulary yet: its search then works on the phrases alone.
	const missingAllowed = (issue: ContentIssue) =>
		[...partial].some((l) => issue.file.endsWith(`/vocabulary/${l}.yaml`)) &&
		/file is missing/.test(issue.message);
	const steps = content.playbooks.flatMap((f) => {
		const data = f.data as { id?: unknown; sections?: { steps?: { id?: unknown }[] }[] } | null;
		return (Array.isArray(data?.sections) ? data.sections : []).flatMap((s) =>
			(Array.isArray(s?.steps) ? s.steps : []).map((st) => `${String(data?.id)}/${String(st?.id)}`),
		);
	});
	return loadVocabulary(root, locales, ids, steps).issues.filter((i) => !missingAllowed(i));
}

export function validateContent(root: string, options: ValidateOptions = {}): ContentIssue[] {
	const { content, issues } = loadRawContent(root, options.contentDir, {
		locales: options.locales,
	});
	const locales = options.locales ?? siteLocales.map((l) => l.code);
	const partial = options.partial ?? (options.locales ? [] : partialLocales);
	const organisation = options.contentDir
		? []
		: checkOrganisationFile(root, locales, undefined, (l) => !partial.includes(l));
	return [
		...issues,
		...validateContentTree(content, options),
		...organisation,
		...(options.contentDir ? [] : checkVocabulary(root, content, options)),
	];
}
