/**
 * Every call <me-os-approval> makes: typed, schema-checked, through the portal's client and
 * cache. Lists are keyed under `['organizations', orgId, 'service-orders']`; a decision
 * invalidates that prefix and the dashboard's (its service-order figures change too).
 */
import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import {
  BulkDecisionResultSchema, ServiceOrderListSchema, ServiceOrderSchema, type BulkDecisionBody, type BulkDecisionResult,
  type DecisionBody, type ServiceOrder, type ServiceOrderList, type ServiceOrderStatus,
} from '../../core/schemas/service-orders.js';
import { liveKeys } from '../../core/live/keys.js';

export type OsTab = 'pending' | 'history';

/** What the toolbar sets; `undefined` fields are not sent. */
export interface OsFilters {
  q?: string;
  /** history only: approved or rejected (both when absent) */
  status?: Exclude<ServiceOrderStatus, 'pending'>;
  from?: string;
  to?: string;
  /** `field` or `-field` */
  sort?: string;
}

export const OS_PAGE_SIZE = 50;
export const DEFAULT_OS_FILTERS: Record<OsTab, OsFilters> = {
  pending: { sort: 'approvalDeadline' },
  history: { status: 'approved', sort: '-sentAt' },
};

export const osKeys = {
  all: (organizationId: string) => ['organizations', organizationId, 'service-orders'] as const,
  page: (organizationId: string, tab: OsTab, filters: OsFilters, page: number, pageSize: number) =>
    ['organizations', organizationId, 'service-orders', tab, filters, page, pageSize] as const,
  historyCount: (organizationId: string) => ['organizations', organizationId, 'service-orders', 'history-count'] as const,
  find: (organizationId: string, id: string) => ['organizations', organizationId, 'service-orders', 'find', id] as const,
  dashboard: (organizationId: string) => ['organizations', organizationId, 'dashboard'] as const,
};

const base = (organizationId: string) => `/organizations/${encodeURIComponent(organizationId)}/service-orders`;

/** The query sent: pending is always `status=pending`; the history is every decided order unless filtered. */
function listQuery(tab: OsTab, filters: OsFilters, page: number, pageSize: number): Record<string, string | number | undefined> {
  const { status, ...rest } = filters;
  return { ...rest, status: tab === 'pending' ? 'pending' : status, page, pageSize };
}

async function loadPage(portal: PortalContext, organizationId: string, tab: OsTab, filters: OsFilters, page: number, pageSize: number, signal: AbortSignal): Promise<ServiceOrderList> {
  const { data } = await portal.client.get(base(organizationId), ServiceOrderListSchema, { query: listQuery(tab, filters, page, pageSize), signal });
  return data;
}

/** One page of a tab's list, through the cache (the data list asks for pages as the user scrolls). */
export function fetchOsPage(portal: PortalContext, tab: OsTab, filters: OsFilters, page: number, pageSize: number, signal?: AbortSignal): Promise<ServiceOrderList> {
  const organizationId = portal.organizationId!;
  return portal.queryClient.fetchQuery({
    queryKey: osKeys.page(organizationId, tab, filters, page, pageSize),
    queryFn: ({ signal: cacheSignal }) => loadPage(portal, organizationId, tab, filters, page, pageSize, signal ?? cacheSignal),
    staleTime: 30_000,
  });
}

/**
 * Page 1 of the pending list as it first shows: keyed by the organization alone, so it starts
 * before `/v1/me` when the host names the organization. Its `total` is the pending count.
 */
export function firstPageQuery(portal: PortalContext | undefined, tab: OsTab = 'pending'): QueryOptions<ServiceOrderList> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId) return undefined;
  const filters = DEFAULT_OS_FILTERS[tab];
  return {
    queryKey: osKeys.page(organizationId, tab, filters, 1, OS_PAGE_SIZE),
    queryFn: ({ signal }) => loadPage(portal, organizationId, tab, filters, 1, OS_PAGE_SIZE, signal),
    refetchOnWindowFocus: false,
  };
}

/** The history's count: approved + rejected orders (two one-item pages; only their totals are used). */
export function historyCountQuery(portal: PortalContext | undefined): QueryOptions<number> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId) return undefined;
  return {
    queryKey: osKeys.historyCount(organizationId),
    queryFn: async ({ signal }) => {
      const totals = await Promise.all((['approved', 'rejected'] as const).map(async (status) =>
        (await portal.client.get(base(organizationId), ServiceOrderListSchema, { query: { status, page: 1, pageSize: 1 }, signal })).data.total));
      return totals[0]! + totals[1]!;
    },
  };
}

/**
 * One order by id (there is no `GET …/service-orders/{id}`): its number when known narrows the
 * search (`q`), else the organization's orders are read page by page until it shows up.
 */
export async function findOrder(portal: PortalContext, id: string, number?: string): Promise<ServiceOrder | undefined> {
  const organizationId = portal.organizationId!;
  return portal.queryClient.fetchQuery({
    queryKey: osKeys.find(organizationId, id),
    staleTime: 0,
    queryFn: async ({ signal }) => {
      for (let page = 1; ; page++) {
        const { data } = await portal.client.get(base(organizationId), ServiceOrderListSchema, { query: { q: number, page, pageSize: 500 }, signal });
        const found = data.items.find((order) => order.id === id);
        if (found) return found;
        if (page * 500 >= data.total) return null;
      }
    },
  }).then((order) => order ?? undefined);
}

/** After a decision: every service-order list, and the dashboard's figures, refetch. */
async function changed(portal: PortalContext, organizationId: string): Promise<void> {
  await Promise.all([
    portal.queryClient.invalidateQueries({ queryKey: osKeys.all(organizationId) }),
    portal.queryClient.invalidateQueries({ queryKey: osKeys.dashboard(organizationId) }),
  ]);
}

/** `POST …/service-orders/{id}/decision` with the decision's Idempotency-Key. */
export async function decideOrder(portal: PortalContext, id: string, body: DecisionBody, idempotencyKey: string): Promise<ServiceOrder> {
  const organizationId = portal.organizationId!;
  const { data } = await portal.client.request({
    method: 'POST', path: `${base(organizationId)}/${encodeURIComponent(id)}/decision`, body, schema: ServiceOrderSchema, idempotencyKey,
  });
  void changed(portal, organizationId);
  return data;
}

/** `POST …/service-orders/decisions`: partial success is normal (one result per id). */
export async function decideOrders(portal: PortalContext, body: BulkDecisionBody, idempotencyKey: string): Promise<BulkDecisionResult> {
  const organizationId = portal.organizationId!;
  const { data } = await portal.client.request({
    method: 'POST', path: `${base(organizationId)}/decisions`, body, schema: BulkDecisionResultSchema, idempotencyKey,
  });
  void changed(portal, organizationId);
  return data;
}

/** Every pending order (for the printable list, not only the rows on screen). */
export async function fetchAllPending(portal: PortalContext): Promise<ServiceOrder[]> {
  const first = await fetchOsPage(portal, 'pending', DEFAULT_OS_FILTERS.pending, 1, 500);
  const pages = Math.ceil(first.total / 500);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchOsPage(portal, 'pending', DEFAULT_OS_FILTERS.pending, i + 2, 500)));
  return [first, ...rest].flatMap((page) => page.items);
}

// live updates: an order created or decided elsewhere (the pending list, the history, its detail)
liveKeys(['service-order.created', 'service-order.decided'], (event) => [event.organizationId && osKeys.all(event.organizationId)]);
