/** Public entry `meu-espaco/tickets`: registers `<me-tickets>`. */
import { define } from '../../core/define.js';
import type { Ticket } from '../../core/schemas/tickets.js';
import { MeTickets } from './me-tickets.js';

define('me-tickets', MeTickets);

declare global {
  interface HTMLElementTagNameMap {
    'me-tickets': MeTickets;
  }
  interface GlobalEventHandlersEventMap {
    'me-ticket-created': CustomEvent<{ ticket: Ticket }>;
    'me-ticket-opened': CustomEvent<{ ticketId: string | undefined }>;
    'me-solution-deflected': CustomEvent<{ solutionId: string; subject: string }>;
  }
}

export { MeTickets };
