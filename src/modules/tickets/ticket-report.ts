/**
 * The open-tickets report: the server's CSV as a download, and a printable view of the WHOLE
 * report (every open ticket of the scope, fetched page by page — not the rows the virtual list
 * happens to show).
 */
import { html } from 'lit';
import type { PortalContext } from '../../core/context.js';
import type { TicketSummary } from '../../core/schemas/tickets.js';
import { buildPrintable } from '../../ui/print.js';
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

export interface ReportLabels {
  title: string;
  generatedAt: string;
  columns: { number: string; subject: string; status: string; priority: string; product: string; requester: string; updated: string };
  status: (ticket: TicketSummary) => string;
  priority: (ticket: TicketSummary) => string;
}

/** Landscape: the report's seven columns fit an A4 sheet side by side. */
const REPORT_CSS = '@page { size: A4 landscape; margin: 10mm; }';

/** Builds the printable document of every open ticket with the kit's print layout, prints it, and returns its body (for tests). */
export async function printOpenTickets(portal: PortalContext, scope: ReportScope, labels: (count: number) => ReportLabels): Promise<string> {
  const tickets = await fetchAllOpenTickets(portal, scope);
  const l = labels(tickets.length);
  const c = l.columns;
  const headers = [c.number, c.subject, c.status, c.priority, c.product, c.requester, c.updated];
  const printable = await buildPrintable({
    title: l.title,
    printedAt: false, // the report says when it was generated, with its count
    locale: portal.locale,
    css: REPORT_CSS,
    html: html`<p>${l.generatedAt}</p>
      <table><thead><tr>${headers.map((header) => html`<th>${header}</th>`)}</tr></thead>
      <tbody>${tickets.map((t) => html`<tr><td>${t.number}</td><td>${t.subject}</td><td>${l.status(t)}</td><td>${l.priority(t)}</td><td>${t.product?.name ?? '—'}</td><td>${t.requester.name}</td><td>${portal.format.dateTime(t.updatedAt)}</td></tr>`)}</tbody></table>`,
  });
  await portal.browser.print(printable.title, printable.body, printable.css);
  return printable.body;
}
