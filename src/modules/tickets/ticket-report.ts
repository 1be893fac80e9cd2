/**
 * The open-tickets report: the server's CSV as a download, and a printable view of the WHOLE
 * report (every open ticket of the scope, fetched page by page — not the rows the virtual list
 * happens to show).
 */
import type { PortalContext } from '../../core/context.js';
import type { TicketSummary } from '../../core/schemas/tickets.js';
import { fetchAllOpenTickets, fetchOpenTicketsReport } from './tickets.api.js';

export type ReportScope = 'mine' | 'organization';

export function reportFileName(scope: ReportScope, now = new Date()): string {
  return `solicitacoes-abertas-${scope === 'mine' ? 'minhas' : 'organizacao'}-${now.toISOString().slice(0, 10)}.csv`;
}

/** Downloads the CSV exactly as the server wrote it (UTF-8 with BOM, so Excel reads the accents). */
export async function downloadOpenTicketsCsv(portal: PortalContext, scope: ReportScope): Promise<string> {
  const csv = await fetchOpenTicketsReport(portal, scope);
  const file = reportFileName(scope);
  portal.browser.download(file, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  return file;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface ReportLabels {
  title: string;
  generatedAt: string;
  columns: { number: string; subject: string; status: string; priority: string; product: string; requester: string; updated: string };
  status: (ticket: TicketSummary) => string;
  priority: (ticket: TicketSummary) => string;
}

const PRINT_CSS = `
  body { font: 11pt/1.4 "Nunito Sans", system-ui, sans-serif; color: #000; margin: 12mm; }
  h1 { font-size: 16pt; margin: 0 0 4pt; }
  p { margin: 0 0 10pt; color: #333; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 3pt 4pt; border-bottom: 0.5pt solid #999; vertical-align: top; }
  th { border-bottom: 1pt solid #000; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  @page { size: A4 landscape; margin: 10mm; }
`;

/** Builds the printable document of every open ticket (returned for tests) and prints it. */
export async function printOpenTickets(portal: PortalContext, scope: ReportScope, labels: (count: number) => ReportLabels): Promise<string> {
  const tickets = await fetchAllOpenTickets(portal, scope);
  const l = labels(tickets.length);
  const c = l.columns;
  const rows = tickets.map((t) => `<tr><td>${escape(t.number)}</td><td>${escape(t.subject)}</td><td>${escape(l.status(t))}</td><td>${escape(l.priority(t))}</td><td>${escape(t.product?.name ?? '—')}</td><td>${escape(t.requester.name)}</td><td>${escape(portal.format.dateTime(t.updatedAt))}</td></tr>`).join('');
  const body = `<h1>${escape(l.title)}</h1><p>${escape(l.generatedAt)}</p><table><thead><tr><th>${c.number}</th><th>${c.subject}</th><th>${c.status}</th><th>${c.priority}</th><th>${c.product}</th><th>${c.requester}</th><th>${c.updated}</th></tr></thead><tbody>${rows}</tbody></table>`;
  await portal.browser.print(l.title, body, PRINT_CSS);
  return body;
}
