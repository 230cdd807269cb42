/**
 * Shared by the escalation-tree journeys (escalation-*.spec.ts): one answer path per rule of the escalation
 * policy, and how a test finds the visible node, answers a question and reads the clipboard.
 */
import type { Page } from '@playwright/test';

/** One path per rule of the escalation policy: the answers (option ids) and the outcome they must reach. */
export const rules: [rule: string, answers: string[], outcome: string][] = [
	['1 threat to others', ['threat-to-others'], 'outcome-safety-first'],
	['1 talk of self-harm', ['self-harm'], 'outcome-crisis-self-harm'],
	['2 legal threat', ['no', 'legal-threat'], 'outcome-legal-threat'],
	['3 abuse by email', ['no', 'insults-or-vulgarity', 'email'], 'outcome-email-answer-substance'],
	[
		'4 abuse live, not asked yet',
		['no', 'insults-or-vulgarity', 'chat', 'not-yet'],
		'outcome-ask-to-stop',
	],
	[
		'4 abuse goes on, can cope, not warned',
		['no', 'insults-or-vulgarity', 'phone', 'continues', 'can-cope', 'not-warned'],
		'outcome-continue-firmly',
	],
	[
		'4 abuse goes on after a warning, can still cope',
		['no', 'insults-or-vulgarity', 'phone', 'continues', 'can-cope', 'warned-already'],
		'outcome-end-conversation',
	],
	[
		'4 cannot cope, nobody free',
		['no', 'insults-or-vulgarity', 'in-person', 'continues', 'cannot-cope', 'nobody-free'],
		'outcome-end-conversation',
	],
	[
		'7 cannot cope, a colleague is free',
		['no', 'insults-or-vulgarity', 'phone', 'continues', 'cannot-cope', 'colleague-free'],
		'outcome-hand-over',
	],
	['5 asks for a manager', ['no', 'asks-for-manager'], 'outcome-manager-requested'],
	['6 needs approval', ['no', 'none-of-these', 'needs-approval'], 'outcome-consult-supervisor'],
	[
		'6 not sure what is possible',
		['no', 'none-of-these', 'not-sure'],
		'outcome-consult-supervisor',
	],
	['7 own limit reached', ['no', 'reached-my-limit'], 'outcome-hand-over'],
	['8 getting agitated', ['no', 'getting-agitated'], 'outcome-alert-supervisor-early'],
	['9 resolve', ['no', 'none-of-these', 'can-solve'], 'outcome-resolve'],
	// A calm customer asking for the impossible: three honest answers.
	[
		'9 calm customer, impossible request',
		['no', 'none-of-these', 'nothing-can-be-done'],
		'outcome-say-no-politely',
	],
];

export const visibleNode = (page: Page) => page.locator('[data-node-id]:visible');
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

export async function answer(page: Page, option: string) {
	await visibleNode(page).locator(`[data-option="${option}"]`).click();
}
