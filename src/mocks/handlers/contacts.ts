/** Contacts — Administração de contatos (admin only; members may list role=admin). */
import {
  type Contact, ContactCreateBodySchema, ContactImportBodySchema, type ContactImportResult, ContactImportRowSchema,
  ContactListQuerySchema, ContactPatchBodySchema, type Problem,
} from '../../core/schemas/index.js';
import { iso } from '../db/time.js';
import type { ContactRecord } from '../db/types.js';
import {
  ApiProblem, checkIfMatch, issuesToErrors, json, matchesText, noContent, notFound, paginate, parseQuery, problem,
  sortItems, validate,
} from '../http.js';
import type { Ctx, Route } from '../router.js';
import { isAdmin, param, requireAdmin, requireMember } from './access.js';
import { emitEvent } from './events.js';

export function toContact(c: ContactRecord): Contact {
  const out: Contact = { id: c.id, name: c.name, email: c.email, role: c.role, status: c.status, createdAt: c.createdAt };
  if (c.phone !== undefined) out.phone = c.phone;
  if (c.jobTitle !== undefined) out.jobTitle = c.jobTitle;
  if (c.areas !== undefined) out.areas = [...c.areas];
  if (c.lastAccessAt !== undefined) out.lastAccessAt = c.lastAccessAt;
  return out;
}

function contactsOf(ctx: Ctx, orgId: string): Map<string, ContactRecord> {
  let map = ctx.db.contacts.get(orgId);
  if (!map) {
    map = new Map();
    ctx.db.contacts.set(orgId, map);
  }
  return map;
}

function findContact(ctx: Ctx, orgId: string, id: string): ContactRecord {
  const c = contactsOf(ctx, orgId).get(id);
  if (!c) throw notFound('O contato');
  return c;
}

function lastAdminProblem(): ApiProblem {
  return problem(409, 'last-admin', 'Este é o último administrador ativo da organização: promova outro contato antes.');
}

function isActiveAdmin(c: ContactRecord): boolean {
  return c.role === 'admin' && c.status === 'active';
}

function activeAdmins(ctx: Ctx, orgId: string): number {
  let n = 0;
  for (const c of contactsOf(ctx, orgId).values()) if (isActiveAdmin(c)) n++;
  return n;
}

function duplicateEmail(ctx: Ctx, orgId: string, email: string): boolean {
  const needle = email.trim().toLowerCase();
  for (const c of contactsOf(ctx, orgId).values()) if (c.email.toLowerCase() === needle) return true;
  return false;
}

function newContact(ctx: Ctx, body: { name: string; email: string; phone?: string | undefined; jobTitle?: string | undefined; role: 'admin' | 'member'; areas?: ContactRecord['areas'] | undefined }): ContactRecord {
  ctx.db.counters.contact += 1;
  const c: ContactRecord = {
    id: `ctt-n${String(ctx.db.counters.contact).padStart(4, '0')}`,
    name: body.name,
    email: body.email.trim().toLowerCase(),
    role: body.role,
    status: 'invited',
    createdAt: isoNow(ctx),
  };
  if (body.phone !== undefined) c.phone = body.phone;
  if (body.jobTitle !== undefined && body.jobTitle.trim() !== '') c.jobTitle = body.jobTitle.trim();
  if (body.areas !== undefined) c.areas = [...new Set(body.areas)];
  return c;
}

function isoNow(ctx: Ctx): string {
  return iso(ctx.db.now());
}

const SORT = {
  name: (c: ContactRecord) => c.name,
  email: (c: ContactRecord) => c.email,
  role: (c: ContactRecord) => c.role,
  status: (c: ContactRecord) => c.status,
  createdAt: (c: ContactRecord) => c.createdAt,
  lastAccessAt: (c: ContactRecord) => c.lastAccessAt,
};

