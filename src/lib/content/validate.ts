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
import { checkUiStrings } from './validate-ui.ts';
import { loadVocabulary } from '../search/vocabulary.ts';

export interface ValidateOptions {
	locales?: readonly string[];
	sourceLocale?: string;
	/** Locales being added: their missing entries fall back instead of failing. */
	partial?: readonly string[];
	contentDir?: string;
}

export function validateContentTree(content: RawContent, options: ValidateOptions = {}): ContentIssue[] {
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
	const pocket = card ? unknownRefs(card.file, 'pocket card', 'phrases', (Array.isArray(card.data) ? card.data : []).map(String), ids, noPhrase) : [];
	return [...playbooks.issues, ...phrases.issues, ...tree.issues, ...training, ...pocket, ...ui];
}

/** The agents' vocabulary (src/content/vocabulary/), checked against the phrases it maps to. */
function checkVocabulary(root: string, content: RawContent, options: ValidateOptions): ContentIssue[] {
	const ids = content.phrases.flatMap((f) => (Array.isArray(f.data) ? f.data.map((p: { id?: unknown }) => String(p?.id)) : []));
	return loadVocabulary(root, options.locales ?? siteLocales.map((l) => l.code), ids).issues;
}

export function validateContent(root: string, options: ValidateOptions = {}): ContentIssue[] {
	const { content, issues } = loadRawContent(root, options.contentDir);
	return [...issues, ...validateContentTree(content, options), ...(options.contentDir ? [] : checkVocabulary(root, content, options))];
}
