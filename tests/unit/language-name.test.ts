import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/lib/i18n/language-name';

describe('languageName', () => {
	it('gives Greek language names in lowercase, as Greek running text writes them', () => {
		expect(languageName('el', 'ro')).toBe('ρουμανικά');
		expect(languageName('el', 'el')).toBe('ελληνικά');
	});

	it('leaves other languages as Intl gives them', () => {
		expect(languageName('ru', 'ro')).toBe('румынский');
		expect(languageName('ja', 'ro')).toBe('ルーマニア語');
		expect(languageName('es', 'ja')).toBe('japonés');
	});

	it('falls back to the code for an invalid reader language', () => {
		expect(languageName('!!', 'ro')).toBe('ro');
	});
});
