import { define } from '../core/define.js';
import { MePortal } from './me-portal.js';

define('me-portal', MePortal);

declare global {
  interface HTMLElementTagNameMap {
    'me-portal': MePortal;
  }
}

export { MePortal };
