/**
 * Phrases as files help-desk tools import as saved replies / macros (docs/help-desk-export.md has the field
 * mapping). Pure: the build (src/pages/exports/…) and `npm run export:phrases` both call `exportFiles`.
 *
 * Placeholders become the tool's own syntax where it has an equivalent (the customer's name, the ticket
 * number, the agent's name); the others become a bracketed, translated label ("[Order number]") that the
 * agent sees and replaces, never a raw `{orderNumber}` token.
 */
import { parsePlaceholders, placeholderKeysOf } from '../phrases/placeholders.ts';
import { toCsv } from './csv.ts';

export interface ExportablePhrase {
	id: string;
	text: string;
	situations: readonly string[];
	intents: readonly string[];
	channels: readonly string[];
	avoid?: boolean;
}

export type Tool = 'zendesk' | 'freshdesk';

/** Each tool's placeholder for the values it knows itself (Zendesk and Freshdesk placeholder references). */
export const toolPlaceholders: Record<Tool, Partial<Record<string, string>>> = {
	zendesk: {
		name: '{{ticket.requester.name}}',
		ticketNumber: '{{ticket.id}}',
		agentName: '{{current_user.name}}',
	},
	freshdesk: {
		name: '{{ticket.requester.name}}',
		ticketNumber: '{{ticket.id}}',
		agentName: '{{ticket.agent.name}}',
	},
};

export const exportFileNames = [
	'phrases.json',
	'phrases.csv',
	'zendesk-macros.json',
	'freshdesk-canned-responses.json',
] as const;
export type ExportFileName = (typeof exportFileNames)[number];

/** Strings of the locale the export needs: `tag.situation.*` and `placeholder.*` labels. */
type Strings = Readonly<Record<string, string | undefined>>;

/** "Numele clientului (de ex. „domnule Popescu”)" → "Numele clientului": the bracketed label stays short. */
const shortLabel = (label: string) => label.replace(/\s*[(（].*$/, '').trim();

/** The text with each placeholder written for one tool, or as `[Label]` where the tool has none. */
export function textFor(text: string, strings: Strings, tool?: Tool): string {
	return parsePlaceholders(text)
		.map((s) => {
			if (typeof s === 'string') return s;
			const native = tool ? toolPlaceholders[tool][s.key] : undefined;
			return native ?? `[${shortLabel(strings[`placeholder.${s.key}`] ?? s.key)}]`;
		})
		.join('');
}

/** A title a help-desk list can show: the phrase's opening words, placeholders as labels. */
export function titleFor(text: string, strings: Strings, max = 60): string {
	const plain = textFor(text, strings).replace(/\s+/g, ' ').trim();
	const chars = [...plain];
	return chars.length <= max
		? plain
		: `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}

export interface ExportRecord {
	id: string;
	title: string;
	folder: string;
	tags: string[];
	situations: string[];
	intents: string[];
	channels: string[];
	placeholders: { key: string; label: string }[];
	text: string;
	zendesk: string;
	freshdesk: string;
}

export function exportRecords(
	phrases: readonly ExportablePhrase[],
	strings: Strings,
): ExportRecord[] {
	// "Say this, not that" entries are what agents must not say: they never become saved replies.
	return phrases
		.filter((p) => !p.avoid && p.text)
		.map((p) => ({
			id: p.id,
			title: titleFor(p.text, strings),
			folder: strings[`tag.situation.${p.situations[0]}`] ?? p.situations[0] ?? '',
			tags: [...new Set([...p.situations, ...p.intents, ...p.channels])],
			situations: [...p.situations],
			intents: [...p.intents],
			channels: [...p.channels],
			placeholders: placeholderKeysOf(p.text).map((key) => ({
				key,
				label: strings[`placeholder.${key}`] ?? key,
			})),
			text: p.text,
			zendesk: textFor(p.text, strings, 'zendesk'),
			freshdesk: textFor(p.text, strings, 'freshdesk'),
		}));
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every export file of one locale, by file name. */
export function exportFiles(
	phrases: readonly ExportablePhrase[],
	strings: Strings,
	locale: string,
	lang: string,
): Record<ExportFileName, string> {
	const records = exportRecords(phrases, strings);
	const json = (data: unknown) => `${JSON.stringify(data, null, '\t')}\n`;
	return {
		'phrases.json': json({ locale, lang, count: records.length, phrases: records }),
		'phrases.csv': toCsv(
			['id', 'title', 'folder', 'tags', 'placeholders', 'text', 'zendesk_text', 'freshdesk_text'],
			records.map((r) => [
				r.id,
				r.title,
				r.folder,
				r.tags.join(' '),
				r.placeholders.map((p) => p.key).join(' '),
				r.text,
				r.zendesk,
				r.freshdesk,
			]),
		),
		// Zendesk: each entry is the body of one `POST /api/v2/macros` ({ "macro": entry }).
		'zendesk-macros.json': json({
			macros: records.map((r) => ({
				title: `${r.folder}::${r.title}`,
				description: `${r.id} (${lang})`,
				active: true,
				actions: [
					{ field: 'comment_value', value: r.zendesk },
					{ field: 'comment_mode_is_public', value: 'true' },
				],
			})),
		}),
		// Freshdesk: each entry is the body of one `POST /api/v2/canned_responses`, once `folder` is replaced
		// by the `folder_id` of a folder of that name.
		'freshdesk-canned-responses.json': json({
			canned_responses: records.map((r) => ({
				title: r.title,
				folder: r.folder,
				visibility: 0,
				content_html: `<p lang="${escapeHtml(lang)}">${escapeHtml(r.freshdesk)}</p>`,
			})),
		}),
	};
}

export const contentTypes: Record<string, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
};
