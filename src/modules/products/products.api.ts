/**
 * Every call <me-products> makes: typed, schema-checked, through the portal's client and cache.
 * The list is the very cache entry the new-request form of <me-tickets> reads (same key, same
 * request), and every mutation invalidates the `['organizations', orgId, 'products']` prefix: the
 * product pickers and lists showing the organization's products refresh without a reload.
 */
import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import {
  ProductLinesSchema, ProductListSchema, ProductSchema, type Product, type ProductBody, type ProductLines, type ProductList,
  type ProductPatchBody,
} from '../../core/schemas/products.js';
import { solutionKeys } from '../solutions/solutions.api.js';
import { liveKeys } from '../../core/live/keys.js';

/** A customer registers a few dozen products at most: one page holds them (the tickets' form asks the same). */
const LIST_QUERY = { pageSize: 500 } as const;

export const productKeys = {
  /** the prefix every view of the organization's products lives under (invalidated after a mutation) */
  all: (orgId: string) => ['organizations', orgId, 'products'] as const,
  /** the list, as `<me-ticket-new>`'s product picker keys it (tickets.api.ts `productsQuery`) */
  list: (orgId: string) => ['organizations', orgId, 'products', LIST_QUERY] as const,
  catalog: () => ['catalog', 'product-lines'] as const,
};

const base = (orgId: string) => `/organizations/${encodeURIComponent(orgId)}/products`;
const one = (orgId: string, id: string) => `${base(orgId)}/${encodeURIComponent(id)}`;

/** The organization's products: organization data, so it may start before `/v1/me`. */
export function productsQuery(portal: PortalContext | undefined): QueryOptions<ProductList> | undefined {
  const orgId = queryOrganization(portal);
  if (!portal || !orgId) return undefined;
  return {
    queryKey: productKeys.list(orgId),
    queryFn: async ({ signal }) => (await portal.client.get(base(orgId), ProductListSchema, { query: LIST_QUERY, signal })).data,
  };
}

/** The catalogue of product lines and their versions (the add/edit form's choices; rarely changes). */
export function catalogQuery(portal: PortalContext | undefined): QueryOptions<ProductLines> | undefined {
  if (!portal || portal.status === 'error') return undefined;
  return {
    queryKey: productKeys.catalog(),
    queryFn: async ({ signal }) => (await portal.client.get('/catalog/product-lines', ProductLinesSchema, { signal })).data,
    staleTime: 30 * 60_000,
  };
}

/** A single resource and the ETag its editor sends back (If-Match). */
export interface Versioned<T> {
  data: T;
  etag: string | undefined;
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export function isInUse(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/**
 * After any mutation: the list here, the tickets' product picker and filter refetch — and the
 * solution search, whose shared solved requests follow each product's share setting.
 */
export async function invalidateProducts(portal: PortalContext, orgId: string): Promise<void> {
  await Promise.all([
    portal.queryClient.invalidateQueries({ queryKey: productKeys.all(orgId) }),
    portal.queryClient.invalidateQueries({ queryKey: solutionKeys.all() }),
  ]);
}

/** Writes a product's new state into the cached list at once (the refetch confirms it). */
function storeInList(portal: PortalContext, orgId: string, product: Product): void {
  portal.queryClient.setQueryData<ProductList>(productKeys.list(orgId), (list) =>
    list && { ...list, items: list.items.map((p) => (p.id === product.id ? product : p)) });
}

export async function fetchProduct(portal: PortalContext, id: string): Promise<Versioned<Product>> {
  const { data, etag } = await portal.client.get(one(portal.organizationId!, id), ProductSchema);
  return { data, etag };
}

export async function createProduct(portal: PortalContext, body: ProductBody, idempotencyKey: string): Promise<Product> {
  const orgId = portal.organizationId!;
  const { data } = await portal.client.request({ method: 'POST', path: base(orgId), body, schema: ProductSchema, idempotencyKey });
  void invalidateProducts(portal, orgId);
  return data;
}

export async function duplicateProduct(portal: PortalContext, id: string, idempotencyKey: string): Promise<Product> {
  const orgId = portal.organizationId!;
  const { data } = await portal.client.request({ method: 'POST', path: `${one(orgId, id)}/duplicate`, schema: ProductSchema, idempotencyKey });
  void invalidateProducts(portal, orgId);
  return data;
}

export async function patchProduct(portal: PortalContext, id: string, body: ProductPatchBody, ifMatch: string | undefined): Promise<Versioned<Product>> {
  const orgId = portal.organizationId!;
  const { data, etag } = await portal.client.request({ method: 'PATCH', path: one(orgId, id), body, schema: ProductSchema, ifMatch });
  storeInList(portal, orgId, data);
  void invalidateProducts(portal, orgId);
  return { data, etag };
}

export async function deleteProduct(portal: PortalContext, id: string): Promise<void> {
  const orgId = portal.organizationId!;
  await portal.client.request({ method: 'DELETE', path: one(orgId, id) });
  void invalidateProducts(portal, orgId);
}

// live updates: the products (the new-request form's picker too) and, through the share switch, the solution search
liveKeys(['product.updated'], (event) => [event.organizationId && productKeys.all(event.organizationId), solutionKeys.all()]);
