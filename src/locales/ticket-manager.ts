import { defineMessages } from '../core/i18n.js';
import source from './pt-BR/ticket-manager.js';

export const ticketManagerMessages = defineMessages('ticket-manager', source, {
  en: () => import('./en/ticket-manager.js'),
  es: () => import('./es/ticket-manager.js'),
});
export type TicketManagerKey = keyof typeof source;
