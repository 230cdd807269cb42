/**
 * A language's name in the reader's language ("japonés" on the Spanish site), from the browser-grade data
 * in `Intl.DisplayNames`, so adding a locale never needs a new UI string in every other locale.
 * The name is the form used inside a sentence ("στα ρουμανικά", "на языке: румынский"): Intl gives
 * Greek names capitalised as stand-alone labels, but Greek writes language names in lowercase in running text.
 */
const lowercaseInRunningText = new Set(['el']);

export function languageName(readerLang: string, code: string): string {
	try {
		const name = new Intl.DisplayNames([readerLang], { type: 'language' }).of(code) ?? code;
		const base = readerLang.toLowerCase().split('-')[0] ?? '';
		return lowercaseInRunningText.has(base) ? name.toLocaleLowerCase(readerLang) : name;
	} catch {
		return code;
	}
}
