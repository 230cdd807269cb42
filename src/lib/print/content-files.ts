/**
 * Which units of content (src/lib/changes/units.ts) make up a page, from its route: the basis of "content
 * last changed" in every page's print frame.
 */
export function contentUnitsFor(route: string, allKeys: readonly string[]): string[] {
	const rest = route.replace(/^\/+/, '').split('/').filter(Boolean).slice(1);
	const [section, id] = rest;
	const kind = (k: string) => allKeys.filter((key) => key.startsWith(`${k}/`));
	switch (section) {
		case 'playbooks':
			return id ? [`playbook/${id}`] : kind('playbook');
		case 'techniques':
			// The page lists the playbooks' steps under each technique.
			return ['techniques', ...kind('playbook')];
		case 'phrases':
			return ['phrases'];
		case 'pocket-card':
			return ['pocket-card'];
		case 'escalation':
			return ['tree'];
		case 'training':
			return kind('module');
		default:
			return [];
	}
}
