/**
 * Type test, checked by `astro check` (npm test): UI string keys are typed. Each `@ts-expect-error` below
 * fails the check if the line after it stops being an error, i.e. if the key type widens back to `string`.
 */
import { pickStrings, pluralForms, uiDictionary } from '../../src/lib/i18n/client-strings';

declare const t: App.Locals['t'];

t('phrases.copy');
t('tag.situation.legal-threat');
t('placeholder.orderNumber');
t('phrases.resultCount', { count: 3 });

// @ts-expect-error misspelt key
t('phrases.cpy');
// @ts-expect-error a situation that does not exist
t('tag.situation.furious');
// @ts-expect-error a placeholder that does not exist
t('placeholder.orderNo');

// The raw dictionary (`t.all()`) the components hand to client code is typed the same way.
const dictionary = uiDictionary(t);
void dictionary['phrases.labelValue'];
// The packs for client code (text and fallback languages) take the same keys.
declare const dictionaries: Record<string, Record<string, unknown>>;
pickStrings(t, 'training.', ['break', 'total'] as const);
pluralForms(dictionaries, 'es', 'training.minutes');

// @ts-expect-error misspelt key
void dictionary['phrases.labelValu'];
// @ts-expect-error a key that is not under the prefix
pickStrings(t, 'training.', ['brake'] as const);
// @ts-expect-error a plain key is not a plural key
pluralForms(dictionaries, 'es', 'training.total');

export {};
