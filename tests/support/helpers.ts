import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatIssue, formatIssues, type ContentIssue } from '../../src/lib/content/issues';
import { validateContent } from '../../src/lib/content/validate';

export const fixtures = resolve(import.meta.dirname, '../fixtures/content');

/**
 * Validates the small valid fixture with one broken fixture laid over it (files replace their namesakes;
 * `_remove.txt` lists files to delete). Returns the formatted messages, as the build prints them.
 */
export function validateBroken(name?: string): string[] {
	return validateBrokenIssues(name).map(
		(i) => `${i.severity === 'warning' ? 'warning: ' : ''}${formatIssue(i)}`,
	);
}

/** The build's whole report for a broken fixture (root causes first, follow-ons collapsed). */
export function reportBroken(name: string): string {
	return formatIssues(validateBrokenIssues(name));
}

export function validateBrokenIssues(name?: string): ContentIssue[] {
	const dir = mkdtempSync(join(tmpdir(), 'content-'));
	try {
		cpSync(join(fixtures, 'valid'), dir, { recursive: true });
		if (name) {
			const overlay = join(fixtures, 'broken', name);
			if (!existsSync(overlay)) throw new Error(`no fixture ${name}`);
			cpSync(overlay, dir, { recursive: true, filter: (f) => !f.endsWith('_remove.txt') });
			const remove = join(overlay, '_remove.txt');
			if (existsSync(remove))
				for (const f of readFileSync(remove, 'utf8').split('\n').filter(Boolean))
					rmSync(join(dir, f));
		}
		return validateContent(dir, { contentDir: dir, locales: ['ro', 'ja'], sourceLocale: 'ro' });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
