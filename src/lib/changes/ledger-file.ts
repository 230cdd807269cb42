/**
 * Reading and writing the committed ledger (`content-changes.json`), and the current units of every locale
 * read through the one content reader. Used by `npm run changes:record`, the build and the unit test that
 * keeps the ledger in step with the content.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawContent } from '../content/load.ts';
import { localeCodes } from '../i18n/locales.ts';
import type { Change, Ledger, LedgerEntry } from './ledger.ts';
import { unitsOf, type Unit } from './units.ts';

export const ledgerFile = 'content-changes.json';

const about =
	'When each unit of content last changed, per locale: written by `npm run changes:record`, never by hand (see docs/content-model.md, "What changed").';

export function readLedger(root: string): Ledger {
	const path = join(root, ledgerFile);
	if (!existsSync(path)) return {};
	const { locales } = JSON.parse(readFileSync(path, 'utf8')) as { locales?: Ledger };
	return locales ?? {};
}

export function writeLedger(root: string, ledger: Ledger): void {
	// One line per entry, so a change shows in review as the lines it added.
	const entries = (list: LedgerEntry[]) =>
		list.map(
			(e) =>
				`\t\t\t\t${JSON.stringify(e)
					.replace(/^\{|\}$/g, (b) => (b === '{' ? '{ ' : ' }'))
					.replaceAll('","', '", "')
					.replaceAll('":"', '": "')}`,
		);
	const locales = Object.entries(ledger).map(
		([locale, units]) =>
			`\t\t${JSON.stringify(locale)}: {\n${Object.entries(units)
				.map(
					([key, list]) => `\t\t\t${JSON.stringify(key)}: [\n${entries(list).join(',\n')}\n\t\t\t]`,
				)
				.join(',\n')}\n\t\t}`,
	);
	const text = `{\n\t"about": ${JSON.stringify(about)},\n\t"locales": {\n${locales.join(',\n')}\n\t}\n}\n`;
	writeFileSync(join(root, ledgerFile), text);
}

/** Every locale's units as the content stands in `root`. */
export function currentUnits(root: string): Record<string, Unit[]> {
	const { content } = loadRawContent(root);
	return Object.fromEntries(localeCodes.map((l) => [l, unitsOf(content, l)]));
}

/** The files a unit is read from, for asking git when it last changed. */
function filesOf(change: Change): string[] {
	const c = 'src/content';
	const [kind, id] = change.key.split('/');
	const l = change.locale;
	switch (kind) {
		case 'playbook':
			return [`${c}/playbooks/${id}.yaml`, `${c}/playbook-texts/${l}/${id}.yaml`];
		case 'module':
			return [
				`${c}/training`,
				...['training-texts', 'training-notes', 'roleplay-texts', 'knowledge-check-texts'].map(
					(d) => `${c}/${d}/${l}.yaml`,
				),
			];
		case 'tree':
			return [`${c}/escalation`, `${c}/escalation-texts/${l}.yaml`];
		case 'techniques':
			return [`${c}/techniques.yaml`, `${c}/technique-texts/${l}.yaml`];
		default:
			return [`${c}/phrases`, `${c}/phrase-texts/${l}`, `${c}/pocket-card.yaml`];
	}
}

/**
 * For a unit the ledger has never seen: the day its files were last committed, when the checkout has the
 * full history (a shallow clone would date everything to its one commit, so it is not asked). Undefined
 * otherwise, and the caller uses today.
 */
export function historyDate(root: string, change: Change): string | undefined {
	const git = (args: string[]) => {
		try {
			return execFileSync('git', args, {
				cwd: root,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim();
		} catch {
			return undefined;
		}
	};
	if (git(['rev-parse', '--is-shallow-repository']) !== 'false') return undefined;
	const files = filesOf(change);
	// Uncommitted edits are today's change, not the last commit's.
	if (git(['status', '--porcelain', '--', ...files])) return undefined;
	return git(['log', '-1', '--format=%cs', '--', ...files]) || undefined;
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);
