/** LGPD term — Consultar Termo LGPD: `/v1/organizations/{orgId}/lgpd-term…`. */
import * as z from 'zod/mini';
import { AcceptanceSchema, TimestampSchema } from './common.js';

export const LgpdTermSchema = z.object({
  version: z.string(),
  publishedAt: TimestampSchema,
  title: z.string(),
  /** UNTRUSTED: sanitize before rendering */
  contentHtml: z.string(),
  acceptance: z.nullable(AcceptanceSchema),
});
export type LgpdTerm = z.infer<typeof LgpdTermSchema>;

/** `POST …/lgpd-term/acceptance` (admin only; 409 when the version is not current). */
export const LgpdAcceptanceBodySchema = z.object({ version: z.string().check(z.minLength(1)) });
export type LgpdAcceptanceBody = z.infer<typeof LgpdAcceptanceBodySchema>;
