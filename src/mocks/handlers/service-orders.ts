/** Service orders — Aprovar OS (list for members; decisions for admins). */
import {
  BulkDecisionBodySchema, type BulkDecisionResult, DecisionBodySchema, type ServiceOrder, ServiceOrderListQuerySchema,
} from '../../core/schemas/index.js';
import { dateRangeIn, iso } from '../db/time.js';
import type { ServiceOrderRecord } from '../db/types.js';
import { ApiProblem, json, matchesText, notFound, paginate, parseQuery, problem, sortItems, validate } from '../http.js';
import type { Ctx, Route } from '../router.js';
import { param, requireAdmin, requireMember } from './access.js';
import { emitEvent } from './events.js';
import { personOf } from './ticket-view.js';

export function toServiceOrder(s: ServiceOrderRecord): ServiceOrder {
  return structuredClone(s);
}

function ordersOf(ctx: Ctx, orgId: string): ServiceOrderRecord[] {
  return ctx.db.serviceOrders.get(orgId) ?? [];
}

const DECIDE_ONLY_ADMINS = 'Somente administradores da organização aprovam ou rejeitam OS.';

/** Applies a decision or throws the problem (404, 409 already-decided). */
function decide(ctx: Ctx, orgId: string, id: string, decision: 'approve' | 'reject', reason: string | undefined): ServiceOrderRecord {
  const so = ordersOf(ctx, orgId).find((s) => s.id === id);
  if (!so) throw notFound('A OS');
  if (so.status !== 'pending') {
    throw problem(409, 'already-decided', `A OS ${so.number} já foi ${so.status === 'approved' ? 'aprovada' : 'rejeitada'}.`);
  }
  so.status = decision === 'approve' ? 'approved' : 'rejected';
  so.decision = { by: personOf(ctx.db, ctx.user.id), at: iso(ctx.db.now()) };
  if (reason !== undefined && reason.trim() !== '') so.decision.reason = reason.trim();
  emitEvent(ctx, 'service-order.decided', { kind: 'service-order', id: so.id }, orgId);
  return so;
}

const SORT = {
  sentAt: (s: ServiceOrderRecord) => s.sentAt,
  number: (s: ServiceOrderRecord) => s.number,
  title: (s: ServiceOrderRecord) => s.title,
  totalHours: (s: ServiceOrderRecord) => s.totalHours,
  approvalDeadline: (s: ServiceOrderRecord) => s.approvalDeadline,
  status: (s: ServiceOrderRecord) => s.status,
  amount: (s: ServiceOrderRecord) => (s.amount ? Number(s.amount.amount) : undefined),
};

export const serviceOrderRoutes: Route[] = [
  {
    method: 'GET',
    path: '/organizations/:orgId/service-orders',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const query = parseQuery(ctx.url, ServiceOrderListQuerySchema);
      if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
        throw problem(400, 'invalid-query', 'O período está invertido.', [{ path: 'from', message: 'Deve ser anterior ou igual a "to"' }]);
      }
      const [from, to] = dateRangeIn(query.from, query.to, ctx.user.timeZone);
      const items = ordersOf(ctx, orgId).filter((s) => {
        const sent = Date.parse(s.sentAt);
        return (!query.status || s.status === query.status) && sent >= from && sent < to
          && matchesText(query.q, s.number, s.title, s.description, s.consultant.name, s.project, s.serviceType, ...(s.relatedTicketNumbers ?? []));
      });
      const page = paginate(sortItems(items, query.sort, SORT, '-sentAt'), query);
      return json({ ...page, items: page.items.map(toServiceOrder) });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/service-orders/decisions',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId, DECIDE_ONLY_ADMINS);
      const body = validate(BulkDecisionBodySchema, await ctx.body());
      const results: BulkDecisionResult['results'] = body.ids.map((id) => {
        try {
          return { id, ok: true, serviceOrder: toServiceOrder(decide(ctx, orgId, id, body.decision, body.reason)) };
        } catch (error) {
          if (error instanceof ApiProblem) return { id, ok: false, problem: error.toJSON() };
          throw error;
        }
      });
      return json({ results });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/service-orders/:id/decision',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId, DECIDE_ONLY_ADMINS);
      if (!ordersOf(ctx, orgId).some((s) => s.id === param(ctx, 'id'))) throw notFound('A OS');
      const body = validate(DecisionBodySchema, await ctx.body());
      return json(toServiceOrder(decide(ctx, orgId, param(ctx, 'id'), body.decision, body.reason)));
    },
  },
];
