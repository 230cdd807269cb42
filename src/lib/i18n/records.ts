/**
 * The translation records as a content collection, so the translation-status page reads them through Astro
 * like every other text. A record is the source fingerprint, or (since i18n:mark keeps it) the fingerprint
 * and the source texts at the time the translation was confirmed.
 */
import { z } from 'astro/zod';

export const translationRecordsSchema = z.record(
	z.string(),
	z.union([z.string(), z.object({ hash: z.string(), source: z.record(z.string(), z.string()) })]),
);
