/**
 * Every built page passes the W3C Nu HTML Checker (vnu.jar from the `vnu-jar` package, run with the
 * machine's Java 11+; Debian: `apt-get install default-jre-headless`) with zero errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });

test('every page passes the W3C Nu HTML Checker', () => {
	test.skip(!existsSync(dist), 'run npm run build first');
	test.skip(
		java.error !== undefined || java.status !== 0,
		'no Java on this machine: install default-jre-headless to run the Nu HTML Checker',
	);
	test.setTimeout(900_000);
	const jar = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
	const run = spawnSync(
		'java',
		['-jar', jar, '--errors-only', '--format', 'json', '--stdout', '--skip-non-html', dist],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	const report = JSON.parse(run.stdout) as {
		messages: { url: string; message: string; extract?: string }[];
	};
	const errors = report.messages.map(
		(m) => `${m.url.replace(`file:${dist}`, '')}: ${m.message} ${m.extract ?? ''}`,
	);
	expect(errors).toEqual([]);
});
