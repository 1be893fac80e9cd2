/** Tickets: list (scopes and filters), CSV report, archives, one ticket, new ticket. */
import {
  TicketArchiveQuerySchema, TicketCreateBodySchema, TicketListQuerySchema, TicketReportQuerySchema,
} from '../../core/schemas/index.js';
import { fold } from '../db/names.js';
import { SLA_HOURS, nextTicketNumber, ticketId } from '../db/tickets.js';
import { HOUR, dateOnly, dateRangeIn, iso } from '../db/time.js';
import type { AttachmentRecord, TicketRecord } from '../db/types.js';
import { json, paginate, parseQuery, problem, sortItems, validate, validationFailed } from '../http.js';
import type { Ctx, Route } from '../router.js';
import { requireAdmin, requireMember } from './access.js';
import { emitEvent } from './events.js';
import { personOf, ticketProductName, toSummary, toTicket, visibleTicket } from './ticket-view.js';

const PRIORITY_RANK = { low: 0, normal: 1, high: 2, urgent: 3 } as const;
const STATUS_RANK = { new: 0, open: 1, pending: 2, hold: 3, solved: 4, closed: 5 } as const;

const SORT = {
  createdAt: (t: TicketRecord) => t.createdMs,
  updatedAt: (t: TicketRecord) => t.updatedMs,
  number: (t: TicketRecord) => (/^\d+$/.test(t.number) ? Number(t.number) : t.number),
  priority: (t: TicketRecord) => PRIORITY_RANK[t.priority],
  status: (t: TicketRecord) => STATUS_RANK[t.status],
};

const ARCHIVE_SORT = { ...SORT, closedAt: (t: TicketRecord) => t.closedMs ?? t.updatedMs };

/**
 * The folded text a search looks in, per ticket record, built once: folding 10,000 tickets' fields
 * on every keystroke cost the page's main thread ~40 ms per request (the worker's handlers run there).
 * Keyed by record, so a fresh database (reset) starts a fresh cache; none of these fields change.
 */
const haystacks = new WeakMap<TicketRecord, string>();

/** Free text over number, subject, requester, product and module (accent-insensitive). */
function textMatcher(ctx: Ctx, q: string | undefined): (t: TicketRecord) => boolean {
  if (!q || q.trim() === '') return () => true;
  const needle = fold(q.trim().replace(/^#/, ''));
  return (t) => {
    let haystack = haystacks.get(t);
    if (haystack === undefined) {
      // a newline never occurs in a needle, so no match spans two fields
      haystack = [t.number, fold(t.subject), fold(personOf(ctx.db, t.requesterId).name), fold(t.module ?? ''), fold(ticketProductName(ctx.db, t) ?? '')].join('\n');
      haystacks.set(t, haystack);
    }
    return haystack.includes(needle);
  };
}

/** Inclusive date range on an instant, in the user's time zone. */
function dateFilter(ctx: Ctx, from: string | undefined, to: string | undefined): (ms: number) => boolean {
  const [start, end] = dateRangeIn(from, to, ctx.user.timeZone);
  return (ms) => ms >= start && ms < end;
}

function checkRange(from: string | undefined, to: string | undefined, fromName: string): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw problem(400, 'invalid-query', 'O período está invertido.', [{ path: fromName, message: 'Deve ser anterior ou igual ao fim do período' }]);
  }
}

function orgFilter(ctx: Ctx, organizationId: string | undefined): void {
  if (organizationId !== undefined) requireMember(ctx, organizationId);
}

