/** The stored colour theme, read and written so that blocked storage or a foreign value never throws. */
export type Theme = 'auto' | 'dark' | 'light';

const key = 'starlight-theme';

export const parseTheme = (value: unknown): Theme =>
	value === 'dark' || value === 'light' ? value : 'auto';

export function loadTheme(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Theme {
	try {
		return parseTheme(storage?.getItem(key));
	} catch {
		return 'auto';
	}
}

export function storeTheme(
	theme: Theme,
	storage: Pick<Storage, 'setItem'> | undefined = safeStorage(),
): void {
	try {
		storage?.setItem(key, theme === 'auto' ? '' : theme);
	} catch {
		// Storage is blocked or full: the choice lasts for this page only.
	}
}

function safeStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
