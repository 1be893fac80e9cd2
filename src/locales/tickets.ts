import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/tickets.js';

export const ticketsMessages = defineMessages('tickets', source, {
  en: () => import('./en/tickets.js'),
  es: () => import('./es/tickets.js'),
});
export type TicketsKey = keyof typeof source;
