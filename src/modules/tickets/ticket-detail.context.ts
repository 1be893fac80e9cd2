/** What the parts of <me-ticket-detail> (reply, rating, solve) get from the element. */
import type { PortalContext } from '../../core/context.js';
import type { Formatters } from '../../core/format.js';
import type { Ticket } from '../../core/schemas/tickets.js';
import type { CommonKey } from '../../locales/common.js';
import type { TicketsDetailKey } from '../../locales/tickets-detail.js';
import type { FormHost, UploadsHost } from '../../ui/form/index.js';
import type { Translate } from '../../ui/states.js';

export type TicketAction = 'reply' | 'solve' | 'rate';

export interface DetailHost {
  /** the element: controllers attach to it, forms listen in its shadow root */
  readonly element: FormHost & UploadsHost;
  portal(): PortalContext | undefined;
  format(): Formatters;
  t: Translate<TicketsDetailKey>;
  c: Translate<CommonKey>;
  /** A successful action: fires `me-ticket-updated` and announces `message` politely. */
  completed(ticket: Ticket, action: TicketAction, message: string): void;
  /** The server said the ticket changed (409): load it again. */
  refresh(): void;
}
