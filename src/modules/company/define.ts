/** Public entry `meu-espaco/company`: registers `<me-company>`. */
import { define } from '../../core/define.js';
import { MeCompany } from './me-company.js';

define('me-company', MeCompany);

declare global {
  interface HTMLElementTagNameMap {
    'me-company': MeCompany;
  }
}

export { MeCompany };
