/**
 * Live updates — server events: `GET /v1/events`. One stream per page names what changed
 * elsewhere (an agent's reply, an order a colleague decided…); widgets refetch it through the
 * shared cache. The same event data comes through the long-poll fallback
 * (`Accept: application/json`, `?cursor=…&wait=…`).
 */
import * as z from 'zod/mini';
import { IdSchema, TimestampSchema } from './common.js';

/** Every event type of API.md but `stream.open` (the stream's own first message). */
export const LIVE_EVENT_TYPES = [
  'ticket.created', 'ticket.updated', 'ticket.comment.created',
  'service-order.created', 'service-order.decided',
  'license.updated', 'installation.updated', 'licensing.message.created',
  'contact.updated', 'product.updated', 'lgpd-term.updated',
  'stream.reset',
] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

export const LiveEventTypeSchema = z.enum(LIVE_EVENT_TYPES);

/** What changed: `{ kind: 'ticket', id: 'tkt-…' }`, `{ kind: 'service-order', id: 'os-…' }`… */
export const LiveResourceSchema = z.object({ kind: z.string().check(z.minLength(1)), id: IdSchema });
export type LiveResource = z.infer<typeof LiveResourceSchema>;

/**
 * One event's `data`. `causedBy.idempotencyKey` is there when the change came from a request that
 * carried that key: the page that sent it skips its own echo.
 */
export const LiveEventSchema = z.object({
  id: IdSchema,
  type: LiveEventTypeSchema,
  occurredAt: TimestampSchema,
  organizationId: z.optional(IdSchema),
  resource: z.optional(LiveResourceSchema),
  causedBy: z.optional(z.object({ idempotencyKey: z.optional(z.string()) })),
});
export type LiveEvent = z.infer<typeof LiveEventSchema>;

/** `event: stream.open`: where the stream starts and how often a heartbeat comment comes. */
export const StreamOpenSchema = z.object({ cursor: z.string().check(z.minLength(1)), heartbeatSeconds: z.int().check(z.minimum(1)) });
export type StreamOpen = z.infer<typeof StreamOpenSchema>;

/** Query of the long-poll fallback (`Accept: application/json`; decoded values, as list queries). */
export const LiveEventsQuerySchema = z.object({
  cursor: z.optional(z.string()),
  /** seconds the server may hold the request open when nothing happened, at most 25 */
  wait: z.optional(z.int().check(z.minimum(0), z.maximum(25))),
});
export type LiveEventsQuery = z.infer<typeof LiveEventsQuerySchema>;

/** The long poll's answer: the events after `cursor` (possibly none) and the cursor to ask from next. */
export const LiveEventsPageSchema = z.object({ events: z.array(LiveEventSchema), cursor: z.string().check(z.minLength(1)) });
export type LiveEventsPage = z.infer<typeof LiveEventsPageSchema>;
