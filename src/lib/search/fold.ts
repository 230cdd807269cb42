/**
 * Search folding: the forms agents type when they skip diacritics or write kana in another width.
 * Used by the phrase finder on both sides of a match, and at build time to give Pagefind the unaccented
 * forms of a playbook page's words.
 */

/** Lowercases and removes what agents commonly leave out: accents, ș/ş and ț/ţ cedillas, Greek tonos, ё. */
export function fold(text: string): string {
	return (
		text
			// Full-width ASCII and half-width katakana become their usual forms (NFKC), then accents split off (NFD).
			.normalize('NFKC')
			.toLowerCase()
			.replace(/ё/g, 'е')
			.normalize('NFD')
			// Combining marks, except the Japanese voiced marks (゛゜ as U+3099/U+309A): が is not か.
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/ς/g, 'σ')
			.normalize('NFC')
			// Katakana to hiragana, so ｸﾚｰﾑ, クレーム and くれーむ meet.
			.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
	);
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The distinct words of a text whose folded form differs from how they are written. */
export function foldedVariants(texts: readonly string[]): string[] {
	const out = new Set<string>();
	for (const text of texts) {
		for (const [word] of text.matchAll(wordPattern)) {
			const folded = fold(word);
			if (folded !== word.toLowerCase() && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(word))
				out.add(folded);
		}
	}
	return [...out];
}
