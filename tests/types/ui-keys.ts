/**
 * Type test, checked by `astro check` (npm test): UI string keys are typed. Each `@ts-expect-error` below
 * fails the check if the line after it stops being an error, i.e. if the key type widens back to `string`.
 */
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

export {};
