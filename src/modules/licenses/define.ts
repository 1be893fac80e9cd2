/** Public entry `meu-espaco/licenses`: registers `<me-licenses>`. */
import { define } from '../../core/define.js';
import type { LicensesTab } from './licenses.api.js';
import { MeLicenses } from './me-licenses.js';

define('me-licenses', MeLicenses);

declare global {
  interface HTMLElementTagNameMap {
    'me-licenses': MeLicenses;
  }
  interface GlobalEventHandlersEventMap {
    'me-licenses-tab-change': CustomEvent<{ tab: LicensesTab }>;
  }
}

export { MeLicenses };
export type { LicensesTab };
