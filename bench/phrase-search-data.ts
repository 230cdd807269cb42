/**
 * The finder's data as the page has it, read from the content folder: each locale's usable phrases with their
 * texts, keywords, tags, tag labels and agents' vocabulary, plus the benchmark's query set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { loadRawContent } from '../src/lib/content/load.ts';
import type { SearchablePhrase } from '../src/lib/phrases/search.ts';
import { fold } from '../src/lib/search/fold.ts';
import { loadVocabulary, phraseWords } from '../src/lib/search/vocabulary.ts';

export const locales = ['ro', 'ja', 'ru', 'es', 'el'] as const;
export type BenchLocale = (typeof locales)[number];
const root = resolve(import.meta.dirname, '..');

interface Structure {
	id: string;
	situations: string[];
	intents: string[];
	channels: string[];
	avoid?: boolean;
}

export interface LocaleData {
	phrases: SearchablePhrase[];
	tagLabels: Record<string, string>;
}

export function localeData(locale: string): LocaleData {
	const { content } = loadRawContent(root);
	const { vocabulary } = loadVocabulary(root, locales);
	const structure = content.phrases.flatMap((f) => f.data as Structure[]).filter((p) => !p.avoid);
	const texts = Object.assign(
		{},
		...(content.phraseTexts.get(locale) ?? []).map((f) => f.data),
	) as Record<string, { text: string; keywords?: string[] }>;
	const ui = (content.ui.get(locale)?.data ?? {}) as Record<string, string>;
	const tagLabels: Record<string, string> = {};
	for (const [key, value] of Object.entries(ui)) {
		const m = /^tag\.(?:situation|intent|channel)\.(.+)$/.exec(key);
		if (m) tagLabels[m[1]!] = value;
	}
	const phrases = structure.map((p) => ({
		id: p.id,
		text: texts[p.id]?.text ?? '',
		keywords: texts[p.id]?.keywords ?? [],
		tags: { situation: p.situations, intent: p.intents, channel: p.channels },
		vocabulary: phraseWords(p, vocabulary, locale).primary,
		related: phraseWords(p, vocabulary, locale).related,
	}));
	return { phrases, tagLabels };
}

export interface BenchQuery {
	query: string;
	target: string;
	expect: string[];
}

/** The query set; throws naming every query that is copied from a phrase's text or keywords. */
export function benchQueries(locale: string, phrases: readonly SearchablePhrase[]): BenchQuery[] {
	const file = parse(readFileSync(resolve(root, 'bench/phrase-search-queries.yaml'), 'utf8')) as {
		targets: Record<string, string[]>;
		queries: Record<string, [string, string][]>;
	};
	const copied: string[] = [];
	const sources = phrases.flatMap((p) => [p.text, ...p.keywords]).map(fold);
	const ids = new Set(phrases.map((p) => p.id));
	const out = (file.queries[locale] ?? []).map(([query, target]) => {
		const expect = file.targets[target];
		if (!expect)
			throw new Error(
				`bench/phrase-search-queries.yaml: query "${query}" (${locale}) names an unknown target "${target}".`,
			);
		const unknown = expect.filter((id) => !ids.has(id));
		if (unknown.length)
			throw new Error(
				`bench/phrase-search-queries.yaml: target "${target}" names unknown phrases: ${unknown.join(', ')}.`,
			);
		const folded = fold(query).trim();
		if (sources.some((s) => s.includes(folded))) copied.push(query);
		return { query, target, expect };
	});
	if (copied.length) {
		throw new Error(
			`bench/phrase-search-queries.yaml (${locale}): these queries are copied from a phrase's text or keywords; write what an agent would type instead:\n  ${copied.join('\n  ')}`,
		);
	}
	return out;
}
