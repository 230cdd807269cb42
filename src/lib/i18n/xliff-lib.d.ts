// The `xliff` package ships no type declarations; these cover the functions we use.
declare module 'xliff' {
	export const ElementTypes: Record<'Standalone' | 'GenericSpan' | 'Span', string>;
	export function makeInlineElement(
		type: string,
		attributes: Record<string, string>,
		contents?: unknown,
	): Record<string, unknown>;
	export function jsToXliff12(js: object, options?: object): Promise<string>;
	export function xliff12ToJs(xml: string, options?: object): Promise<unknown>;
}
