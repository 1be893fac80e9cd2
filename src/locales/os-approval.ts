import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/os-approval.js';

export const osApprovalMessages = defineMessages('os-approval', source, {
  en: () => import('./en/os-approval.js'),
  es: () => import('./es/os-approval.js'),
});
export type OsApprovalKey = keyof typeof source;
