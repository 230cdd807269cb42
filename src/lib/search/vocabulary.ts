/**
 * The agents' vocabulary: the words agents type for a concept (manager, refund, swearing…), per locale, in
 * `src/content/vocabulary/<locale>.yaml`, mapped to phrases through the language-neutral
 * `src/content/vocabulary/concepts.yaml`. The phrase finder indexes a phrase's vocabulary as a weighted field;
 * site search gets it as Pagefind metadata (searchable, never the excerpt). Read from disk at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
	fromZodIssues,
	byKey,
	suggest,
	type ContentIssue,
	type Locate,
} from '../content/issues.ts';
import { idSchema } from '../content/schemas.ts';
import { channels, intents, situations } from '../content/taxonomy.ts';

const strictList = <T extends z.ZodTypeAny>(item: T) => z.array(item).min(1).optional();

export const conceptSchema = z
	.object({
		concept: idSchema,
		situations: strictList(z.enum(situations)),
		intents: strictList(z.enum(intents)),
		channels: strictList(z.enum(channels)),
		phrases: strictList(idSchema),
		/** Playbook steps about the concept ("playbook/step"): site search gives them its words (step-records.ts). */
		steps: strictList(
			z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a step is "playbook-id/step-id"'),
		),
	})
	.strict()
	.refine((c) => c.situations || c.intents || c.channels || c.phrases, {
		message:
			'a concept needs at least one of situations, intents, channels or phrases, or it reaches no phrase.',
	});
export const conceptsSchema = z.array(conceptSchema);

/** A word agents type: trimmed, not empty, no commas (they separate Pagefind metadata) and short. */
const termSchema = z
	.string()
	.trim()
	.min(1, 'an empty word')
	.max(
		60,
		'a word longer than 60 characters: the vocabulary is for words and short expressions, not sentences',
	)
	.refine((t) => !/[,{}<>]/.test(t), 'a word may not contain , { } < or >');
export const localeVocabularySchema = z.record(
	idSchema,
	z.array(termSchema).min(1, 'list at least one word for the concept'),
);

export type Concept = z.infer<typeof conceptSchema>;
export type LocaleVocabulary = Record<string, string[]>;

export interface Vocabulary {
	concepts: Concept[];
	words: Map<string, LocaleVocabulary>;
}

export interface PhraseTags {
	id: string;
	situations: readonly string[];
	intents: readonly string[];
	channels?: readonly string[];
}

/** The concept ids that reach a phrase. */
export function conceptsOf(phrase: PhraseTags, concepts: readonly Concept[]): string[] {
	return concepts
		.filter(
			(c) =>
				c.phrases?.includes(phrase.id) ||
				(c.situations as readonly string[] | undefined)?.some((s) =>
					phrase.situations.includes(s),
				) ||
				(c.intents as readonly string[] | undefined)?.some((i) => phrase.intents.includes(i)) ||
				(c.channels as readonly string[] | undefined)?.some((ch) => phrase.channels?.includes(ch)),
		)
		.map((c) => c.concept);
}

/**
 * The concepts a phrase is mainly about: listed by id, or matching its first situation or first intent (the
 * phrase's main group). Its other concepts are related, and rank lower: an agent typing «insulta» wants the
 * phrases that set a boundary on insults before the manager hand-over that also mentions insults.
 */
export function primaryConceptsOf(phrase: PhraseTags, concepts: readonly Concept[]): string[] {
	const [situation] = phrase.situations;
	const [intent] = phrase.intents;
	return concepts
		.filter(
			(c) =>
				c.phrases?.includes(phrase.id) ||
				(situation && (c.situations as readonly string[] | undefined)?.includes(situation)) ||
				(intent && (c.intents as readonly string[] | undefined)?.includes(intent)) ||
				// A phrase written for one channel only (an e-mail opening) is mainly about that channel.
				(phrase.channels?.length === 1 &&
					(c.channels as readonly string[] | undefined)?.includes(phrase.channels[0]!)),
		)
		.map((c) => c.concept);
}

export interface PhraseWords {
	/** Words for the concepts the phrase is mainly about. */
	primary: string[];
	/** Words for its other concepts. */
	related: string[];
}

/** The words of a locale that reach a phrase, without duplicates, split by how central the concept is. */
export function phraseWords(
	phrase: PhraseTags,
	vocabulary: Vocabulary,
	locale: string,
): PhraseWords {
	const words = vocabulary.words.get(locale) ?? {};
	const primaryIds = primaryConceptsOf(phrase, vocabulary.concepts);
	const primary = [...new Set(primaryIds.flatMap((c) => words[c] ?? []))];
	const related = [
		...new Set(
			conceptsOf(phrase, vocabulary.concepts)
				.filter((c) => !primaryIds.includes(c))
				.flatMap((c) => words[c] ?? []),
		),
	].filter((w) => !primary.includes(w));
	return { primary, related };
}

/** Every word of a locale that reaches a phrase (site search does not rank by field, so one list). */
export function phraseVocabulary(
	phrase: PhraseTags,
	vocabulary: Vocabulary,
	locale: string,
): string[] {
	const { primary, related } = phraseWords(phrase, vocabulary, locale);
	return [...primary, ...related];
}

