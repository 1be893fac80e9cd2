/** Session: `GET /v1/me`, `PATCH /v1/me`. */
import * as z from 'zod/mini';
import { IdSchema, NameSchema, PhoneSchema } from './common.js';

export const LanguageSchema = z.enum(['pt-BR', 'en', 'es']);
export type Language = z.infer<typeof LanguageSchema>;

export const OrganizationRoleSchema = z.enum(['admin', 'member']);
export type OrganizationRole = z.infer<typeof OrganizationRoleSchema>;

/** An organization the user belongs to; admin of it = `roles` contains `admin`. */
export const MeOrganizationSchema = z.object({
  id: IdSchema,
  name: z.string(),
  code: z.string(),
  roles: z.array(OrganizationRoleSchema),
});
export type MeOrganization = z.infer<typeof MeOrganizationSchema>;

export const MeSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  jobTitle: z.optional(z.string()),
  language: LanguageSchema,
  /** IANA zone, e.g. `America/Sao_Paulo` */
  timeZone: z.string(),
  organizations: z.array(MeOrganizationSchema),
  defaultOrganizationId: IdSchema,
});
export type Me = z.infer<typeof MeSchema>;

/** IANA time-zone name (`America/Sao_Paulo`, `UTC`). */
export const TimeZoneSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/));
export type TimeZone = z.infer<typeof TimeZoneSchema>;

/** `PATCH /v1/me` (If-Match): any of these; e-mail is read-only here. */
export const MePatchBodySchema = z.object({
  name: z.optional(NameSchema),
  phone: z.optional(PhoneSchema),
  jobTitle: z.optional(z.string()),
  language: z.optional(LanguageSchema),
  timeZone: z.optional(TimeZoneSchema),
});
export type MePatchBody = z.infer<typeof MePatchBodySchema>;
