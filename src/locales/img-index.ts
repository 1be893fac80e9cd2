import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/img-index.js';

export const imgIndexMessages = defineMessages('img-index', source, {
  en: () => import('./en/img-index.js'),
  es: () => import('./es/img-index.js'),
});
export type ImgIndexKey = keyof typeof source;
