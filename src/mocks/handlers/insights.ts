/** Dashboard, LGPD term and maturity index. */
import {
  type Dashboard, DashboardQuerySchema, LgpdAcceptanceBodySchema, type LgpdTerm, MaturityIndexQuerySchema,
} from '../../core/schemas/index.js';
import { maturityIndexOf } from '../db/maturity.js';
import { productName } from '../db/products.js';
import { int, rngFor } from '../db/random.js';
import { DAY, HOUR, REF_MS, addDays, addMonths, dateOnly, iso, parseDateOnly } from '../db/time.js';
import type { LgpdTermRecord, Priority } from '../db/types.js';
import { json, notFound, parseQuery, problem, validate } from '../http.js';
import type { Route } from '../router.js';
import { param, requireAdmin, requireMember } from './access.js';
import { emitEvent } from './events.js';
import { personOf } from './ticket-view.js';

/** Monday of the week of a date. */
function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

function toLgpd(t: LgpdTermRecord): LgpdTerm {
  return structuredClone(t);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export const insightRoutes: Route[] = [
  {
    method: 'GET',
    path: '/organizations/:orgId/dashboard',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const query = parseQuery(ctx.url, DashboardQuerySchema);
      const granularity = query.granularity ?? 'month';
      const to = query.to ?? dateOnly(REF_MS);
      const from = query.from ?? (granularity === 'month' ? addMonths(`${to.slice(0, 7)}-01`, -5) : addDays(mondayOf(to), -7 * 11));
      if (from > to) throw problem(400, 'invalid-query', 'O período está invertido.', [{ path: 'from', message: 'Deve ser anterior ou igual a "to"' }]);
      const buckets: string[] = [];
      let cursor = granularity === 'month' ? `${from.slice(0, 7)}-01` : mondayOf(from);
      while (cursor <= to) {
        buckets.push(cursor);
        cursor = granularity === 'month' ? addMonths(cursor, 1) : addDays(cursor, 7);
        if (buckets.length > 520) throw problem(400, 'invalid-query', 'Período longo demais para a granularidade.', [{ path: 'from', message: 'No máximo 520 períodos' }]);
      }
      const bucketOf = (ms: number): number => {
        const d = dateOnly(ms);
        let lo = 0;
        for (let i = 0; i < buckets.length; i++) if ((buckets[i] ?? '') <= d) lo = i;
        return lo;
      };
      const startMs = parseDateOnly(from);
      const endMs = parseDateOnly(to) + DAY;
      const opened = buckets.map(() => 0);
      const solved = buckets.map(() => 0);
      const byProduct = new Map<string, number>();
      const byPriority: Record<Priority, number> = { low: 0, normal: 0, high: 0, urgent: 0 };
      const backlog = { new: 0, open: 0, pending: 0, hold: 0 };
      let resolutionHours = 0;
      let resolved = 0;
      for (const t of ctx.db.tickets) {
        if (t.organizationId !== orgId) continue;
        if (t.status === 'new' || t.status === 'open' || t.status === 'pending' || t.status === 'hold') backlog[t.status] += 1;
        if (t.createdMs >= startMs && t.createdMs < endMs) {
          opened[bucketOf(t.createdMs)] = (opened[bucketOf(t.createdMs)] ?? 0) + 1;
          byPriority[t.priority] += 1;
          const p = t.productId ? ctx.db.products.get(t.productId) : undefined;
          const name = p ? productName(p) : 'Sem produto';
          byProduct.set(name, (byProduct.get(name) ?? 0) + 1);
        }
        if ((t.status === 'solved' || t.status === 'closed') && t.updatedMs >= startMs && t.updatedMs < endMs) {
          const b = bucketOf(t.updatedMs);
          solved[b] = (solved[b] ?? 0) + 1;
          resolutionHours += (t.updatedMs - t.createdMs) / HOUR;
          resolved += 1;
        }
      }
      let pending = 0;
      let approvedHours = 0;
      let rejected = 0;
      for (const so of ctx.db.serviceOrders.get(orgId) ?? []) {
        if (so.status === 'pending') pending += 1;
        const at = so.decision ? Date.parse(so.decision.at) : NaN;
        if (so.status === 'approved' && at >= startMs && at < endMs) approvedHours += so.totalHours;
        if (so.status === 'rejected' && at >= startMs && at < endMs) rejected += 1;
      }
      const rng = rngFor(ctx.db.seed, 'dashboard', orgId, from, to);
      const totalOpened = opened.reduce((s, n) => s + n, 0);
      const dashboard: Dashboard = {
        period: { from, to, granularity },
        opened: buckets.map((period, i) => ({ period, count: opened[i] ?? 0 })),
        solved: buckets.map((period, i) => ({ period, count: solved[i] ?? 0 })),
        averageOpenedPerPeriod: round1(totalOpened / Math.max(1, buckets.length)),
        backlog,
        byProduct: [...byProduct.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        byPriority: (['low', 'normal', 'high', 'urgent'] as const).map((priority) => ({ priority, count: byPriority[priority] })),
        slaCompliance: int(rng, 780, 960) / 1000,
        avgFirstResponseHours: int(rng, 12, 60) / 10,
        avgResolutionHours: resolved > 0 ? round1(resolutionHours / resolved) : 0,
        serviceOrders: { pending, approvedHours: round1(approvedHours), rejected },
        projects: (ctx.db.projects.get(orgId) ?? []).map((p) => ({ ...p })),
      };
      return json(dashboard);
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/lgpd-term',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const term = ctx.db.lgpd.get(orgId);
      if (!term) throw notFound('O termo LGPD');
      return json(toLgpd(term));
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/lgpd-term/acceptance',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId, 'Somente administradores aceitam o termo LGPD em nome da organização.');
      const term = ctx.db.lgpd.get(orgId);
      if (!term) throw notFound('O termo LGPD');
      const body = validate(LgpdAcceptanceBodySchema, await ctx.body());
      if (body.version !== term.version) throw problem(409, 'version-not-current', `A versão vigente do termo é ${term.version}.`);
      term.acceptance = { version: body.version, acceptedAt: iso(ctx.db.now()), acceptedBy: personOf(ctx.db, ctx.user.id) };
      emitEvent(ctx, 'lgpd-term.updated', { kind: 'lgpd-term', id: orgId }, orgId);
      return json(toLgpd(term));
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/maturity-index',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const query = parseQuery(ctx.url, MaturityIndexQuerySchema);
      const compareBy = query.compareBy ?? 'segment';
      const m = ctx.db.maturity(orgId);
      if (!m) throw notFound('O índice de maturidade');
      return json(maturityIndexOf(m, compareBy));
    },
  },
];
