/** Public entry `meu-espaco/lgpd-term`: registers `<me-lgpd-term>`. */
import { define } from '../../core/define.js';
import { MeLgpdTerm } from './me-lgpd-term.js';

define('me-lgpd-term', MeLgpdTerm);

declare global {
  interface HTMLElementTagNameMap {
    'me-lgpd-term': MeLgpdTerm;
  }
  interface GlobalEventHandlersEventMap {
    'me-lgpd-accepted': CustomEvent<{ version: string }>;
  }
}

export { MeLgpdTerm };
