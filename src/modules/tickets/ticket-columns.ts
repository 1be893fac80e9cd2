import type { Formatters } from '../../core/format.js';
import type { TicketSummary } from '../../core/schemas/tickets.js';
import type { TicketsKey } from '../../locales/tickets.js';
import type { UiKey } from '../../locales/ui.js';
import { priorityBadge, statusBadge } from '../../ui/badge-templates.js';
import type { Column } from '../../ui/data-list/types.js';
import type { Translate } from '../../ui/states.js';
import { renderWhen } from '../../ui/when.js';

type T = (key: TicketsKey, params?: Record<string, string | number>) => string;

/** Column id → the API's `sort` field. */
export const SORT_FIELDS: Record<string, string> = { number: 'number', status: 'status', priority: 'priority', updated: 'updatedAt' };


/**
 * The columns of the tickets list (and, with `closed`, of the archive). Badges are templates styled
 * by the list itself: no element (and shadow root) per cell. Below 960 px the requester column goes,
 * below 840 px the product (the minimums of the rest: 44.5rem = 712 px; narrower scrolls sideways),
 * and under 560 px rows become cards with every line.
 */
export function ticketColumns(t: T, ui: Translate<UiKey>, format: Formatters, options: { closed?: boolean; organization?: boolean } = {}): Column<TicketSummary>[] {
  const columns: Column<TicketSummary>[] = [
    { id: 'number', header: t('tickets.col.number'), sortable: !options.closed, width: 'minmax(6.5rem, 0.6fr)', cell: (ticket) => ticket.number },
    { id: 'subject', header: t('tickets.col.subject'), width: 'minmax(10rem, 3fr)', cell: (ticket) => ticket.subject },
    { id: 'status', header: t('tickets.col.status'), sortable: !options.closed, width: 'minmax(12.5rem, 1fr)', cell: (ticket) => statusBadge(ticket.status, ui) },
    { id: 'priority', header: t('tickets.col.priority'), sortable: !options.closed, width: 'minmax(7.5rem, 0.7fr)', cell: (ticket) => priorityBadge(ticket.priority, ui) },
    { id: 'product', header: t('tickets.col.product'), width: 'minmax(7rem, 1.5fr)', hideBelow: 840, cell: (ticket) => ticket.product?.name ?? t('tickets.noProduct') },
    { id: 'requester', header: t('tickets.col.requester'), width: 'minmax(7rem, 1fr)', hideBelow: 960, cell: (ticket) => ticket.requester.name },
    options.closed
      ? { id: 'closed', header: t('tickets.col.closed'), width: 'minmax(6.5rem, 0.8fr)', cell: (ticket) => (ticket.closedAt ? format.date(ticket.closedAt) : '—') }
      : { id: 'updated', header: t('tickets.col.updated'), sortable: true, width: 'minmax(8rem, 0.8fr)', cell: (ticket) => renderWhen(format, ticket.updatedAt, t('tickets.updatedAt', { date: format.dateTime(ticket.updatedAt) })) },
  ];
  // the managed list spans organizations: which one a ticket belongs to comes right after its subject
  if (options.organization) {
    columns.splice(2, 0, { id: 'organization', header: t('tickets.col.organization'), width: 'minmax(8rem, 1.2fr)', cell: (ticket) => ticket.organization.name });
  }
  return columns;
}
