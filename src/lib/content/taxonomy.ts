/**
 * Language-neutral tag vocabularies. Labels for each tag live in the UI strings (`tag.<kind>.<id>`), so the
 * ids here are the only place a new tag is declared.
 */
export const situations = [
	'angry',
	'rude',
	'insulting',
	'vulgar',
	'legal-threat',
	'physical-threat',
	'self-harm',
	'asks-for-manager',
	'impatient',
	'indecisive',
	'talkative',
	'our-mistake',
	'cannot-help',
	'misunderstanding',
	'unclear-complaint',
	'repeats-themselves',
] as const;

export const intents = [
	'calm',
	'listen',
	'empathise',
	'apologise',
	'clarify',
	'summarise',
	'set-boundary',
	'explain',
	'offer-solution',
	'say-no',
	'escalate',
	'end-conversation',
	'follow-up',
	'close',
] as const;

export const channels = ['phone', 'chat', 'email', 'in-person'] as const;

/** Placeholders a phrase may contain, as `{key}` or `{key|fallback}`. */
export const placeholderKeys = [
	'name',
	'orderNumber',
	'ticketNumber',
	'date',
	'time',
	'product',
	'agentName',
	'supervisorName',
	'amount',
] as const;

export type Situation = (typeof situations)[number];
export type Intent = (typeof intents)[number];
export type Channel = (typeof channels)[number];
export type PlaceholderKey = (typeof placeholderKeys)[number];

export const tagKinds = { situation: situations, intent: intents, channel: channels } as const;
export type TagKind = keyof typeof tagKinds;
