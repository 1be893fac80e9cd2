/** Public entry `meu-espaco/products`: registers `<me-products>`. */
import { define } from '../../core/define.js';
import type { Product } from '../../core/schemas/products.js';
import { MeProducts } from './me-products.js';
import type { ProductAction } from './product-look.js';

define('me-products', MeProducts);

declare global {
  interface HTMLElementTagNameMap {
    'me-products': MeProducts;
  }
  interface GlobalEventHandlersEventMap {
    'me-product-changed': CustomEvent<{ product: Product; action: ProductAction }>;
  }
}

export { MeProducts };
export type { ProductAction };
