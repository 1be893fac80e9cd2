/** Service orders — Aprovar OS: `/v1/organizations/{orgId}/service-orders…`. */
import * as z from 'zod/mini';
import {
  DateOnlySchema, IdSchema, ListQuerySchema, MoneySchema, PersonSchema, ProblemSchema, TimestampSchema,
  listEnvelope,
} from './common.js';

export const ServiceOrderStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export type ServiceOrderStatus = z.infer<typeof ServiceOrderStatusSchema>;

/** `HH:MM`, 00:00–23:59. */
export const TimeOfDaySchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/** One worked period of the consultant. */
export const ServiceOrderEntrySchema = z.object({
  date: DateOnlySchema,
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  hours: z.number().check(z.minimum(0)),
  activity: z.string(),
});
export type ServiceOrderEntry = z.infer<typeof ServiceOrderEntrySchema>;

export const ServiceOrderDecisionSchema = z.object({
  by: PersonSchema,
  at: TimestampSchema,
  reason: z.optional(z.string()),
});
export type ServiceOrderDecision = z.infer<typeof ServiceOrderDecisionSchema>;

export const ServiceOrderSchema = z.object({
  id: IdSchema,
  number: z.string(),
  title: z.string(),
  description: z.string(),
  consultant: z.object({ name: z.string(), email: z.optional(z.string()) }),
  project: z.optional(z.string()),
  serviceType: z.optional(z.string()),
  modality: z.optional(z.enum(['remote', 'on_site'])),
  relatedTicketNumbers: z.optional(z.array(z.string())),
  entries: z.array(ServiceOrderEntrySchema),
  totalHours: z.number().check(z.minimum(0)),
  amount: z.optional(MoneySchema),
  status: ServiceOrderStatusSchema,
  sentAt: TimestampSchema,
  approvalDeadline: z.optional(DateOnlySchema),
  decision: z.optional(ServiceOrderDecisionSchema),
});
export type ServiceOrder = z.infer<typeof ServiceOrderSchema>;

export const ServiceOrderListSchema = listEnvelope(ServiceOrderSchema);
export type ServiceOrderList = z.infer<typeof ServiceOrderListSchema>;

/** `GET …/service-orders` query: `from`/`to` are dates, inclusive. */
export const ServiceOrderListQuerySchema = z.extend(ListQuerySchema, {
  status: z.optional(ServiceOrderStatusSchema),
  from: z.optional(DateOnlySchema),
  to: z.optional(DateOnlySchema),
});
export type ServiceOrderListQuery = z.infer<typeof ServiceOrderListQuerySchema>;

export const DecisionSchema = z.enum(['approve', 'reject']);
export type Decision = z.infer<typeof DecisionSchema>;

export const REJECT_REASON_MIN = 10;
export const REJECT_REASON_MAX = 2000;

const reasonSchema = z.optional(z.string().check(z.trim(), z.maxLength(REJECT_REASON_MAX)));

/**
 * Rejecting needs a reason of 10–2000 characters (trimmed); the issue lands on `reason` so a form
 * shows it under that field, as the server's 422 `errors[].path` would.
 */
const reasonRequiredOnReject = z.superRefine<{ decision: Decision; reason?: string | undefined }>((body, ctx) => {
  if (body.decision !== 'reject') return;
  if ((body.reason?.length ?? 0) >= REJECT_REASON_MIN) return;
  // the same issues a required `z.string().check(z.minLength(10))` field would raise
  ctx.addIssue(body.reason === undefined
    ? { code: 'invalid_type', expected: 'string', input: body.reason, path: ['reason'] }
    : { code: 'too_small', origin: 'string', minimum: REJECT_REASON_MIN, inclusive: true, input: body.reason, path: ['reason'] });
});

/** `POST …/service-orders/{id}/decision` (409 if already decided). */
export const DecisionBodySchema = z.object({
  decision: DecisionSchema,
  reason: reasonSchema,
}).check(reasonRequiredOnReject);
export type DecisionBody = z.infer<typeof DecisionBodySchema>;

/** `POST …/service-orders/decisions`: the same decision for many orders. */
export const BulkDecisionBodySchema = z.object({
  ids: z.array(IdSchema).check(z.minLength(1)),
  decision: DecisionSchema,
  reason: reasonSchema,
}).check(reasonRequiredOnReject);
export type BulkDecisionBody = z.infer<typeof BulkDecisionBodySchema>;

/** Partial success is normal: `serviceOrder` when `ok`, `problem` otherwise. */
export const BulkDecisionResultSchema = z.object({
  results: z.array(z.object({
    id: IdSchema,
    ok: z.boolean(),
    serviceOrder: z.optional(ServiceOrderSchema),
    problem: z.optional(ProblemSchema),
  })),
});
export type BulkDecisionResult = z.infer<typeof BulkDecisionResultSchema>;
