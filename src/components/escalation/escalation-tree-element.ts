/**
 * `<escalation-tree>`: one question at a time over the server-rendered tree. The answers so far live in the
 * URL (`?answers=no,insults-or-vulgarity,phone`), so a link or a reload reproduces the state and the
 * browser's Back button steps back through the answers. Options become buttons (Enter and Space choose,
 * arrows move between them); focus moves to each new node, which is scrolled to the top so an outcome's
 * first actions are on screen; outcomes are announced. Whatever the URL holds, the page keeps working.
 */
import {
	optionIndexAfterKey,
	readAnswers,
	replay,
	stateLink,
	writeAnswers,
	type TreeLike,
} from '../../lib/escalation/tree';
import { parseJsonAttribute } from '../../lib/json-attribute';
import { hashId } from '../../lib/url/hash';
import { copyToClipboard } from '../phrase-finder/clipboard';
import { OutcomePhrases, type PhraseStrings } from './outcome-phrases';
import { trailItems, upgradeOptions } from './trail';
import { readLangs, showUiText } from '../../lib/i18n/ui-text-client';

interface Strings extends PhraseStrings {
	change: string;
	linkCopied: string;
}
type StringLangs = Partial<
	Record<'change' | 'linkCopied' | 'copy' | 'copied' | 'copyFailed' | 'fillIn', string>
>;

class EscalationTreeElement extends HTMLElement {
	#abort = new AbortController();
	#tree: TreeLike = { start: '', nodes: [] };
	#answers: string[] = [];
	#current = '';
	#strings = {} as Strings;
	#langs: StringLangs = {};

