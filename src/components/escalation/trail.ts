/** Builds the trail of answers ("question — answer [Change]") from a replayed walk, as DOM nodes, never HTML. */
import type { WalkStep } from '../../lib/escalation/tree';

export function trailItems(
	root: HTMLElement,
	steps: readonly WalkStep[],
	change: string,
	/** `change`'s `lang` when it fell back to another language. */
	changeLang?: string,
): HTMLLIElement[] {
	return steps
		.filter((s) => s.answer)
		.map((s, i) => {
			const section = root.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(s.node.id)}"]`);
			const question = section?.querySelector('h2')?.textContent ?? '';
			const answer =
				section?.querySelector(`[data-option="${CSS.escape(s.answer!.id)}"]`)?.textContent ?? '';
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
			if (changeLang) button.lang = changeLang;
			button.setAttribute('aria-label', `${change}: ${question}`);
			li.append(text, ' ', button);
			return li;
		});
}

/** Options are links without JavaScript (they jump to the next node's anchor); enhanced, they are buttons. */
export function upgradeOptions(root: HTMLElement): void {
	for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-option]')) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = link.className;
		button.dataset.option = link.dataset.option;
		button.dataset.next = link.dataset.next;
		button.textContent = link.textContent;
		link.replaceWith(button);
	}
}
