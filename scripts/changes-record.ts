/**
 * `npm run changes:record`: dates every unit of content whose fingerprint changed since the ledger
 * (`content-changes.json`) last saw it, and writes the ledger. Run it after changing content, like
 * `npm run i18n:mark`, and commit the ledger with the change. `-- --check` writes nothing and exits 1 when the
 * ledger lags behind the content; `-- --date 2026-12-01` dates the changes that day instead of today (UTC).
 */
import {
	historyDate,
	currentUnits,
	readLedger,
	todayUtc,
	writeLedger,
} from '../src/lib/changes/ledger-file.ts';
import { recordChanges } from '../src/lib/changes/ledger.ts';

const args = process.argv.slice(2);
const root = process.cwd();
const dateArg = args[args.indexOf('--date') + 1];
const today = args.includes('--date') && dateArg ? dateArg : todayUtc();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
	console.error(`--date wants a date like 2026-12-01, not "${today}".`);
	process.exit(2);
}
const { ledger, changes } = recordChanges(readLedger(root), currentUnits(root), (c) =>
	// A unit seen for the first time keeps the date history knows for it; a change is today's.
	c.status === 'added' ? (historyDate(root, c) ?? today) : today,
);
if (!changes.length) {
	console.log('content-changes.json is up to date.');
	process.exit(0);
}
for (const c of changes) console.log(`${c.locale} ${c.key}: ${c.status}`);
if (args.includes('--check')) {
	console.error(
		`\n${changes.length} change(s) not in content-changes.json. Run "npm run changes:record" and commit the ledger.`,
	);
	process.exit(1);
}
writeLedger(root, ledger);
console.log(`\nRecorded ${changes.length} change(s) in content-changes.json.`);
