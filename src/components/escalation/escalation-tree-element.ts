/**
 * `<escalation-tree>`: one question at a time over the server-rendered tree. The answers so far live in the
 * URL (`?answers=no,insults-or-vulgarity,phone`), so a link or a reload reproduces the state and the
 * browser's Back button steps back through the answers. Focus moves to each new question; outcomes are
 * announced.
 */
import { readAnswers, replay, writeAnswers, type TreeLike } from '../../lib/escalation/tree';

class EscalationTreeElement extends HTMLElement {
	#abort = new AbortController();
	#tree: TreeLike = { start: '', nodes: [] };
	#answers: string[] = [];

	connectedCallback() {
		this.#tree = {
			start: this.dataset.start ?? '',
			nodes: [...this.querySelectorAll<HTMLElement>('[data-node-id]')].map((section) => ({
				id: section.dataset.nodeId!,
				kind: section.dataset.kind!,
				options: [...section.querySelectorAll<HTMLAnchorElement>('[data-option]')].map((a) => ({ id: a.dataset.option!, next: a.dataset.next! })),
			})),
		};
		this.classList.add('is-enhanced');
		this.querySelector<HTMLElement>('[data-tree-controls]')!.hidden = false;
		// A link to a node's anchor (`#outcome-safety-first`) from the outline or a trainer still shows that node.
		const hash = decodeURIComponent(location.hash.slice(1));
		this.#answers = readAnswers(location.search);
		this.#render({ focus: false, hashNode: this.#tree.nodes.some((n) => n.id === hash) && !this.#answers.length ? hash : undefined });
		this.#listen();
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	#go(answers: string[]) {
		this.#answers = answers;
		history.pushState(null, '', `${location.pathname}${writeAnswers(location.search, answers)}`);
		this.#render({ focus: true });
	}

	#render({ focus, hashNode }: { focus: boolean; hashNode?: string }) {
		const steps = replay(this.#tree, this.#answers);
		// Drop answers that no longer lead anywhere (an edited URL, a changed tree).
		this.#answers = steps.flatMap((s) => (s.answer ? [s.answer.id] : []));
		const current = hashNode ?? steps.at(-1)?.node.id;
		for (const section of this.querySelectorAll<HTMLElement>('[data-node-id]')) section.hidden = section.dataset.nodeId !== current;

		const trail = this.querySelector<HTMLElement>('[data-trail]')!;
		const list = this.querySelector<HTMLOListElement>('[data-trail-list]')!;
		const change = (JSON.parse(this.dataset.strings ?? '{}') as { change?: string }).change ?? '';
		list.replaceChildren(
			...steps
				.filter((s) => s.answer)
				.map((s, i) => {
					const section = this.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(s.node.id)}"]`);
					const question = section?.querySelector('h2')?.textContent ?? '';
					const answer = section?.querySelector(`[data-option="${CSS.escape(s.answer!.id)}"]`)?.textContent ?? '';
					const li = document.createElement('li');
					const text = document.createElement('span');
					text.textContent = `${question} — `;
					const strong = document.createElement('strong');
					strong.textContent = answer;
					text.append(strong);
					const button = document.createElement('button');
					button.type = 'button';
					button.className = 'tree-change';
					button.dataset.changeAt = String(i);
					button.textContent = change;
					button.setAttribute('aria-label', `${change}: ${question}`);
					li.append(text, ' ', button);
					return li;
				}),
		);
		trail.hidden = list.children.length === 0;
		this.querySelector<HTMLButtonElement>('[data-back]')!.disabled = this.#answers.length === 0;
		this.querySelector<HTMLButtonElement>('[data-restart]')!.disabled = this.#answers.length === 0;

		const section = this.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(current ?? '')}"]`);
		if (!section) return;
		if (focus) section.querySelector<HTMLElement>('h2')?.focus();
		if (section.dataset.kind === 'outcome') {
			const region = this.querySelector<HTMLElement>('[data-announce]')!;
			const title = section.querySelector('h2')?.textContent ?? '';
			const summary = section.querySelector('.tree-summary')?.textContent ?? '';
			region.textContent = '';
			requestAnimationFrame(() => (region.textContent = `${title}. ${summary}`));
		}
	}

	#listen() {
		const signal = this.#abort.signal;
		this.addEventListener(
			'click',
			(event) => {
				const target = event.target as HTMLElement;
				const option = target.closest<HTMLAnchorElement>('.tree-node [data-option]');
				if (option && !(event as MouseEvent).ctrlKey && !(event as MouseEvent).metaKey) {
					event.preventDefault();
					const section = option.closest<HTMLElement>('[data-node-id]')!;
					// Answering from a node reached by anchor starts the walk there is not possible to encode; replay from the trail.
					const steps = replay(this.#tree, this.#answers);
					const at = steps.findIndex((s) => s.node.id === section.dataset.nodeId);
					const base = at >= 0 ? this.#answers.slice(0, at) : this.#answers;
					this.#go([...base, option.dataset.option!]);
					return;
				}
				const changeAt = target.closest<HTMLElement>('[data-change-at]')?.dataset.changeAt;
				if (changeAt !== undefined) this.#go(this.#answers.slice(0, Number(changeAt)));
			},
			{ signal },
		);
		this.querySelector('[data-back]')!.addEventListener('click', () => this.#go(this.#answers.slice(0, -1)), { signal });
		this.querySelector('[data-restart]')!.addEventListener('click', () => this.#go([]), { signal });
		window.addEventListener(
			'popstate',
			() => {
				this.#answers = readAnswers(location.search);
				this.#render({ focus: true });
			},
			{ signal },
		);
	}
}

if (!customElements.get('escalation-tree')) customElements.define('escalation-tree', EscalationTreeElement);
