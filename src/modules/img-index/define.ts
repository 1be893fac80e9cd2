/** Public entry `meu-espaco/img-index`: registers `<me-img-index>`. */
import { define } from '../../core/define.js';
import { MeImgIndex } from './me-img-index.js';

define('me-img-index', MeImgIndex);

declare global {
  interface HTMLElementTagNameMap {
    'me-img-index': MeImgIndex;
  }
}

export { MeImgIndex };
