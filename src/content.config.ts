/**
 * The content model. Each collection's schema lives in `src/lib/content/schemas.ts`, shared with the
 * pre-build check (`src/integrations/content-check.ts`), which also checks what a schema cannot: that
 * every locale has every entry, that references point somewhere, that the escalation tree is sound.
 */
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
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
import { uiStringsSchema } from './lib/i18n/ui-strings';
import { trainingNotesSchema } from './lib/training/activities';
import { roleplaysSchema, roleplayTextsSchema } from './lib/training/roleplays';
import { knowledgeChecksSchema, knowledgeCheckTextsSchema } from './lib/training/knowledge-checks';

const yaml = (base: string, pattern = '**/*.yaml') => glob({ pattern, base: `./src/content/${base}` });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	playbooks: defineCollection({ loader: yaml('playbooks', '*.yaml'), schema: playbookSchema }),
	playbookTexts: defineCollection({ loader: yaml('playbook-texts', '*/*.yaml'), schema: playbookTextsSchema }),
	techniques: defineCollection({ loader: glob({ pattern: 'techniques.yaml', base: './src/content' }), schema: techniquesSchema }),
	techniqueTexts: defineCollection({ loader: yaml('technique-texts', '*.yaml'), schema: techniqueTextsSchema }),
	phrases: defineCollection({ loader: yaml('phrases', '*.yaml'), schema: phraseGroupSchema }),
	phraseTexts: defineCollection({ loader: yaml('phrase-texts', '*/*.yaml'), schema: phraseTextsSchema }),
	escalation: defineCollection({ loader: yaml('escalation', 'tree.yaml'), schema: treeSchema }),
	escalationTexts: defineCollection({ loader: yaml('escalation-texts', '*.yaml'), schema: treeTextsSchema }),
	pocketCard: defineCollection({ loader: glob({ pattern: 'pocket-card.yaml', base: './src/content' }), schema: techniquesSchema }),
	training: defineCollection({ loader: yaml('training', 'modules.yaml'), schema: trainingSchema }),
	trainingTexts: defineCollection({ loader: yaml('training-texts', '*.yaml'), schema: trainingTextsSchema }),
	trainingNotes: defineCollection({ loader: yaml('training-notes', '*.yaml'), schema: trainingNotesSchema }),
	roleplays: defineCollection({ loader: yaml('training', 'roleplays.yaml'), schema: roleplaysSchema }),
	roleplayTexts: defineCollection({ loader: yaml('roleplay-texts', '*.yaml'), schema: roleplayTextsSchema }),
	knowledgeChecks: defineCollection({ loader: yaml('training', 'knowledge-checks.yaml'), schema: knowledgeChecksSchema }),
	knowledgeCheckTexts: defineCollection({ loader: yaml('knowledge-check-texts', '*.yaml'), schema: knowledgeCheckTextsSchema }),
};
