import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/portal.js';

export const portalMessages = defineMessages('portal', source, {
  en: () => import('./en/portal.js'),
  es: () => import('./es/portal.js'),
});
export type PortalKey = keyof typeof source;
