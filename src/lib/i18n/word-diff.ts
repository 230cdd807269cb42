/**
 * What changed in a source text, word by word (the `diff` library's word diff, which keeps punctuation and
 * handles non-Latin scripts; Japanese, written without spaces, is compared by Intl.Segmenter words).
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

export interface DiffPart {
	text: string;
	change: 'same' | 'added' | 'removed';
}

const noSpaces = /[\u3040-\u30ff\u3400-\u9fff]/;

export function wordDiff(before: string, after: string): DiffPart[] {
	const parts = noSpaces.test(before + after)
		? diffArrays(segments(before), segments(after)).map((p) => ({ ...p, value: p.value.join('') }))
		: diffWordsWithSpace(before, after);
	return parts.map((p) => ({
		text: p.value,
		change: p.added ? 'added' : p.removed ? 'removed' : 'same',
	}));
}

function segments(text: string): string[] {
	return [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].map((s) => s.segment);
}

/** For terminals and plain text: removed words in [-…-], added words in {+…+} (git's --word-diff style). */
export function diffText(parts: readonly DiffPart[]): string {
	return parts
		.map((p) =>
			p.change === 'added' ? `{+${p.text}+}` : p.change === 'removed' ? `[-${p.text}-]` : p.text,
		)
		.join('');
}
