import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/company.js';

export const companyMessages = defineMessages('company', source, {
  en: () => import('./en/company.js'),
  es: () => import('./es/company.js'),
});
export type CompanyKey = keyof typeof source;
