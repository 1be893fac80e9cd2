/**
 * Every call <me-tickets> makes: typed, schema-checked, through the portal's client and cache.
 * Reads go through the shared cache (same key → one request for every widget); each mutation
 * updates or invalidates the keys it affects so every widget showing tickets refreshes.
 */
import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import { uploadFile } from '../../core/api/upload.js';
import { liveKeys } from '../../core/live/keys.js';
import { ProductListSchema, type ProductList } from '../../core/schemas/products.js';
import { AttachmentSchema, CommentSchema, TicketListSchema, TicketSchema, type ArchiveSource, type Attachment, type Comment,
  type CommentBody, type SatisfactionBody, type Ticket, type TicketCreateBody, type TicketList, type TicketPriority,
  type TicketStatus } from '../../core/schemas/tickets.js';

/** A tab of <me-tickets>, or `managed`: every organization linked to the user (<me-ticket-manager>). */
export type TicketTab = 'mine' | 'cc' | 'organization' | 'managed';

/** What the toolbar sets; `undefined` fields are not sent. */
export interface TicketFilters {
  q?: string;
  status?: TicketStatus[];
  priority?: TicketPriority;
  productId?: string;
  openedFrom?: string;
  openedTo?: string;
  /** `managed` only: one of the user's organizations (all of them when absent) */
  organizationId?: string;
  /** `field` or `-field` (createdAt, updatedAt, number, priority, status) */
  sort?: string;
}

export interface ArchiveFilters {
  q?: string;
  closedFrom?: string;
  closedTo?: string;
}

export const ticketKeys = {
  all: ['tickets'] as const,
  lists: ['tickets', 'list'] as const,
  page: (tab: TicketTab, organizationId: string, filters: TicketFilters, page: number, pageSize: number) =>
    ['tickets', 'list', tab, organizationId, filters, page, pageSize] as const,
  count: (tab: TicketTab, organizationId: string) => ['tickets', 'list', tab, organizationId, 'count'] as const,
  detail: (id: string) => ['tickets', 'detail', id] as const,
  archive: (source: ArchiveSource, filters: ArchiveFilters, page: number, pageSize: number) =>
    ['tickets', 'archive', source, filters, page, pageSize] as const,
};

const path = (id: string) => `/tickets/${encodeURIComponent(id)}`;

function listQuery(tab: TicketTab, organizationId: string, filters: TicketFilters, page: number, pageSize: number) {
  // `managed` spans every organization linked to the user unless its filter names one
  return tab === 'managed' ? { scope: tab, ...filters, page, pageSize } : { scope: tab, organizationId, ...filters, page, pageSize };
}

/** One page of a tab's list, through the cache (the data list asks for pages as the user scrolls). */
export function fetchTicketPage(portal: PortalContext, tab: TicketTab, filters: TicketFilters, page: number, pageSize: number, signal?: AbortSignal): Promise<TicketList> {
  const organizationId = portal.organizationId!;
  return portal.queryClient.fetchQuery({
    queryKey: ticketKeys.page(tab, organizationId, filters, page, pageSize),
    queryFn: ({ signal: cacheSignal }) => loadTicketPage(portal, organizationId, tab, filters, page, pageSize, signal ?? cacheSignal),
    staleTime: 30_000,
  });
}

async function loadTicketPage(portal: PortalContext, organizationId: string, tab: TicketTab, filters: TicketFilters, page: number, pageSize: number, signal: AbortSignal): Promise<TicketList> {
  return (await portal.client.get('/tickets', TicketListSchema, { query: listQuery(tab, organizationId, filters, page, pageSize), signal })).data;
}

/** Rows per page of a tickets list. */
export const TICKET_PAGE_SIZE = 100;
/** What a tab's list starts with: newest activity first, no filter. */
export const DEFAULT_TICKET_FILTERS: TicketFilters = { sort: '-updatedAt' };

/**
 * Page 1 of a tab as its list first shows it: the first view's data. It may start before `/v1/me`
 * (with the host's `organization-id`), except the organization tab, which only admins see and
 * which waits for the roles. Its `total` is also the tab's count: one request for both.
 */
