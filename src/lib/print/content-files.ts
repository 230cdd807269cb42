/**
 * Which content files make up a page, from its route: the basis of "content last changed" on every page
 * and of the "what changed" list. Paths are relative to the project root.
 */
export function contentFilesFor(route: string, locale: string): string[] {
	const c = 'src/content';
	const rest = route.replace(/^\/+/, '').split('/').filter(Boolean).slice(1);
	const [section, id] = rest;
	switch (section) {
		case 'playbooks':
			return id
				? [`${c}/playbooks/${id}.yaml`, `${c}/playbook-texts/${locale}/${id}.yaml`]
				: [`${c}/playbooks`, `${c}/playbook-texts/${locale}`];
		case 'techniques':
			return [
				`${c}/techniques.yaml`,
				`${c}/technique-texts/${locale}.yaml`,
				`${c}/playbooks`,
				`${c}/playbook-texts/${locale}`,
			];
		case 'phrases':
			return [`${c}/phrases`, `${c}/phrase-texts/${locale}`];
		case 'pocket-card':
			return [`${c}/pocket-card.yaml`, `${c}/phrases`, `${c}/phrase-texts/${locale}`];
		case 'escalation':
			return [`${c}/escalation`, `${c}/escalation-texts/${locale}.yaml`];
		case 'training':
			return [
				`${c}/training`,
				`${c}/training-texts/${locale}.yaml`,
				`${c}/training-notes/${locale}.yaml`,
			];
		default:
			return [];
	}
}
