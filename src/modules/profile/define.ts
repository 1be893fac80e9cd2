/** Public entry `meu-espaco/profile`: registers `<me-profile>`. */
import { define } from '../../core/define.js';
import { MeProfile } from './me-profile.js';

define('me-profile', MeProfile);

declare global {
  interface HTMLElementTagNameMap {
    'me-profile': MeProfile;
  }
}

export { MeProfile };