export function firstPageQuery(portal: PortalContext | undefined, tab: TicketTab): QueryOptions<TicketList> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId || (tab === 'organization' && !(portal.status === 'ready' && portal.isAdmin))) return undefined;
  return {
    queryKey: ticketKeys.page(tab, organizationId, DEFAULT_TICKET_FILTERS, 1, TICKET_PAGE_SIZE),
    queryFn: ({ signal }) => loadTicketPage(portal, organizationId, tab, DEFAULT_TICKET_FILTERS, 1, TICKET_PAGE_SIZE, signal),
    refetchOnWindowFocus: false, // the list holds its own pages; this entry only starts them
  };
}

/**
 * The number of tickets in a tab (a one-item page: only `total` is used). A tab whose first page
 * is in the cache already has its count there: no request.
 */
export function ticketCountQuery(portal: PortalContext | undefined, tab: TicketTab): QueryOptions<number> | undefined {
  const organizationId = portal?.organizationId;
  if (!portal || portal.status !== 'ready' || !organizationId) return undefined;
  const firstPage = () => portal.queryClient.getQueryState<TicketList>(ticketKeys.page(tab, organizationId, DEFAULT_TICKET_FILTERS, 1, TICKET_PAGE_SIZE));
  return {
    queryKey: ticketKeys.count(tab, organizationId),
    queryFn: async ({ signal }) =>
      (await portal.client.get('/tickets', TicketListSchema, { query: { scope: tab, organizationId, page: 1, pageSize: 1 }, signal })).data.total,
    initialData: () => firstPage()?.data?.total,
    initialDataUpdatedAt: () => firstPage()?.dataUpdatedAt,
  };
}

function loadTicket(portal: PortalContext, id: string) {
  return async ({ signal }: { signal: AbortSignal }): Promise<{ ticket: Ticket; etag?: string }> => {
    const response = await portal.client.get(path(id), TicketSchema, { signal });
    return { ticket: response.data, etag: response.etag };
  };
}

export function ticketQuery(portal: PortalContext | undefined, id: string | undefined): QueryOptions<{ ticket: Ticket; etag?: string }> | undefined {
  if (!portal || portal.status !== 'ready' || !id) return undefined;
  return { queryKey: ticketKeys.detail(id), queryFn: loadTicket(portal, id) };
}

/** The ticket through the cache: the cached copy while fresh (e.g. just refetched after an action), else a GET. */
export async function fetchTicket(portal: PortalContext, id: string): Promise<Ticket> {
  return (await portal.queryClient.fetchQuery({ queryKey: ticketKeys.detail(id), queryFn: loadTicket(portal, id) })).ticket;
}

/** Cache prefix of an organization's dashboard figures (<me-dashboard>): tickets feed them. */
export const dashboardPrefix = (organizationId: string) => ['organizations', organizationId, 'dashboard'] as const;

/** After any change to a ticket: its detail (when known), every list and count, and the dashboard's figures refetch. */
async function changed(portal: PortalContext, ticket?: Ticket): Promise<void> {
  if (ticket) portal.queryClient.setQueryData(ticketKeys.detail(ticket.id), { ticket });
  const organizationId = ticket?.organization.id ?? portal.organizationId;
  await Promise.all([
    portal.queryClient.invalidateQueries({ queryKey: ticketKeys.lists }),
    organizationId ? portal.queryClient.invalidateQueries({ queryKey: dashboardPrefix(organizationId) }) : undefined,
  ]);
}

export async function createTicket(portal: PortalContext, body: TicketCreateBody, idempotencyKey: string): Promise<Ticket> {
  const { data } = await portal.client.request({ method: 'POST', path: '/tickets', body, schema: TicketSchema, idempotencyKey });
  await changed(portal, data);
  return data;
}

