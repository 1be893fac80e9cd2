/** Ticket actions: reply, solve, rate, change requester, replace CCs. */
import { CcsBodySchema, CommentBodySchema, RequesterBodySchema, SatisfactionBodySchema } from '../../core/schemas/index.js';
import { iso } from '../db/time.js';
import type { CommentRecord, TicketRecord } from '../db/types.js';
import { json, problem, validate, validationFailed } from '../http.js';
import type { Ctx, Route } from '../router.js';
import { emitEvent } from './events.js';
import { uploadsFor } from './tickets.js';
import { permissions, personOf, toComment, toTicket, visibleTicket } from './ticket-view.js';

function ticketOf(ctx: Ctx): TicketRecord {
  return visibleTicket(ctx, ctx.params.id ?? '');
}

function activeContact(ctx: Ctx, t: TicketRecord, id: string): boolean {
  const c = ctx.db.contacts.get(t.organizationId)?.get(id);
  return c !== undefined && c.status === 'active';
}

export const ticketActionRoutes: Route[] = [
  {
    method: 'POST',
    path: '/tickets/:id/comments',
    handle: async (ctx) => {
      const t = ticketOf(ctx);
      if (t.status === 'closed') throw problem(409, 'ticket-closed', 'Solicitações encerradas não recebem respostas: abra uma nova solicitação.');
      if (!permissions(ctx.db, ctx.user, t).canComment) throw problem(403, 'permission-denied', 'Você não pode responder esta solicitação.');
      const body = validate(CommentBodySchema, await ctx.body());
      const attachments = uploadsFor(ctx, body.attachmentIds);
      const detail = ctx.db.detail(t);
      const now = ctx.db.now();
      ctx.db.counters.comment += 1;
      const comment: CommentRecord = {
        id: `cmt-${t.number}-n${ctx.db.counters.comment}`,
        author: { ...personOf(ctx.db, ctx.user.id), kind: 'customer' },
        createdAt: iso(now),
        body: body.body,
        attachments,
      };
      detail.comments.push(comment);
      ctx.db.registerAttachments(detail);
      // A requester's reply reopens a solved ticket and answers a pending one.
      if (t.status === 'solved' || t.status === 'pending') t.status = 'open';
      t.updatedMs = now;
      emitEvent(ctx, 'ticket.comment.created', { kind: 'ticket', id: t.id }, t.organizationId);
      return json(toComment(ctx, comment), { status: 201 });
    },
  },
  {
    method: 'POST',
    path: '/tickets/:id/solve',
    handle: (ctx) => {
      const t = ticketOf(ctx);
      if (t.status === 'solved') throw problem(409, 'ticket-already-solved', 'A solicitação já está resolvida.');
      if (t.status === 'closed') throw problem(409, 'ticket-closed', 'A solicitação já está encerrada.');
      if (!permissions(ctx.db, ctx.user, t).canSolve) throw problem(403, 'permission-denied', 'Somente o solicitante ou um administrador pode marcar como resolvida.');
      t.status = 'solved';
      t.updatedMs = ctx.db.now();
      delete t.dueMs;
      emitEvent(ctx, 'ticket.updated', { kind: 'ticket', id: t.id }, t.organizationId);
      return json(toTicket(ctx, t), { etag: true });
    },
  },
  {
    method: 'POST',
    path: '/tickets/:id/satisfaction',
    handle: async (ctx) => {
      const t = ticketOf(ctx);
      const body = validate(SatisfactionBodySchema, await ctx.body());
      if (t.platform !== 'portal') throw problem(409, 'ticket-archived', 'Solicitações arquivadas são somente leitura.');
      if (t.status !== 'solved' && t.status !== 'closed') {
        throw problem(409, 'ticket-not-solved', 'A avaliação fica disponível quando a solicitação for resolvida.');
      }
      if (t.requesterId !== ctx.user.id) throw problem(403, 'permission-denied', 'Somente o solicitante avalia o atendimento.');
      const detail = ctx.db.detail(t);
      detail.satisfaction = { rating: body.rating };
      if (body.comment !== undefined && body.comment.trim() !== '') detail.satisfaction.comment = body.comment.trim();
      t.updatedMs = ctx.db.now();
      emitEvent(ctx, 'ticket.updated', { kind: 'ticket', id: t.id }, t.organizationId);
      return json(toTicket(ctx, t), { etag: true });
    },
  },
  {
    method: 'PUT',
    path: '/tickets/:id/requester',
    handle: async (ctx) => {
      const t = ticketOf(ctx);
      if (!permissions(ctx.db, ctx.user, t).canChangeRequester) throw problem(403, 'permission-denied', 'Somente administradores da organização trocam o solicitante.');
      const body = validate(RequesterBodySchema, await ctx.body());
      if (!activeContact(ctx, t, body.requesterId)) {
        throw validationFailed([{ path: 'requesterId', message: 'Escolha um contato ativo da organização' }]);
      }
      t.requesterId = body.requesterId;
      t.ccIds = t.ccIds.filter((id) => id !== body.requesterId);
      t.updatedMs = ctx.db.now();
      emitEvent(ctx, 'ticket.updated', { kind: 'ticket', id: t.id }, t.organizationId);
      return json(toTicket(ctx, t), { etag: true });
    },
  },
  {
    method: 'PUT',
    path: '/tickets/:id/ccs',
    handle: async (ctx) => {
      const t = ticketOf(ctx);
      if (!permissions(ctx.db, ctx.user, t).canEditCcs) throw problem(403, 'permission-denied', 'Você não pode alterar as pessoas em cópia.');
      const body = validate(CcsBodySchema, await ctx.body());
      const errors = body.personIds.flatMap((id, i) => (activeContact(ctx, t, id) ? [] : [{ path: `personIds.${i}`, message: 'Não é um contato ativo da organização' }]));
      if (errors.length > 0) throw validationFailed(errors);
      t.ccIds = [...new Set(body.personIds)].filter((id) => id !== t.requesterId);
      t.updatedMs = ctx.db.now();
      emitEvent(ctx, 'ticket.updated', { kind: 'ticket', id: t.id }, t.organizationId);
      return json(toTicket(ctx, t), { etag: true });
    },
  },
];
