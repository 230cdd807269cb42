/**
 * `<print-frame>`: prepares any page for paper, just before printing (`beforeprint`, which Chromium also
 * fires for `page.pdf()`: checked, and what it writes reaches the PDF), so the date is the day of printing.
 * Not when the page loads: it reads every link of the page and creates the page's first date formatter
 * (about 60 ms on the phrases page, before the agent can type), all for paper only. The server-rendered
 * footer already names the page and the build date. The running header and footer go into `@page` margin
 * boxes through a constructed style sheet (CSSOM, so no inline style and no markup); their text is written
 * as CSS string escapes, so no title can break out of the rule.
 */
const cssString = (text: string) =>
	// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped here
	`"${text.replace(/[\\"\n\r\u0000-\u001f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

class PrintFrame extends HTMLElement {
	#abort = new AbortController();
	#sheet: CSSStyleSheet | undefined;

	connectedCallback() {
		window.addEventListener('beforeprint', () => this.#apply(), { signal: this.#abort.signal });
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	#apply() {
		const date = new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'long' }).format(
			new Date(),
		);
		for (const el of document.querySelectorAll('[data-print-date]')) el.textContent = date;
		// A page that keeps state in its query (a training session) names the parameters worth printing.
		const keep = (document.querySelector<HTMLElement>('[data-print-keep]')?.dataset.printKeep ?? '')
			.split(',')
			.filter(Boolean);
		const current = new URLSearchParams(location.search);
		const kept = new URLSearchParams([...current].filter(([k]) => keep.includes(k)));
		const query = kept.toString().replaceAll('%2C', ',');
		for (const el of this.querySelectorAll('print-url'))
			el.textContent = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
		// Links print with their absolute address; links within the page say nothing on paper.
		for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
			const here = a.origin === location.origin && a.pathname === location.pathname && a.hash;
			if (here) delete a.dataset.printHref;
			else a.dataset.printHref = a.href;
		}
		const title =
			this.dataset.title ||
			document.querySelector('main h1')?.textContent?.trim() ||
			document.title;
		const printedOn = (this.dataset.printedOn ?? '').replace('@@date@@', date);
		// Margin boxes do not match `:lang()`, so they would take the Latin-first font stack on a Japanese page:
		// the Latin "RESOLVED" of a Japanese title then sits on another font's baseline and PDF text extraction
		// splits the header in two. They take the page's own print font stack (print.css), names only.
		const font = getComputedStyle(document.documentElement)
			.getPropertyValue('--print-font')
			.replace(/[^\p{L}\p{N}\s,'"-]/gu, '')
			.trim();
		const family = font ? ` font-family: ${font};` : '';
		const rules = `@page { @top-left { content: ${cssString(title)};${family} } @top-right { content: ${cssString(this.dataset.site ?? '')};${family} } @bottom-left { content: ${cssString(printedOn)};${family} } }`;
		try {
			this.#sheet ??= new CSSStyleSheet();
			this.#sheet.replaceSync(rules);
			if (!document.adoptedStyleSheets.includes(this.#sheet))
				document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
		} catch {
			// Browsers without constructable style sheets print without the running header; the footer text stays.
		}
	}
}

if (!customElements.get('print-frame')) customElements.define('print-frame', PrintFrame);
