/**
 * `npm run bench`: times the phrase finder's filter-and-rank function per keystroke, over the real phrase
 * collection and over 10,000 synthetic phrases, and prints the median and p95. Goal: p95 < 2 ms at 10,000.
 */
import { performance } from 'node:perf_hooks';
import { loadRawContent } from '../src/lib/content/load.ts';
import { buildIndex, search, type SearchablePhrase } from '../src/lib/phrases/search.ts';

const locales = ['ro', 'ja', 'ru', 'es', 'el'] as const;
const queries: Record<(typeof locales)[number], string[]> = {
	ro: ['inteleg de ce', 'scuze pentru', 'manager', 'comanda'],
	ja: ['ご不便', 'お詫び', '責任者', 'クレーム'],
	ru: ['понимаю почему', 'извините', 'руководитель', 'заказ'],
	es: ['entiendo por que', 'disculpe las molestias', 'supervisor', 'pedido'],
	el: ['καταλαβαινω γιατι', 'συγγνωμη', 'προισταμενος', 'παραγγελια'],
};

function realPhrases(locale: string): SearchablePhrase[] {
	const { content } = loadRawContent(process.cwd());
	const structure = content.phrases.flatMap((f) => f.data as { id: string; situations: string[]; intents: string[]; channels: string[] }[]);
	const texts = Object.assign({}, ...(content.phraseTexts.get(locale) ?? []).map((f) => f.data)) as Record<string, { text: string; keywords?: string[] }>;
	return structure.map((p) => ({ id: p.id, text: texts[p.id]?.text ?? '', keywords: texts[p.id]?.keywords ?? [], tags: { situation: p.situations, intent: p.intents, channel: p.channels } }));
}

function synthetic(base: SearchablePhrase[], count: number): SearchablePhrase[] {
	return Array.from({ length: count }, (_, i) => {
		const p = base[i % base.length]!;
		const words = p.text.split(' ');
		// Rotate words so the synthetic texts differ from each other but keep the language's real letters.
		const shift = i % Math.max(1, words.length);
		return { ...p, id: `${p.id}-${i}`, text: [...words.slice(shift), ...words.slice(0, shift)].join(' ') };
	});
}

/** Every prefix of every query is one keystroke. */
function keystrokes(list: string[]): string[] {
	return list.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
}

function measure(phrases: SearchablePhrase[], strokes: string[], rounds = 20) {
	const index = buildIndex(phrases);
	const times: number[] = [];
	for (let r = 0; r < rounds; r++) {
		for (const q of strokes) {
			const t0 = performance.now();
			search(index, q, r % 4 === 0 ? { channel: 'phone' } : {});
			times.push(performance.now() - t0);
		}
	}
	times.sort((a, b) => a - b);
	const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
	return { median: at(0.5), p95: at(0.95), samples: times.length };
}

console.log('Phrase finder: filter and rank per keystroke (ms)');
console.log('locale  phrases  median   p95      samples');
let worst = 0;
for (const locale of locales) {
	const real = realPhrases(locale);
	const strokes = keystrokes(queries[locale]);
	for (const set of [real, synthetic(real, 10_000)]) {
		const { median, p95, samples } = measure(set, strokes);
		if (set.length >= 10_000) worst = Math.max(worst, p95);
		console.log(`${locale.padEnd(8)}${String(set.length).padEnd(9)}${median.toFixed(3).padEnd(9)}${p95.toFixed(3).padEnd(9)}${samples}`);
	}
}
console.log(`\nWorst p95 at 10,000 phrases: ${worst.toFixed(3)} ms (goal: < 2 ms) — ${worst < 2 ? 'met' : 'NOT met'}`);
