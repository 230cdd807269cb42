/**
 * A small `<phrase-finder>` in the markup PhraseFinder.astro and PhraseItem.astro render: five Spanish phrases
 * (one with a blank), their filters, the agents' vocabulary, and the same phrases in Romanian as the
 * customer's language (served by a stand-in for `phrases-data/ro.json` whose answer the test can hold back,
 * like a slow connection). The real page is tests/e2e/phrases*.spec.ts.
 */
import { vi } from 'vitest';

interface Phrase {
	id: string;
	text: string;
	ro: string;
	situation: string;
	intent: string;
	channel: string;
	keywords?: string;
	concepts?: string;
}

export const phrases: Phrase[] = [
	{
		id: 'understand',
		text: 'Entiendo que esté molesto; vamos a solucionarlo juntos.',
		ro: 'Înțeleg că sunteți supărat; o să rezolvăm împreună.',
		situation: 'angry',
		intent: 'empathise',
		channel: 'phone chat',
	},
	{
		id: 'stop-insults',
		text: 'Le pido que deje de insultarme.',
		ro: 'Vă rog să nu mă mai insultați.',
		situation: 'insulting',
		intent: 'set-boundary',
		channel: 'phone',
	},
	{
		id: 'supervisor',
		text: 'Voy a pasarle con mi supervisora.',
		ro: 'Vă transfer la supervizoarea mea.',
		situation: 'asks-for-manager',
		intent: 'escalate',
		channel: 'phone chat',
		concepts: 'manager',
	},
	{
		id: 'call-back',
		text: 'Le llamo mañana a las {time}.',
		ro: 'Vă sun mâine la ora {time}.',
		situation: 'asks-for-manager',
		intent: 'follow-up',
		channel: 'phone',
	},
	{
		id: 'solve-today',
		text: 'Vamos a solucionarlo hoy mismo.',
		ro: 'O să rezolvăm astăzi.',
		situation: 'angry',
		intent: 'explain',
		channel: 'chat email',
		keywords: 'resolver',
	},
];

export const textOf = (id: string) => phrases.find((p) => p.id === id)!.text;
/** A result's accessible name: its phrase first (then its tags). */
export const named = (id: string) =>
	new RegExp(`^${textOf(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const labels: Record<string, Record<string, string>> = {
	situation: {
		angry: 'Enfadado',
		insulting: 'Insulta',
		'asks-for-manager': 'Pide un responsable',
	},
	intent: {
		empathise: 'Empatizar',
		'set-boundary': 'Poner límites',
		escalate: 'Escalar',
		'follow-up': 'Seguimiento',
		explain: 'Explicar',
	},
	channel: { phone: 'Teléfono', chat: 'Chat', email: 'Correo' },
};

const strings = {
	copy: 'Copiar',
	copied: 'Copiada',
	copyFailed: 'No se ha podido copiar.',
	favouriteAdd: 'Añadir a favoritas',
	favouriteRemove: 'Quitar de favoritas',
	fillIn: 'Rellene antes de copiar',
	link: 'Enlace a esta frase',
	favourites: 'Favoritas',
	recent: 'Copiadas recientemente',
	copyLink: 'Copiar enlace',
	linkCopied: 'Enlace copiado',
	noResults: 'Ninguna frase coincide.',
	listSeparator: ', ',
	labelValue: '{{label}}: {{value}}',
	filterCount: '{{label}} ({{count}})',
	partialMatches: 'Estas son las más cercanas:',
	suggestions: 'Busque por situación o intención:',
};

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const kindLabels: Record<string, string> = {
	situation: 'Situación',
	intent: 'Intención',
	channel: 'Canal',
};
const select = (kind: string) => `
	<label class="finder-filter"><span>${kindLabels[kind]}</span>
		<select data-filter="${kind}"><option value="">Todas</option>
			${Object.entries(labels[kind]!)
				.map(([v, label]) => `<option value="${v}" data-label="${label}">${label}</option>`)
				.join('')}
		</select>
	</label>`;
const item = (p: Phrase) => `
	<li class="phrase" id="${p.id}" data-phrase-id="${p.id}" data-text="${attr(p.text)}"
		data-situation="${p.situation}" data-intent="${p.intent}" data-channel="${p.channel}"
		data-keywords="${p.keywords ?? ''}" data-concepts="${p.concepts ?? ''}" data-related-concepts="">
		<p class="phrase-body">${p.text}</p>
	</li>`;

/** The server-rendered markup, not yet upgraded (the element module may or may not be loaded). */
export function markup(): HTMLElement {
	const finder = document.createElement('phrase-finder');
	Object.assign(finder.dataset, {
		lang: 'es',
		strings: JSON.stringify(strings),
		resultCount: JSON.stringify({ one: '{{count}} frase', other: '{{count}} frases' }),
		placeholderLabels: JSON.stringify({ time: 'Hora' }),
		dataUrl: '/phrases-data/',
		vocabulary: JSON.stringify({ manager: ['gerente', 'jefe', 'encargado'] }),
	});
	finder.innerHTML = `
		<div class="finder" data-finder-ui>
			<label for="phrase-search">Buscar una frase</label>
			<input id="phrase-search" type="text" role="combobox" aria-autocomplete="list" aria-expanded="true"
				aria-controls="phrase-results" autocomplete="off" data-search />
			<details data-filters-toggle><summary>Filtros</summary>
				<div role="group" aria-label="Filtros">
					${select('situation')}${select('intent')}${select('channel')}
					<label><span>Idioma del cliente</span>
						<select data-also><option value="">El mismo que el mío</option><option value="ro" lang="ro">Română</option></select>
					</label>
					<button type="button" data-clear-filters>Quitar filtros</button>
				</div>
			</details>
			<p data-count aria-hidden="true"></p>
			<div data-notice></div>
			<ul id="phrase-results" role="listbox" aria-label="Frases" data-results></ul>
			<div data-preview></div>
			<div role="status" aria-live="polite" aria-atomic="true" data-announce></div>
		</div>
		<div data-static-list><section><h2>Enfadado</h2><ul>${phrases.map(item).join('')}</ul></section></div>`;
	return finder;
}

/**
 * What `autofocus` and the inline script after the finder do on the real page: the box (shown from the first
 * paint by the page's `finder-js` class) takes keys at once.
 */
export function showSearchBox(finder: HTMLElement) {
	finder.querySelector<HTMLInputElement>('[data-search]')!.focus({ preventScroll: true });
}

/**
 * `phrases-data/ro.json` as the site serves it, through a stand-in for `fetch`; `release()` lets the answer
 * arrive (until then the finder waits, as on a slow connection). Other requests go to the real network.
 */
export function customerTexts() {
	let release!: () => void;
	const arrived = new Promise<void>((resolve) => (release = resolve));
	const realFetch = window.fetch.bind(window);
	vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
		if (!String(input).endsWith('/phrases-data/ro.json')) return realFetch(input, init);
		await arrived;
		return new Response(JSON.stringify(Object.fromEntries(phrases.map((p) => [p.id, p.ro]))), {
			headers: { 'content-type': 'application/json' },
		});
	});
	return { release };
}

/** Where the agent's copies go: the Clipboard API, watched (the browser's own clipboard stays untouched). */
export function watchClipboard() {
	const copied: string[] = [];
	vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
		copied.push(text);
	});
	return copied;
}