/** The words of a locale for the concepts that list a playbook step ("playbook/step") under `steps`. */
export function stepTopicWords(step: string, vocabulary: Vocabulary, locale: string): string[] {
	const words = vocabulary.words.get(locale) ?? {};
	return [
		...new Set(
			vocabulary.concepts
				.filter((c) => c.steps?.includes(step))
				.flatMap((c) => words[c.concept] ?? []),
		),
	];
}

/** Names a concept entry by its `concept` field in messages, like phrases are named by their id. */
const byConcept =
	(data: unknown): Locate =>
	(path) => {
		const index = path[0];
		const item =
			Array.isArray(data) && typeof index === 'number'
				? (data[index] as { concept?: unknown } | null)
				: undefined;
		const id = item && typeof item.concept === 'string' ? item.concept : undefined;
		return {
			entry: id ?? (typeof index === 'number' ? `item ${index + 1}` : undefined),
			fieldStart: 1,
		};
	};

const vocabularyDir = (root: string) => join(root, 'src', 'content', 'vocabulary');

/** Reads and checks the vocabulary. Problems name file, entry and field, like the rest of the content check. */
export function loadVocabulary(
	root: string,
	locales: readonly string[],
	phraseIds?: readonly string[],
	stepIds?: readonly string[],
): { vocabulary: Vocabulary; issues: ContentIssue[] } {
	const dir = vocabularyDir(root);
	const issues: ContentIssue[] = [];
	const vocabulary: Vocabulary = { concepts: [], words: new Map() };
	const read = (name: string): { file: string; data: unknown } | undefined => {
		const path = join(dir, name);
		const file = relative(root, path).split('\\').join('/');
		if (!existsSync(path)) {
			issues.push({
				file,
				message: `the file is missing. Every locale needs its agents' vocabulary (see docs/content-model.md).`,
			});
			return undefined;
		}
		try {
			return { file, data: parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) };
		} catch (error) {
			issues.push({ file, message: `the YAML does not parse (${String(error).split('\n')[0]}).` });
			return undefined;
		}
	};
	const conceptsFile = read('concepts.yaml');
	if (conceptsFile) {
		const parsed = conceptsSchema.safeParse(conceptsFile.data ?? []);
		if (!parsed.success)
			issues.push(...fromZodIssues(conceptsFile.file, parsed.error, byConcept(conceptsFile.data)));
		else vocabulary.concepts = parsed.data;
		const seen = new Set<string>();
		for (const c of vocabulary.concepts) {
			if (seen.has(c.concept))
				issues.push({
					file: conceptsFile.file,
					entry: c.concept,
					field: 'concept',
					message: `duplicate concept "${c.concept}".`,
				});
			seen.add(c.concept);
			c.phrases?.forEach((id, i) => {
				if (phraseIds && !phraseIds.includes(id))
					issues.push({
						file: conceptsFile.file,
						entry: c.concept,
						field: `phrases.${i}`,
						message: `there is no phrase "${id}".${suggest(id, phraseIds)}`,
					});
			});
			c.steps?.forEach((id, i) => {
				if (stepIds && !stepIds.includes(id))
					issues.push({
						file: conceptsFile.file,
						entry: c.concept,
						field: `steps.${i}`,
						message: `there is no playbook step "${id}".${suggest(id, stepIds)}`,
					});
			});
		}
	}
	const conceptIds = vocabulary.concepts.map((c) => c.concept);
	for (const locale of locales) {
		const source = read(`${locale}.yaml`);
		if (!source) continue;
		const parsed = localeVocabularySchema.safeParse(source.data ?? {});
		if (!parsed.success) {
			issues.push(...fromZodIssues(source.file, parsed.error, byKey(1)));
			continue;
		}
		for (const concept of Object.keys(parsed.data)) {
			if (conceptsFile && !conceptIds.includes(concept))
				issues.push({
					file: source.file,
					entry: concept,
					message: `there is no concept "${concept}" in src/content/vocabulary/concepts.yaml.${suggest(concept, conceptIds)}`,
				});
		}
		for (const concept of conceptIds) {
			if (!parsed.data[concept])
				issues.push({
					file: source.file,
					entry: concept,
					message: `the concept "${concept}" has no words in this locale. Add the words agents type for it.`,
				});
		}
		vocabulary.words.set(locale, parsed.data);
	}
	return { vocabulary, issues };
}

/**
 * The words site search should match on a page: the vocabulary of the given concepts plus the page's own
 * keywords, with their accent-less forms, deduplicated, as one Pagefind metadata value (no commas: Pagefind
 * separates metadata with them).
 */
export function pageWords(
	items: readonly { vocabulary: readonly string[]; keywords: readonly string[] }[],
	vocabulary: Vocabulary,
	locale: string,
	folded: (texts: readonly string[]) => string[] = () => [],
): string {
	const words = vocabulary.words.get(locale) ?? {};
	const all = new Set<string>();
	for (const item of items) {
		for (const c of item.vocabulary) for (const w of words[c] ?? []) all.add(w);
		for (const k of item.keywords) all.add(k);
	}
	return [...all, ...folded([...all])].join(' ').replace(/,/g, ' ');
}
