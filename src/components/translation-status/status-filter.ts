/** Which gaps a set of filters shows. Pure, so it is unit-tested without a browser. */
export interface GapFacets {
	locale: string;
	kind: string;
	state: string;
}

/** An empty filter value means "all". */
export function matches(gap: GapFacets, filters: Partial<GapFacets>): boolean {
	return (['locale', 'kind', 'state'] as const).every((f) => !filters[f] || filters[f] === gap[f]);
}
