/** Public entry `meu-espaco/ticket-manager`: registers `<me-ticket-manager>`. */
import { define } from '../../core/define.js';
import { MeTicketManager } from './me-ticket-manager.js';

define('me-ticket-manager', MeTicketManager);

declare global {
  interface HTMLElementTagNameMap {
    'me-ticket-manager': MeTicketManager;
  }
}

export { MeTicketManager };