/** A reply; on a solved ticket the server reopens it, so the detail is refetched too. */
export async function replyToTicket(portal: PortalContext, id: string, body: CommentBody, idempotencyKey: string): Promise<Comment> {
  const { data } = await portal.client.request({ method: 'POST', path: `${path(id)}/comments`, body, schema: CommentSchema, idempotencyKey });
  await Promise.all([portal.queryClient.invalidateQueries({ queryKey: ticketKeys.detail(id) }), changed(portal)]);
  return data;
}

export async function solveTicket(portal: PortalContext, id: string, idempotencyKey: string): Promise<Ticket> {
  const { data } = await portal.client.request({ method: 'POST', path: `${path(id)}/solve`, schema: TicketSchema, idempotencyKey });
  await changed(portal, data);
  return data;
}

export async function rateTicket(portal: PortalContext, id: string, body: SatisfactionBody, idempotencyKey: string): Promise<Ticket> {
  const { data } = await portal.client.request({ method: 'POST', path: `${path(id)}/satisfaction`, body, schema: TicketSchema, idempotencyKey });
  await changed(portal, data);
  return data;
}

/** Multipart upload with real progress (XMLHttpRequest under the client's rules). */
export async function uploadAttachment(portal: PortalContext, file: File, onProgress: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<Attachment> {
  return (await uploadFile(portal.client, file, { schema: AttachmentSchema, onProgress, signal })).data;
}

/** The CSV report of open tickets (UTF-8 with BOM), as the server writes it. */
export async function fetchOpenTicketsReport(portal: PortalContext, scope: 'mine' | 'organization'): Promise<string> {
  const { data } = await portal.client.request<string>({
    path: '/tickets/report',
    query: { scope, organizationId: portal.organizationId, format: 'csv' },
    responseType: 'text',
  });
  return data;
}

/** Every open ticket of a scope, page by page (for the printable report, not only the visible rows). */
export async function fetchAllOpenTickets(portal: PortalContext, tab: 'mine' | 'organization', signal?: AbortSignal): Promise<TicketList['items']> {
  const filters: TicketFilters = { status: ['new', 'open', 'pending', 'hold'], sort: 'number' };
  const first = await fetchTicketPage(portal, tab, filters, 1, 500, signal);
  const pages = Math.ceil(first.total / 500);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchTicketPage(portal, tab, filters, i + 2, 500, signal)));
  return [first, ...rest].flatMap((page) => page.items);
}

export function fetchArchivePage(portal: PortalContext, source: ArchiveSource, filters: ArchiveFilters, page: number, pageSize: number, signal?: AbortSignal): Promise<TicketList> {
  return portal.queryClient.fetchQuery({
    queryKey: ticketKeys.archive(source, filters, page, pageSize),
    queryFn: async ({ signal: cacheSignal }) =>
      (await portal.client.get('/tickets/archive', TicketListSchema, { query: { source, ...filters, page, pageSize }, signal: signal ?? cacheSignal })).data,
    staleTime: 5 * 60_000,
  });
}

/** The organization's products (Meus produtos) that feed the new-request form; shared key with <me-products>. */
export function productsQuery(portal: PortalContext | undefined): QueryOptions<ProductList> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId) return undefined;
  return {
    queryKey: ['organizations', organizationId, 'products', { pageSize: 500 }],
    queryFn: async ({ signal }) =>
      (await portal.client.get(`/organizations/${encodeURIComponent(organizationId)}/products`, ProductListSchema, { query: { pageSize: 500 }, signal })).data,
  };
}

// live updates: a ticket's detail (its comments with it) and every list that may show it
liveKeys(['ticket.created', 'ticket.updated', 'ticket.comment.created'], (event) => [
  event.resource?.kind === 'ticket' && ticketKeys.detail(event.resource.id), ticketKeys.lists, ['tickets', 'archive'],
]);

/**
 * Whether an attachment uploaded earlier (a draft's) can still be sent: its signed link answers a
 * HEAD. One that is gone, or whose link expired, is dropped from the draft.
 */
export async function attachmentStillThere(attachment: Attachment): Promise<boolean> {
  try {
    return (await fetch(attachment.url, { method: 'HEAD', credentials: 'same-origin' })).ok;
  } catch {
    return false;
  }
}
