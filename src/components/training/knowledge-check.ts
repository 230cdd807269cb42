/**
 * `<knowledge-check>`: with JavaScript, explanations stay hidden until the learner checks an answer; the
 * verdict goes to a live region and the explanation (with its link to the step) appears below. No storage.
 */
import { showUiText } from '../../lib/i18n/ui-text-client';

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
			this.#say(q, verdict, 'choose');
			return;
		}
		const right = chosen.value === q.dataset.answer;
		q.classList.toggle('is-right', right);
		q.classList.toggle('is-wrong', !right);
		this.#say(q, verdict, right ? 'correct' : 'incorrect');
		q.querySelector<HTMLElement>('[data-kc-feedback]')!.hidden = false;
	}

	/**
	 * A verdict in its own language: the fallback language of the string, or else the page's when the question
	 * itself is shown in another language (its `lang` would otherwise cover the verdict too).
	 */
	#say(q: HTMLElement, verdict: HTMLElement, key: 'correct' | 'incorrect' | 'choose') {
		const lang = this.dataset[`${key}Lang`] ?? (q.lang ? document.documentElement.lang : undefined);
		showUiText(verdict, this.dataset[key] ?? '', lang);
	}
}

if (!customElements.get('knowledge-check'))
	customElements.define('knowledge-check', KnowledgeCheck);
