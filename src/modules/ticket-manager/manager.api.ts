import type { QueryOptions } from '../../core/cache.js';
import type { PortalContext } from '../../core/context.js';
import { ContactListSchema, type Contact } from '../../core/schemas/contacts.js';
import { TicketSchema, type Ticket, type TicketSummary } from '../../core/schemas/tickets.js';
import { ticketKeys } from '../tickets/tickets.api.js';

/** Requests of a bulk change running at once (the API has one call per ticket). */
export const BULK_CONCURRENCY = 4;

export type ManagerAction = 'requester' | 'ccs';

/** The active contacts of an organization (who may be a requester or in copy): admin only. */
export function activeContactsQuery(portal: PortalContext | undefined, organizationId: string | undefined): QueryOptions<Contact[]> | undefined {
  if (!portal || portal.status !== 'ready' || !organizationId) return undefined;
  return {
    // under the contacts prefix: a change in <me-contacts> refreshes it
    queryKey: ['organizations', organizationId, 'contacts', { status: 'active', pageSize: 500, sort: 'name' }],
    queryFn: async ({ signal }) => (await portal.client.get(`/organizations/${encodeURIComponent(organizationId)}/contacts`, ContactListSchema, {
      query: { status: 'active', pageSize: 500, sort: 'name' }, signal,
    })).data.items,
  };
}

/** Whether the user may take `action` on the ticket: an admin of its organization, and the ticket allows it. */
export function mayManage(portal: PortalContext | undefined, ticket: TicketSummary, action: ManagerAction): boolean {
  const admin = portal?.me?.organizations.find((o) => o.id === ticket.organization.id)?.roles.includes('admin') ?? false;
  return admin && (action === 'requester' ? ticket.permissions.canChangeRequester : ticket.permissions.canEditCcs);
}

function stored(portal: PortalContext, ticket: Ticket): Ticket {
  portal.queryClient.setQueryData(ticketKeys.detail(ticket.id), { ticket });
  return ticket;
}

/** `PUT /v1/tickets/{id}/requester`. */
export async function changeRequester(portal: PortalContext, id: string, requesterId: string, signal?: AbortSignal): Promise<Ticket> {
  const { data } = await portal.client.request({ method: 'PUT', path: `/tickets/${encodeURIComponent(id)}/requester`, body: { requesterId }, schema: TicketSchema, signal });
  return stored(portal, data);
}

/** The people in copy after adding `add` and removing `remove` (never the requester). */
export function nextCcs(ticket: TicketSummary, add: readonly string[], remove: readonly string[]): string[] {
  const ids = new Set([...ticket.ccs.map((p) => p.id), ...add]);
  for (const id of remove) ids.delete(id);
  ids.delete(ticket.requester.id);
  return [...ids];
}

/** `PUT /v1/tickets/{id}/ccs` with the whole new list. */
export async function setCcs(portal: PortalContext, id: string, personIds: string[], signal?: AbortSignal): Promise<Ticket> {
  const { data } = await portal.client.request({ method: 'PUT', path: `/tickets/${encodeURIComponent(id)}/ccs`, body: { personIds }, schema: TicketSchema, signal });
  return stored(portal, data);
}

/** After a change: every tickets list and count refetches (here and in any other widget). */
export function ticketsChanged(portal: PortalContext): Promise<void> {
  return portal.queryClient.invalidateQueries({ queryKey: ticketKeys.lists });
}
