import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/tickets-detail.js';

export const ticketsDetailMessages = defineMessages('tickets-detail', source, {
  en: () => import('./en/tickets-detail.js'),
  es: () => import('./es/tickets-detail.js'),
});
export type TicketsDetailKey = keyof typeof source;
