/**
 * The site's own UI strings, on top of Starlight's. Flat dotted keys, one JSON file per locale in
 * `src/content/i18n/`. Plain keys are required in every locale; plural keys exist in the forms each language
 * needs (`_one`, `_few`, `_many`, `_other`), which the content check verifies with `Intl.PluralRules`.
 */
import { z } from 'astro/zod';
import { channels, intents, placeholderKeys, situations } from '../content/taxonomy.ts';

const staticKeys = [
	'nav.home',
	'nav.phrases',
	'nav.escalation',
	'nav.playbooks',
	'nav.techniques',
	'nav.translators',
	'root.choose',
	'root.suggested',
	'home.title',
	'home.lead',
	'home.agents.heading',
	'home.agents.text',
	'home.trainers.heading',
	'home.trainers.text',
	'home.localisers.heading',
	'home.localisers.text',
	'playbooks.title',
	'playbooks.lead',
	'playbook.source',
	'playbook.tips',
	'playbook.warnings',
	'playbook.techniques',
	'playbook.phrases',
	'playbook.openInFinder',
	'playbook.restored',
	'techniques.title',
	'techniques.lead',
	'translators.title',
	'translators.lead',
	'translators.where',
	'translators.rules',
	'translators.check',
	'translators.addLocale',
	'phrases.title',
	'phrases.lead',
	'phrases.searchLabel',
	'phrases.searchPlaceholder',
	'phrases.keyboardHelp',
	'phrases.filters',
	'phrases.filter.situation',
	'phrases.filter.intent',
	'phrases.filter.channel',
	'phrases.filterAll',
	'phrases.clearFilters',
	'phrases.noResults',
	'phrases.copy',
	'phrases.copied',
	'phrases.copyFailed',
	'phrases.favouriteAdd',
	'phrases.favouriteRemove',
	'phrases.favourites',
	'phrases.recent',
	'phrases.alsoLabel',
	'phrases.alsoNone',
	'phrases.avoidHeading',
	'phrases.avoidLead',
	'phrases.sayInstead',
	'phrases.whyNot',
	'phrases.fillIn',
	'phrases.fromPlaybooks',
	'phrases.channels',
	'phrases.link',
	'escalation.title',
	'escalation.lead',
	'escalation.back',
	'escalation.restart',
	'escalation.trail',
	'escalation.change',
	'escalation.actions',
	'escalation.say',
	'escalation.notify',
	'escalation.document',
	'escalation.steps',
	'escalation.outline',
	'escalation.outlineLead',
	'escalation.goTo',
	'escalation.startHere',
	'escalation.severity.urgent',
	'escalation.severity.escalate',
	'escalation.severity.resolve',
	...situations.map((s) => `tag.situation.${s}`),
	...intents.map((s) => `tag.intent.${s}`),
	...channels.map((s) => `tag.channel.${s}`),
	...placeholderKeys.map((k) => `placeholder.${k}`),
	'i18n.fallbackNotice',
	'notFound.title',
	'notFound.lead',
	'status.title',
	'status.lead',
	'status.locale',
	'status.kind.playbooks',
	'status.kind.phrases',
	'status.kind.escalation',
	'status.kind.techniques',
	'status.kind.training',
	'status.kind.ui',
	'status.total',
	'status.gaps',
	'status.missing',
	'status.outdated',
	'status.none',
	'status.howTo',
] as const;

/** Keys whose value depends on a count; each locale provides the plural forms of its language. */
export const pluralKeys = ['playbook.stepCount', 'techniques.stepCount', 'phrases.resultCount', 'phrases.count'] as const;

export type UiKey = (typeof staticKeys)[number];
export type PluralKey = (typeof pluralKeys)[number];

const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

// Every key is optional to Astro: a language being added starts empty and falls back. Completeness of the
// finished languages is checked by the content check (validate-ui.ts), which can name what is missing.
export const uiStringsSchema = z.object({
	...Object.fromEntries(staticKeys.map((k) => [k, z.string().optional()])),
	...Object.fromEntries(pluralKeys.flatMap((k) => pluralForms.map((f) => [`${k}_${f}`, z.string().optional()]))),
}) as z.ZodObject<Record<UiKey, z.ZodOptional<z.ZodString>> & Record<`${PluralKey}_${(typeof pluralForms)[number]}`, z.ZodOptional<z.ZodString>>>;

export const uiKeys: readonly string[] = staticKeys;