function csvCell(value: string | undefined): string {
  const v = value ?? '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const ticketRoutes: Route[] = [
  {
    method: 'GET',
    path: '/tickets',
    handle: (ctx) => {
      const query = parseQuery(ctx.url, TicketListQuerySchema, { arrays: ['status'] });
      const scope = query.scope ?? 'mine';
      if (scope === 'organization') {
        if (query.organizationId === undefined) {
          throw problem(400, 'invalid-query', 'scope=organization exige organizationId.', [{ path: 'organizationId', message: 'Obrigatório com scope=organization' }]);
        }
        requireAdmin(ctx, query.organizationId, 'Somente administradores veem todas as solicitações da organização.');
      } else {
        orgFilter(ctx, query.organizationId);
      }
      checkRange(query.openedFrom, query.openedTo, 'openedFrom');
      const me = ctx.user.id;
      const myOrgs = new Set(ctx.db.organizationsOf(me).map((o) => o.id));
      const statuses = query.status && query.status.length > 0 ? new Set(query.status) : undefined;
      const text = textMatcher(ctx, query.q);
      const opened = dateFilter(ctx, query.openedFrom, query.openedTo);
      const items = ctx.db.tickets.filter((t) => {
        if (query.organizationId !== undefined && t.organizationId !== query.organizationId) return false;
        if (scope === 'mine' && t.requesterId !== me) return false;
        if (scope === 'cc' && !t.ccIds.includes(me)) return false;
        if (scope === 'managed' && !myOrgs.has(t.organizationId)) return false;
        if (statuses && !statuses.has(t.status)) return false;
        if (query.priority !== undefined && t.priority !== query.priority) return false;
        if (query.productId !== undefined && t.productId !== query.productId) return false;
        if (!opened(t.createdMs)) return false;
        return text(t);
      });
      const page = paginate(sortItems(items, query.sort, SORT, '-updatedAt'), query);
      return json({ ...page, items: page.items.map((t) => toSummary(ctx, t)) });
    },
  },
  {
    method: 'GET',
    path: '/tickets/report',
    handle: (ctx) => {
      const query = parseQuery(ctx.url, TicketReportQuerySchema);
      if (query.scope === 'organization') {
        if (query.organizationId === undefined) {
          throw problem(400, 'invalid-query', 'scope=organization exige organizationId.', [{ path: 'organizationId', message: 'Obrigatório com scope=organization' }]);
        }
        requireAdmin(ctx, query.organizationId, 'Somente administradores exportam as solicitações da organização.');
      } else {
        orgFilter(ctx, query.organizationId);
      }
      const rows = ctx.db.tickets.filter((t) => t.status !== 'solved' && t.status !== 'closed'
        && (query.organizationId === undefined || t.organizationId === query.organizationId)
        && (query.scope === 'organization' || t.requesterId === ctx.user.id));
      const header = ['number', 'subject', 'status', 'priority', 'product', 'module', 'requester', 'organization', 'createdAt', 'dueAt'];
      const lines = [header.join(',')];
      for (const t of sortItems(rows, '-createdAt', SORT, '-createdAt')) {
        lines.push([
          t.number, t.subject, t.status, t.priority, ticketProductName(ctx.db, t), t.module, personOf(ctx.db, t.requesterId).name,
          ctx.db.organizations.get(t.organizationId)?.name, iso(t.createdMs), t.dueMs !== undefined ? iso(t.dueMs) : '',
        ].map(csvCell).join(','));
      }
      const filename = `solicitacoes-abertas-${dateOnly(ctx.db.now())}.csv`;
      return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
        status: 200,
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
      });
    },
  },
  {
    method: 'GET',
    path: '/tickets/archive',
    handle: (ctx) => {
      const query = parseQuery(ctx.url, TicketArchiveQuerySchema);
      checkRange(query.closedFrom, query.closedTo, 'closedFrom');
      const myOrgs = new Set(ctx.db.organizationsOf(ctx.user.id).map((o) => o.id));
      const text = textMatcher(ctx, query.q);
      const closed = dateFilter(ctx, query.closedFrom, query.closedTo);
      const items = ctx.db.archive.filter((t) => t.platform === query.source && myOrgs.has(t.organizationId)
        && closed(t.closedMs ?? t.updatedMs) && text(t));
      const sort = ctx.url.searchParams.get('sort') ?? undefined;
      const page = paginate(sortItems(items, sort, ARCHIVE_SORT, '-closedAt'), query);
      return json({ ...page, items: page.items.map((t) => toSummary(ctx, t)) });
    },
  },
  {
    method: 'GET',
    path: '/tickets/:id',
    handle: (ctx) => json(toTicket(ctx, visibleTicket(ctx, ctx.params.id ?? '')), { etag: true }),
  },
  {
    method: 'POST',
    path: '/tickets',
    handle: async (ctx) => {
      const body = validate(TicketCreateBodySchema, await ctx.body());
      if (!ctx.db.organizations.has(body.organizationId)) {
        throw validationFailed([{ path: 'organizationId', message: 'Organização desconhecida' }]);
      }
      requireMember(ctx, body.organizationId);
      const product = ctx.db.products.get(body.productId);
      if (!product || product.organizationId !== body.organizationId) {
        throw validationFailed([{ path: 'productId', message: 'Produto não cadastrado nesta organização' }]);
      }
      const attachments = uploadsFor(ctx, body.attachmentIds);
      const ccIds = (body.ccEmails ?? []).map((email) => personIdForEmail(ctx, body.organizationId, email))
        .filter((id, i, all) => id !== ctx.user.id && all.indexOf(id) === i);
      const now = ctx.db.now();
      const number = nextTicketNumber(ctx.db.tickets);
      const t: TicketRecord = {
        id: ticketId(number),
        number: String(number),
        subject: body.subject,
        status: 'new',
        priority: body.priority,
        productId: product.id,
        requesterId: ctx.user.id,
        ccIds,
        organizationId: body.organizationId,
        createdMs: now,
        updatedMs: now,
        dueMs: now + SLA_HOURS[body.priority] * HOUR,
        platform: 'portal',
      };
      if (body.module !== undefined && body.module.trim() !== '') t.module = body.module.trim();
      ctx.db.addTicket(t, { description: body.description, comments: [], attachments });
      emitEvent(ctx, 'ticket.created', { kind: 'ticket', id: t.id }, t.organizationId);
      return json(toTicket(ctx, t), { status: 201, etag: true });
    },
  },
];

/** Uploaded attachments by id: 422 `attachmentIds.N` for an unknown one. */
export function uploadsFor(ctx: Ctx, ids: readonly string[] | undefined): AttachmentRecord[] {
  return (ids ?? []).map((id, i) => {
    const u = ctx.db.uploads.get(id);
    if (!u) throw validationFailed([{ path: `attachmentIds.${i}`, message: 'Anexo desconhecido: envie o arquivo em /v1/uploads antes' }]);
    return { id: u.id, name: u.name, size: u.size, contentType: u.contentType };
  });
}

/** A contact of the organization with this e-mail, or a CC-only person. */
function personIdForEmail(ctx: Ctx, orgId: string, email: string): string {
  const needle = email.trim().toLowerCase();
  for (const c of ctx.db.contacts.get(orgId)?.values() ?? []) if (c.email.toLowerCase() === needle) return c.id;
  for (const p of ctx.db.extraPeople.values()) if (p.email === needle) return p.id;
  const id = `per-${ctx.db.extraPeople.size + 1}`;
  const local = needle.split('@')[0] ?? needle;
  const name = local.split(/[._-]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');
  ctx.db.extraPeople.set(id, { id, name: name || needle, email: needle });
  return id;
}
