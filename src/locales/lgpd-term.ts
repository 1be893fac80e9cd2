import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/lgpd-term.js';

export const lgpdTermMessages = defineMessages('lgpd-term', source, {
  en: () => import('./en/lgpd-term.js'),
  es: () => import('./es/lgpd-term.js'),
});
export type LgpdTermKey = keyof typeof source;
