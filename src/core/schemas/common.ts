/**
 * Primitives shared by every domain of API.md (see docs/ARCHITECTURE.md, "Schema conventions").
 * Response schemas are lenient where the contract is silent (free text stays `string`);
 * request bodies carry the contract's limits so forms validate with the very same schema.
 */
import * as z from 'zod/mini';

/** Opaque identifier: never parsed, only compared and sent back. */
export const IdSchema = z.string().check(z.minLength(1));
export type Id = z.infer<typeof IdSchema>;

/** ISO-8601 / RFC 3339 timestamp with a mandatory offset: `2026-03-14T10:20:00-03:00` or `…Z`. */
export const TimestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof TimestampSchema>;

/** Calendar date without time or zone: `YYYY-MM-DD` (a real date: no 2026-02-30). */
export const DateOnlySchema = z.iso.date();
export type DateOnly = z.infer<typeof DateOnlySchema>;

/** API.md's `int`: an integer ≥ 0. */
export const IntSchema = z.int().check(z.minimum(0));
export type Int = z.infer<typeof IntSchema>;

/** A fraction in [0, 1] (SLA compliance, progress). */
export const RatioSchema = z.number().check(z.minimum(0), z.maximum(1));
export type Ratio = z.infer<typeof RatioSchema>;

/** A score or percentile in [0, 100]. */
export const PercentSchema = z.number().check(z.minimum(0), z.maximum(100));
export type Percent = z.infer<typeof PercentSchema>;

/** Money: the amount is a decimal string (never a float) in an ISO 4217 currency. */
export const MoneySchema = z.object({
  amount: z.string().check(z.regex(/^-?\d+(?:\.\d+)?$/)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Money = z.infer<typeof MoneySchema>;

/** A person as shown next to tickets, decisions and acceptances. */
export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

/** One field error of a 400/422: `path` is the dotted body path (`allocations.0.quantity`). */
export const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/**
 * RFC 9457 problem details (`application/problem+json`). `type` is a URI whose last segment is
 * a stable slug widgets switch on; extension members are dropped.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(100), z.maximum(599)),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(FieldErrorSchema)),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Who accepted which version of a term (EULA, LGPD). */
export const AcceptanceSchema = z.object({
  version: z.string(),
  acceptedAt: TimestampSchema,
  acceptedBy: PersonSchema,
});
export type Acceptance = z.infer<typeof AcceptanceSchema>;

/** The list envelope of API.md ("list of X"). */
export function listEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1), z.maximum(500)),
    total: IntSchema,
  });
}
export type ListEnvelope<T> = { items: T[]; page: number; pageSize: number; total: number };

// ---- request-side building blocks -------------------------------------------------------------

/** A person's name in a body: 2–120 characters after trimming. */
export const NameSchema = z.string().check(z.trim(), z.minLength(2), z.maxLength(120));
export type Name = z.infer<typeof NameSchema>;

/** Required free text in a body (a version, an installation's name): not blank once trimmed. */
export const RequiredTextSchema = z.string().check(z.trim(), z.minLength(1));
export type RequiredText = z.infer<typeof RequiredTextSchema>;

/** An e-mail address in a body. */
export const EmailSchema = z.email();
export type Email = z.infer<typeof EmailSchema>;

/**
 * Phone in a body, E.164-ish: optional `+`, digits with optional spaces, dots, hyphens or
 * parentheses, 10–13 digits in all (`+55 11 99999-9999`, `(11) 3333-4444`).
 */
export const PhoneSchema = z.string().check(z.trim(), z.regex(/^\+?[\s().-]*(?:\d[\s().-]*){10,13}$/));
export type Phone = z.infer<typeof PhoneSchema>;

// ---- list queries ------------------------------------------------------------------------------

/** `sort` of a list: a field name, `-` first for descending. */
export const SortSchema = z.string().check(z.regex(/^-?[A-Za-z][A-Za-z0-9_.]*$/));
export type Sort = z.infer<typeof SortSchema>;

/**
 * Query of every list endpoint (decoded values: a server coerces the URL's strings first).
 * Domain queries extend it.
 */
export const ListQuerySchema = z.object({
  page: z.optional(z.int().check(z.minimum(1))),
  pageSize: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
  sort: z.optional(SortSchema),
  q: z.optional(z.string()),
});
export type ListQuery = z.infer<typeof ListQuerySchema>;
