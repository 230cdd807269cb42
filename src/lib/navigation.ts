/**
 * The sidebar, built per page from the locale's UI strings and playbook titles. Links are written without
 * the locale: Starlight prefixes the current locale (and the base path) itself.
 */
import type { UiKey } from './i18n/ui-strings.ts';

export interface SidebarPlaybook {
	id: string;
	title: string;
	/** Set when the title is shown in a fallback language: the link is tagged with it. */
	fallbackLang?: string;
}

type Translate = (key: UiKey) => string;

export function sidebarFor(t: Translate, playbooks: readonly SidebarPlaybook[]) {
	return [
		{ label: t('nav.home'), link: '/' },
		{ label: t('nav.phrases'), link: '/phrases/' },
		{ label: t('nav.escalation'), link: '/escalation/' },
		{
			label: t('nav.playbooks'),
			items: [
				{ label: t('playbooks.title'), link: '/playbooks/' },
				...playbooks.map((p) => ({
					label: p.title,
					link: `/playbooks/${p.id}/`,
					...(p.fallbackLang ? { attrs: { lang: p.fallbackLang } } : {}),
				})),
			],
		},
		{ label: t('nav.techniques'), link: '/techniques/' },
		{ label: t('nav.training'), link: '/training/' },
		{ label: t('nav.pocketCard'), link: '/pocket-card/' },
		{
			label: t('nav.translators'),
			items: [
				{ label: t('nav.translators'), link: '/translators/' },
				{ label: t('status.title'), link: '/translation-status/' },
				{ label: t('interfaceStrings.title'), link: '/interface-strings/' },
			],
		},
	];
}
