/** Public entry `meu-espaco/tickets`: registers `<me-tickets>`. */
import { define } from '../../core/define.js';
import { MeTickets } from './me-tickets.js';

define('me-tickets', MeTickets);

declare global {
  interface HTMLElementTagNameMap {
    'me-tickets': MeTickets;
  }
  interface GlobalEventHandlersEventMap {
    'me-ticket-created': CustomEvent<{ ticket: import('../../core/schemas/tickets.js').Ticket }>;
    'me-ticket-opened': CustomEvent<{ ticketId: string | undefined }>;
  }
}

export { MeTickets };
