/** Ticket visibility, permissions and the contract shapes (TicketSummary, Ticket, Comment, Attachment). */
import type { Attachment, Comment, Ticket, TicketPermissions, TicketSummary } from '../../core/schemas/index.js';
import type { MockDb } from '../db/index.js';
import { productName } from '../db/products.js';
import { hashString } from '../db/random.js';
import { iso } from '../db/time.js';
import type { AttachmentRecord, CommentRecord, PersonRecord, TicketRecord, UserRecord } from '../db/types.js';
import { notFound, problem } from '../http.js';
import type { Ctx } from '../router.js';

const UNKNOWN_PERSON = (id: string): PersonRecord => ({ id, name: 'Contato removido', email: 'contato.removido@example.com' });

export function personOf(db: MockDb, id: string): PersonRecord {
  return db.person(id) ?? UNKNOWN_PERSON(id);
}

export function canSee(db: MockDb, user: UserRecord, t: TicketRecord): boolean {
  return t.requesterId === user.id || t.ccIds.includes(user.id) || db.rolesIn(user.id, t.organizationId) !== undefined;
}

export function permissions(db: MockDb, user: UserRecord, t: TicketRecord): TicketPermissions {
  if (t.platform !== 'portal') return { canComment: false, canSolve: false, canEditCcs: false, canChangeRequester: false };
  const admin = db.rolesIn(user.id, t.organizationId)?.includes('admin') ?? false;
  const requester = t.requesterId === user.id;
  const cc = t.ccIds.includes(user.id);
  const closed = t.status === 'closed';
  return {
    canComment: !closed && (requester || cc || admin),
    canSolve: t.status !== 'solved' && !closed && (requester || admin),
    canEditCcs: !closed && (requester || admin),
    canChangeRequester: !closed && admin,
  };
}

/** A signed link under the API base (downloads without the bearer token). */
export function signature(db: MockDb, id: string): string {
  return hashString(`${db.seed}:${id}:meu-espaco`);
}

export function toAttachment(ctx: Pick<Ctx, 'db' | 'base'>, a: AttachmentRecord): Attachment {
  ctx.db.attachments.set(a.id, a);
  return {
    id: a.id,
    name: a.name,
    size: a.size,
    contentType: a.contentType,
    url: `${ctx.base}/files/${encodeURIComponent(a.id)}?signature=${signature(ctx.db, a.id)}`,
  };
}

export function toComment(ctx: Pick<Ctx, 'db' | 'base'>, c: CommentRecord): Comment {
  const out: Comment = {
    id: c.id,
    author: { id: c.author.id, name: c.author.name, email: c.author.email, kind: c.author.kind },
    createdAt: c.createdAt,
    body: c.body,
    attachments: c.attachments.map((a) => toAttachment(ctx, a)),
  };
  if (c.htmlBody !== undefined) out.htmlBody = c.htmlBody;
  return out;
}

export function toSummary(ctx: Pick<Ctx, 'db' | 'user'>, t: TicketRecord): TicketSummary {
  const { db, user } = ctx;
  const org = db.organizations.get(t.organizationId);
  const out: TicketSummary = {
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    requester: personOf(db, t.requesterId),
    ccs: t.ccIds.map((id) => personOf(db, id)),
    organization: { id: t.organizationId, name: org?.name ?? t.organizationId },
    createdAt: iso(t.createdMs),
    updatedAt: iso(t.updatedMs),
    platform: t.platform,
    permissions: permissions(db, user, t),
  };
  const name = ticketProductName(db, t);
  if (t.productId && name) out.product = { id: t.productId, name };
  if (t.module !== undefined) out.module = t.module;
  if (t.dueMs !== undefined) out.dueAt = iso(t.dueMs);
  if (t.closedMs !== undefined) out.closedAt = iso(t.closedMs);
  return out;
}

export function ticketProductName(db: MockDb, t: TicketRecord): string | undefined {
  const p = t.productId ? db.products.get(t.productId) : undefined;
  return p ? productName(p) : t.productName;
}

export function toTicket(ctx: Pick<Ctx, 'db' | 'user' | 'base'>, t: TicketRecord): Ticket {
  const d = ctx.db.detail(t);
  const out: Ticket = {
    ...toSummary(ctx, t),
    description: d.description,
    comments: d.comments.map((c) => toComment(ctx, c)),
    attachments: d.attachments.map((a) => toAttachment(ctx, a)),
  };
  if (d.satisfaction) {
    out.satisfaction = { rating: d.satisfaction.rating };
    if (d.satisfaction.comment !== undefined) out.satisfaction.comment = d.satisfaction.comment;
  }
  return out;
}

/** The ticket: 404 unknown, 403 not visible to the user. */
export function visibleTicket(ctx: Ctx, id: string): TicketRecord {
  const t = ctx.db.ticket(id);
  if (!t) throw notFound('A solicitação');
  if (!canSee(ctx.db, ctx.user, t)) throw problem(403, 'permission-denied', 'Você não tem acesso a esta solicitação.');
  return t;
}
