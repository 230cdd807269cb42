/** Helpers shared by the phrase finder's specs. */
import type { Page } from '@playwright/test';

/** The finder's search box: a combobox with an accessible name, narrowed to the finder's own box. */
export const search = (page: Page) =>
	page.getByRole('combobox', { name: /./ }).and(page.locator('[data-search]'));

/** What the clipboard holds now (the spec grants clipboard-read). */
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
