import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/list.js';

export const listMessages = defineMessages('list', source, {
  en: () => import('./en/list.js'),
  es: () => import('./es/list.js'),
});
export type ListKey = keyof typeof source;
