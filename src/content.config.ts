/**
 * The content model. Each collection's schema lives in `src/lib/content/schemas.ts`, shared with the
 * pre-build check (`src/integrations/content-check.ts`), which also checks what a schema cannot: that
 * every locale has every entry, that references point somewhere, that the escalation tree is sound.
 */
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { byLocale, byLocaleAndName, contentLoader, noDocsLoader } from './lib/content/loader';
import {
	phraseGroupSchema,
	phraseTextsSchema,
	playbookSchema,
	playbookTextsSchema,
	techniquesSchema,
	techniqueTextsSchema,
	trainingSchema,
	trainingTextsSchema,
	treeSchema,
	treeTextsSchema,
} from './lib/content/schemas';
import { glossarySchema } from './lib/i18n/glossary';
import { translationRecordsSchema } from './lib/i18n/records';
import { uiStringsSchema } from './lib/i18n/ui-strings';
import { trainingNotesSchema } from './lib/training/activities';
import { roleplaysSchema, roleplayTextsSchema } from './lib/training/roleplays';
import { knowledgeChecksSchema, knowledgeCheckTextsSchema } from './lib/training/knowledge-checks';

// Every collection is read by the project's own reader (src/lib/content/load.ts), the one the content
// check uses: the site shows exactly what was checked, and files the reader does not know fail the check.
export const collections = {
	docs: defineCollection({ loader: noDocsLoader(), schema: docsSchema() }),
	i18n: defineCollection({
		loader: contentLoader('ui', byLocale),
		schema: i18nSchema({ extend: uiStringsSchema }),
	}),
	playbooks: defineCollection({ loader: contentLoader('playbooks'), schema: playbookSchema }),
	playbookTexts: defineCollection({
		loader: contentLoader('playbookTexts', byLocaleAndName),
		schema: playbookTextsSchema,
	}),
	techniques: defineCollection({ loader: contentLoader('techniques'), schema: techniquesSchema }),
	techniqueTexts: defineCollection({
		loader: contentLoader('techniqueTexts', byLocale),
		schema: techniqueTextsSchema,
	}),
	phrases: defineCollection({ loader: contentLoader('phrases'), schema: phraseGroupSchema }),
	phraseTexts: defineCollection({
		loader: contentLoader('phraseTexts', byLocaleAndName),
		schema: phraseTextsSchema,
	}),
	escalation: defineCollection({ loader: contentLoader('tree'), schema: treeSchema }),
	escalationTexts: defineCollection({
		loader: contentLoader('treeTexts', byLocale),
		schema: treeTextsSchema,
	}),
	pocketCard: defineCollection({ loader: contentLoader('pocketCard'), schema: techniquesSchema }),
	training: defineCollection({ loader: contentLoader('training'), schema: trainingSchema }),
	trainingTexts: defineCollection({
		loader: contentLoader('trainingTexts', byLocale),
		schema: trainingTextsSchema,
	}),
	glossary: defineCollection({
		loader: contentLoader('glossary', byLocale),
		schema: glossarySchema,
	}),
	translationRecords: defineCollection({
		loader: contentLoader('records', byLocale),
		schema: translationRecordsSchema,
	}),
	trainingNotes: defineCollection({
		loader: contentLoader('trainingNotes', byLocale),
		schema: trainingNotesSchema,
	}),
	roleplays: defineCollection({ loader: contentLoader('roleplays'), schema: roleplaysSchema }),
	roleplayTexts: defineCollection({
		loader: contentLoader('roleplayTexts', byLocale),
		schema: roleplayTextsSchema,
	}),
	knowledgeChecks: defineCollection({
		loader: contentLoader('knowledgeChecks'),
		schema: knowledgeChecksSchema,
	}),
	knowledgeCheckTexts: defineCollection({
		loader: contentLoader('knowledgeCheckTexts', byLocale),
		schema: knowledgeCheckTextsSchema,
	}),
};
