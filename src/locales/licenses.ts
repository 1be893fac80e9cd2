import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/licenses.js';

export const licensesMessages = defineMessages('licenses', source, {
  en: () => import('./en/licenses.js'),
  es: () => import('./es/licenses.js'),
});
export type LicensesKey = keyof typeof source;
