/**
 * A language's name in the reader's language ("japonés" on the Spanish site), from the browser-grade data
 * in `Intl.DisplayNames`, so adding a locale never needs a new UI string in every other locale.
 */
export function languageName(readerLang: string, code: string): string {
	try {
		return new Intl.DisplayNames([readerLang], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}
