/** Products — Meus produtos, and the catalogue of product lines. */
import {
  ListQuerySchema, type Product, ProductBodySchema, type ProductLine, ProductPatchBodySchema,
} from '../../core/schemas/index.js';
import { lineById } from '../db/catalog.js';
import { iso } from '../db/time.js';
import type { ProductRecord } from '../db/types.js';
import {
  checkIfMatch, json, matchesText, noContent, notFound, paginate, parseQuery, problem, sortItems, validate, validationFailed,
} from '../http.js';
import type { Ctx, Route } from '../router.js';
import { param, requireMember } from './access.js';
import { emitEvent } from './events.js';

export function toProduct(p: ProductRecord): Product {
  const { organizationId: _org, ...rest } = p;
  return { ...rest };
}

function findProduct(ctx: Ctx, orgId: string, id: string): ProductRecord {
  const p = ctx.db.products.get(id);
  if (!p || p.organizationId !== orgId) throw notFound('O produto');
  return p;
}

function checkLine(lineId: string, version: string | undefined): string {
  const line = lineById(lineId);
  if (!line) throw validationFailed([{ path: 'lineId', message: 'Linha de produto desconhecida' }]);
  if (version !== undefined && !line.versions.includes(version)) {
    throw validationFailed([{ path: 'version', message: `Versões de ${line.name}: ${line.versions.join(', ')}` }]);
  }
  return line.name;
}

function newId(ctx: Ctx): string {
  ctx.db.counters.product += 1;
  return `prd-n${String(ctx.db.counters.product).padStart(4, '0')}`;
}

const SORT = {
  lineName: (p: ProductRecord) => p.lineName,
  name: (p: ProductRecord) => `${p.lineName} ${p.version}`,
  version: (p: ProductRecord) => p.version,
  environment: (p: ProductRecord) => p.environment,
  createdAt: (p: ProductRecord) => p.createdAt,
  updatedAt: (p: ProductRecord) => p.updatedAt,
};

export const productRoutes: Route[] = [
  {
    method: 'GET',
    path: '/catalog/product-lines',
    handle: ({ db }) => json(db.productLines.map((l): ProductLine => ({ id: l.id, name: l.name, versions: [...l.versions] }))),
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/products',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const query = parseQuery(ctx.url, ListQuerySchema);
      const items = [...ctx.db.products.values()].filter((p) => p.organizationId === orgId
        && matchesText(query.q, p.lineName, p.version, p.release, p.notes, p.database, p.operatingSystem, p.environment));
      const page = paginate(sortItems(items, query.sort, SORT, 'name'), query);
      return json({ ...page, items: page.items.map(toProduct) });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/products',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const body = validate(ProductBodySchema, await ctx.body());
      const lineName = checkLine(body.lineId, body.version);
      const now = iso(ctx.db.now());
      const p: ProductRecord = {
        id: newId(ctx), organizationId: orgId, lineId: body.lineId, lineName, version: body.version,
        environment: body.environment, shareTicketsInSolutionSearch: body.shareTicketsInSolutionSearch, createdAt: now, updatedAt: now,
      };
      for (const key of ['release', 'database', 'operatingSystem', 'notes'] as const) {
        const value = body[key];
        if (value !== undefined && value.trim() !== '') p[key] = value;
      }
      ctx.db.products.set(p.id, p);
      emitEvent(ctx, 'product.updated', { kind: 'product', id: p.id }, orgId);
      return json(toProduct(p), { status: 201, etag: true });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/products/:id/duplicate',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const source = findProduct(ctx, orgId, param(ctx, 'id'));
      const now = iso(ctx.db.now());
      const copy: ProductRecord = { ...source, id: newId(ctx), createdAt: now, updatedAt: now };
      ctx.db.products.set(copy.id, copy);
      emitEvent(ctx, 'product.updated', { kind: 'product', id: copy.id }, orgId);
      return json(toProduct(copy), { status: 201, etag: true });
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/products/:id',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      return json(toProduct(findProduct(ctx, orgId, param(ctx, 'id'))), { etag: true });
    },
  },
  {
    method: 'PATCH',
    path: '/organizations/:orgId/products/:id',
    handle: async (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const p = findProduct(ctx, orgId, param(ctx, 'id'));
      checkIfMatch(ctx.request, toProduct(p));
      const body = validate(ProductPatchBodySchema, await ctx.body());
      const lineId = body.lineId ?? p.lineId;
      const version = body.version ?? p.version;
      p.lineName = checkLine(lineId, body.lineId !== undefined || body.version !== undefined ? version : undefined);
      p.lineId = lineId;
      p.version = version;
      if (body.environment !== undefined) p.environment = body.environment;
      if (body.shareTicketsInSolutionSearch !== undefined) p.shareTicketsInSolutionSearch = body.shareTicketsInSolutionSearch;
      for (const key of ['release', 'database', 'operatingSystem', 'notes'] as const) {
        const value = body[key];
        if (value === undefined) continue;
        if (value.trim() === '') delete p[key];
        else p[key] = value;
      }
      p.updatedAt = iso(ctx.db.now());
      emitEvent(ctx, 'product.updated', { kind: 'product', id: p.id }, orgId);
      return json(toProduct(p), { etag: true });
    },
  },
  {
    method: 'DELETE',
    path: '/organizations/:orgId/products/:id',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      const p = findProduct(ctx, orgId, param(ctx, 'id'));
      const open = ctx.db.tickets.filter((t) => t.productId === p.id && t.status !== 'solved' && t.status !== 'closed').length;
      if (open > 0) {
        throw problem(409, 'product-in-use', `${open} solicitação(ões) em aberto usam este produto; encerre-as ou altere o produto antes de excluir.`);
      }
      ctx.db.products.delete(p.id);
      emitEvent(ctx, 'product.updated', { kind: 'product', id: p.id }, orgId);
      return noContent();
    },
  },
];
