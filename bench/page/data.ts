/** The bench's 10,000 rows: the same ticket-like rows as the data list's stories (deterministic). */
import { makeTicketRows, type TicketRow } from '../../test/fixtures/ticket-rows.js';

export type BenchTicket = TicketRow;

export function makeTickets(count = 10_000): BenchTicket[] {
  return makeTicketRows(count);
}

export const FIELDS = ['number', 'subject', 'status', 'priority', 'product', 'requester', 'updated'] as const;
export const HEADERS = ['Número', 'Assunto', 'Situação', 'Prioridade', 'Produto', 'Solicitante', 'Atualizado'];
