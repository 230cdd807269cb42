/**
 * Registers the site's UI string keys with Starlight, so `Astro.locals.t('phrases.copy')` is checked by
 * `astro check`: a misspelt key is a type error. This is the module augmentation Starlight documents for
 * plugins (https://starlight.astro.build/reference/plugins/#injecttranslations).
 */
import type { UiStrings } from './ui-strings.ts';

declare global {
	namespace StarlightApp {
		// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- interface merging is Starlight's extension point
		interface I18n extends UiStrings {}
	}
}
