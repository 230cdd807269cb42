/**
 * What a trainer prints, cut into units whose "last changed" date means something: each playbook, each
 * training module (with its facilitator notes, role-play kits and knowledge check), the escalation tree,
 * the techniques, the phrases and the pocket card, per locale. A unit's fingerprint hashes its parsed
 * content (structure plus that locale's texts), so a comment or a re-wrapped line in a YAML file changes
 * nothing, while any changed word does. The ledger (ledger.ts) dates each fingerprint.
 */
import { createHash } from 'node:crypto';
import type { RawContent, SourceFile } from '../content/load.ts';

export type UnitKind = 'playbook' | 'module' | 'tree' | 'techniques' | 'phrases' | 'pocket-card';

export interface Unit {
	/** `playbook/<id>`, `module/<id>`, `tree`, `techniques`, `phrases`, `pocket-card`. */
	key: string;
	kind: UnitKind;
	/** The playbook or module id; absent for the page-sized units. */
	id?: string;
	fingerprint: string;
}

/** JSON with sorted object keys, so the fingerprint does not depend on key order in the file. */
export function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value ?? null);
}

export const fingerprintOf = (value: unknown) =>
	createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16);

const record = (f: SourceFile | undefined) =>
	f?.data && typeof f.data === 'object' ? (f.data as Record<string, unknown>) : {};
const list = (f: SourceFile | undefined) =>
	Array.isArray(f?.data) ? (f.data as Record<string, unknown>[]) : [];
const idOf = (entry: unknown) =>
	entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;

/** Every unit of one locale, in the order a trainer meets them. */
export function unitsOf(content: RawContent, locale: string): Unit[] {
	const units: Unit[] = [];
	const add = (key: string, kind: UnitKind, data: unknown, id?: string) =>
		units.push({ key, kind, ...(id ? { id } : {}), fingerprint: fingerprintOf(data) });

	const texts = content.playbookTexts.get(locale) ?? [];
	for (const p of [...content.playbooks].sort((a, b) => a.name.localeCompare(b.name)))
		add(
			`playbook/${p.name}`,
			'playbook',
			[p.data, texts.find((t) => t.name === p.name)?.data],
			p.name,
		);

	const roleplays = list(content.roleplays);
	const checks = list(content.knowledgeChecks);
	for (const m of list(content.training)) {
		const id = String(idOf(m));
		const scenarios = Array.isArray(m.scenarios) ? m.scenarios.map(idOf) : [];
		add(
			`module/${id}`,
			'module',
			{
				module: m,
				texts: record(content.trainingTexts.get(locale))[id],
				notes: record(content.trainingNotes.get(locale))[id],
				roleplays: scenarios.map((s) => [
					roleplays.find((r) => r.scenario === s),
					record(content.roleplayTexts.get(locale))[String(s)],
				]),
				check: [
					checks.find((c) => c.module === id),
					record(content.knowledgeCheckTexts.get(locale))[id],
				],
			},
			id,
		);
	}

	add('tree', 'tree', [content.tree?.data, content.treeTexts.get(locale)?.data]);
	add('techniques', 'techniques', [
		content.techniques?.data,
		content.techniqueTexts.get(locale)?.data,
	]);
	const phraseTexts = (content.phraseTexts.get(locale) ?? []).map((f) => [f.name, f.data]);
	add('phrases', 'phrases', [content.phrases.map((f) => [f.name, f.data]), phraseTexts]);
	add('pocket-card', 'pocket-card', [content.pocketCard?.data, phraseTexts]);
	return units;
}
