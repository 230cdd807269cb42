import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures } from './helpers';

/** The valid content fixture laid out as a project (`<dir>/src/content/…`), so file paths read as in the real repository. */
export function fixtureProject(...overlays: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'i18n-'));
	const content = join(dir, 'src/content');
	mkdirSync(content, { recursive: true });
	cpSync(join(fixtures, 'valid'), content, { recursive: true });
	for (const o of overlays)
		cpSync(join(fixtures, '../i18n/broken', o), content, { recursive: true });
	return dir;
}
