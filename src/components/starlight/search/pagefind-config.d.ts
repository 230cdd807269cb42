/** Starlight's `pagefind` option as its integration hands it to the browser (vite-virtual-modules.js). */
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}

/** Pagefind's default UI ships without types (Starlight imports it under `@ts-expect-error`). */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		/** Puts `term` in the search box and searches it. */
		triggerSearch(term: string): void;
	}
}
