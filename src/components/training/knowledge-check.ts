/**
 * `<knowledge-check>`: with JavaScript, explanations stay hidden until the learner checks an answer; the
 * verdict goes to a live region and the explanation (with its link to the step) appears below. No storage.
 */
class KnowledgeCheck extends HTMLElement {
	#abort = new AbortController();

	connectedCallback() {
		for (const q of this.querySelectorAll<HTMLElement>('[data-question]')) {
			q.querySelector<HTMLElement>('[data-kc-feedback]')!.hidden = true;
			q.querySelector<HTMLElement>('[data-kc-check]')!.hidden = false;
		}
		this.addEventListener(
			'click',
			(e) => {
				const button = (e.target as HTMLElement).closest('[data-kc-check]');
				if (button) this.#check(button.closest<HTMLElement>('[data-question]')!);
			},
			{ signal: this.#abort.signal },
		);
		// A new choice hides the previous verdict, so the learner checks again rather than reading a stale one.
		this.addEventListener(
			'change',
			(e) => {
				const q = (e.target as HTMLElement).closest<HTMLElement>('[data-question]');
				if (!q) return;
				q.querySelector('[data-kc-verdict]')!.textContent = '';
				q.querySelector<HTMLElement>('[data-kc-feedback]')!.hidden = true;
				q.classList.remove('is-right', 'is-wrong');
			},
			{ signal: this.#abort.signal },
		);
	}

	disconnectedCallback() {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	#check(q: HTMLElement) {
		const chosen = q.querySelector<HTMLInputElement>('input[type="radio"]:checked');
		const verdict = q.querySelector<HTMLElement>('[data-kc-verdict]')!;
		if (!chosen) {
			verdict.textContent = this.dataset.choose ?? '';
			return;
		}
		const right = chosen.value === q.dataset.answer;
		q.classList.toggle('is-right', right);
		q.classList.toggle('is-wrong', !right);
		verdict.textContent = (right ? this.dataset.correct : this.dataset.incorrect) ?? '';
		q.querySelector<HTMLElement>('[data-kc-feedback]')!.hidden = false;
	}
}

if (!customElements.get('knowledge-check'))
	customElements.define('knowledge-check', KnowledgeCheck);
