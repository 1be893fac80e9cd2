import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/products.js';

export const productsMessages = defineMessages('products', source, {
  en: () => import('./en/products.js'),
  es: () => import('./es/products.js'),
});
export type ProductsKey = keyof typeof source;
