/** Public entry `meu-espaco/contacts`: registers `<me-contacts>`. */
import { define } from '../../core/define.js';
import type { ContactChangeReason } from './contact-editor.js';
import { MeContacts } from './me-contacts.js';

define('me-contacts', MeContacts);

declare global {
  interface HTMLElementTagNameMap {
    'me-contacts': MeContacts;
  }
  interface GlobalEventHandlersEventMap {
    'me-contacts-changed': CustomEvent<{ organizationId: string; reason: ContactChangeReason; contactId?: string }>;
  }
}

export { MeContacts };
export type { ContactChangeReason };