	connectedCallback() {
		this.#strings = parseJsonAttribute<Strings>(this.dataset.strings, {
			change: '',
			linkCopied: '',
			copy: '',
			copied: '',
			copyFailed: '',
			fillIn: '',
			placeholders: {},
		});
		this.#langs = readLangs(this, 'strings');
		this.#strings.langs = this.#langs;
		upgradeOptions(this);
		this.#tree = {
			start: this.dataset.start ?? '',
			nodes: [...this.querySelectorAll<HTMLElement>('[data-node-id]')].map((section) => ({
				id: section.dataset.nodeId!,
				kind: section.dataset.kind!,
				options: [...section.querySelectorAll<HTMLElement>('[data-option]')].map((o) => ({
					id: o.dataset.option!,
					next: o.dataset.next!,
				})),
			})),
		};
		this.classList.add('is-enhanced');
		this.querySelector<HTMLElement>('[data-tree-controls]')!.hidden = false;
		for (const b of this.querySelectorAll<HTMLElement>('[data-copy-outcome-link]'))
			b.hidden = false;
		new OutcomePhrases(
			this,
			this.dataset.locale ?? '',
			parseJsonAttribute(this.dataset.customerTexts, {}),
			parseJsonAttribute(this.dataset.langs, {}),
			this.#strings,
		).connect(this.#abort.signal);
		this.#answers = readAnswers(location.search);
		// A link to a node's anchor (`#outcome-safety-first`) from the outline or a trainer still shows that node.
		const hash = hashId(location.hash);
		const hashNode =
			!this.#answers.length && this.#tree.nodes.some((n) => n.id === hash) ? hash : undefined;
		// Deep links go straight to their node; on a fresh start focus rests on the first question, one Tab from its first answer.
		this.#render({ focus: true, scroll: Boolean(hashNode || this.#answers.length), hashNode });
		this.#listen();
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	#go(answers: string[]) {
		this.#answers = answers;
		history.pushState(null, '', `${location.pathname}${writeAnswers(location.search, answers)}`);
		this.#render({ focus: true, scroll: true });
	}

	#render({ focus, scroll, hashNode }: { focus: boolean; scroll: boolean; hashNode?: string }) {
		const steps = replay(this.#tree, this.#answers);
		// Drop answers that no longer lead anywhere (an edited URL, a changed tree).
		this.#answers = steps.flatMap((s) => (s.answer ? [s.answer.id] : []));
		this.#current = hashNode ?? steps.at(-1)?.node.id ?? this.#tree.start;
		for (const section of this.querySelectorAll<HTMLElement>('[data-node-id]'))
			section.hidden = section.dataset.nodeId !== this.#current;

		const list = this.querySelector<HTMLOListElement>('[data-trail-list]')!;
		list.replaceChildren(...trailItems(this, steps, this.#strings.change, this.#langs.change));
		this.querySelector<HTMLElement>('[data-trail]')!.hidden = list.children.length === 0;
		for (const selector of ['[data-back]', '[data-restart]'])
			this.querySelector<HTMLButtonElement>(selector)!.disabled =
				this.#answers.length === 0 && !hashNode;

		const section = this.querySelector<HTMLElement>(
			`[data-node-id="${CSS.escape(this.#current)}"]`,
		);
		if (!section) return;
		if (scroll) section.scrollIntoView({ block: 'start' });
		if (focus) section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
		if (section.dataset.kind === 'outcome') {
			const region = this.querySelector<HTMLElement>('[data-announce]')!;
			const title = section.querySelector('h2')?.textContent ?? '';
			const summary = section.querySelector('.tree-summary')?.textContent ?? '';
			region.textContent = '';
			requestAnimationFrame(() => (region.textContent = `${title}. ${summary}`));
		}
	}

	#choose(option: HTMLElement) {
		const section = option.closest<HTMLElement>('[data-node-id]')!;
		// A node reached by anchor has no answers before it: answering there starts from that node's place in the walk if the walk passes it.
		const steps = replay(this.#tree, this.#answers);
		const at = steps.findIndex((s) => s.node.id === section.dataset.nodeId);
		if (at < 0 && section.dataset.nodeId !== this.#tree.start) {
			// Outside the walk (an anchor deep link): follow the option as a link would.
			history.pushState(null, '', `${location.pathname}#${option.dataset.next}`);
			this.#answers = [];
			this.#render({ focus: true, scroll: true, hashNode: option.dataset.next });
			return;
		}
		this.#go([...this.#answers.slice(0, Math.max(at, 0)), option.dataset.option!]);
	}

	#listen() {
		const signal = this.#abort.signal;
		this.addEventListener(
			'click',
			(event) => {
				const target = event.target as HTMLElement;
				const option = target.closest<HTMLElement>('.tree-node [data-option]');
				if (option) return this.#choose(option);
				const changeAt = target.closest<HTMLElement>('[data-change-at]')?.dataset.changeAt;
				if (changeAt !== undefined) return this.#go(this.#answers.slice(0, Number(changeAt)));
				if (target.closest('[data-copy-outcome-link]'))
					void this.#copyLink(target.closest<HTMLElement>('[data-node-id]')!);
			},
			{ signal },
		);
		this.addEventListener(
			'keydown',
			(event) => {
				const option = (event.target as HTMLElement).closest<HTMLElement>(
					'.tree-node [data-option]',
				);
				if (!option || event.altKey || event.ctrlKey || event.metaKey) return;
				const options = [
					...option.closest('.tree-node')!.querySelectorAll<HTMLElement>('[data-option]'),
				];
				const next = optionIndexAfterKey(event.key, options.indexOf(option), options.length);
				if (next === undefined) return;
				event.preventDefault();
				options[next]!.focus();
			},
			{ signal },
		);
		this.querySelector('[data-back]')!.addEventListener(
			'click',
			() => this.#go(this.#answers.slice(0, -1)),
			{ signal },
		);
		this.querySelector('[data-restart]')!.addEventListener('click', () => this.#go([]), { signal });
		window.addEventListener(
			'popstate',
			() => {
				this.#answers = readAnswers(location.search);
				const hash = hashId(location.hash);
				this.#render({
					focus: true,
					scroll: true,
					hashNode:
						!this.#answers.length && this.#tree.nodes.some((n) => n.id === hash) ? hash : undefined,
				});
			},
			{ signal },
		);
	}

	async #copyLink(section: HTMLElement) {
		const link = stateLink(
			location.origin,
			location.pathname,
			this.#answers,
			section.dataset.nodeId,
		);
		const ok = await copyToClipboard(link);
		const status = section.querySelector<HTMLElement>('[data-link-status]')!;
		if (ok) showUiText(status, this.#strings.linkCopied, this.#langs.linkCopied);
		else showUiText(status, link, undefined);
	}
}

if (!customElements.get('escalation-tree'))
	customElements.define('escalation-tree', EscalationTreeElement);
