import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/common.js';

export const commonMessages = defineMessages('common', source, {
  en: () => import('./en/common.js'),
  es: () => import('./es/common.js'),
});
export type CommonKey = keyof typeof source;
