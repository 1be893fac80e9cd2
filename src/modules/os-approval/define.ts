/** Public entry `meu-espaco/os-approval`: registers `<me-os-approval>`. */
import { define } from '../../core/define.js';
import type { Decision } from '../../core/schemas/service-orders.js';
import { MeOsApproval } from './me-os-approval.js';

define('me-os-approval', MeOsApproval);

declare global {
  interface HTMLElementTagNameMap {
    'me-os-approval': MeOsApproval;
  }
  interface GlobalEventHandlersEventMap {
    'me-os-decided': CustomEvent<{ ids: string[]; decision: Decision }>;
    'me-os-opened': CustomEvent<{ orderId: string | undefined }>;
  }
}

export { MeOsApproval };