export const contactRoutes: Route[] = [
  {
    method: 'GET',
    path: '/organizations/:orgId/contacts',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const query = parseQuery(ctx.url, ContactListQuerySchema);
      if (!isAdmin(ctx, orgId) && query.role !== 'admin') {
        throw problem(403, 'admin-only', 'Somente administradores veem todos os contatos; membros podem consultar role=admin.');
      }
      const items = [...contactsOf(ctx, orgId).values()].filter((c) =>
        (!query.status || c.status === query.status)
        && (!query.role || c.role === query.role)
        && matchesText(query.q, c.name, c.email, c.jobTitle));
      const sorted = sortItems(items, query.sort, SORT, 'name');
      const page = paginate(sorted, query);
      return json({ ...page, items: page.items.map(toContact) });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/contacts/import',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId);
      const body = validate(ContactImportBodySchema, await ctx.body());
      const results: ContactImportResult['results'] = body.contacts.map((raw, row) => {
        const parsed = ContactImportRowSchema.safeParse(raw);
        if (!parsed.success) {
          const p: Problem = problem(422, 'validation-failed', `Linha ${row + 1}: há campos inválidos.`, issuesToErrors(parsed.error.issues)).toJSON();
          return { row, ok: false, problem: p };
        }
        if (duplicateEmail(ctx, orgId, parsed.data.email)) {
          return { row, ok: false, problem: problem(409, 'duplicate-email', `Linha ${row + 1}: ${parsed.data.email} já é um contato.`).toJSON() };
        }
        const c = newContact(ctx, parsed.data);
        contactsOf(ctx, orgId).set(c.id, c);
        emitEvent(ctx, 'contact.updated', { kind: 'contact', id: c.id }, orgId);
        return { row, ok: true, contact: toContact(c) };
      });
      return json({ results });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/contacts',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId);
      const body = validate(ContactCreateBodySchema, await ctx.body());
      if (duplicateEmail(ctx, orgId, body.email)) {
        throw problem(409, 'duplicate-email', `${body.email} já é um contato desta organização.`);
      }
      const c = newContact(ctx, body);
      contactsOf(ctx, orgId).set(c.id, c);
      emitEvent(ctx, 'contact.updated', { kind: 'contact', id: c.id }, orgId);
      return json(toContact(c), { status: 201, etag: true });
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/contacts/:id',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId);
      return json(toContact(findContact(ctx, orgId, param(ctx, 'id'))), { etag: true });
    },
  },
  {
    method: 'PATCH',
    path: '/organizations/:orgId/contacts/:id',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId);
      const c = findContact(ctx, orgId, param(ctx, 'id'));
      checkIfMatch(ctx.request, toContact(c));
      const body = validate(ContactPatchBodySchema, await ctx.body());
      const nextRole = body.role ?? c.role;
      const nextStatus = body.status ?? c.status;
      if (isActiveAdmin(c) && !(nextRole === 'admin' && nextStatus === 'active') && activeAdmins(ctx, orgId) <= 1) {
        throw lastAdminProblem();
      }
      if (body.name !== undefined) c.name = body.name;
      if (body.phone !== undefined) c.phone = body.phone;
      if (body.jobTitle !== undefined) {
        if (body.jobTitle.trim() === '') delete c.jobTitle;
        else c.jobTitle = body.jobTitle.trim();
      }
      if (body.areas !== undefined) c.areas = [...new Set(body.areas)];
      c.role = nextRole;
      c.status = nextStatus;
      const user = ctx.db.users.get(c.id);
      if (user && body.name !== undefined) user.name = body.name;
      emitEvent(ctx, 'contact.updated', { kind: 'contact', id: c.id }, orgId);
      return json(toContact(c), { etag: true });
    },
  },
  {
    method: 'DELETE',
    path: '/organizations/:orgId/contacts/:id',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireAdmin(ctx, orgId);
      const c = findContact(ctx, orgId, param(ctx, 'id'));
      if (isActiveAdmin(c) && activeAdmins(ctx, orgId) <= 1) throw lastAdminProblem();
      contactsOf(ctx, orgId).delete(c.id);
      emitEvent(ctx, 'contact.updated', { kind: 'contact', id: c.id }, orgId);
      return noContent();
    },
  },
];
