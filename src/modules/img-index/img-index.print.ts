/**
 * The printable maturity index (loaded on first use): score, level, the peer comparison and the
 * charts' numbers as tables, each under its summary sentence. Every value is escaped by Lit.
 */
import { html } from 'lit';
import type { PortalContext } from '../../core/context.js';
import { buildPrintable } from '../../ui/print.js';

export interface PrintTable {
  caption: string;
  summary?: string;
  empty?: string;
  head: string[];
  rows: string[][];
}

/** What the element already formatted in the user's language. */
export interface ImgPrintContent {
  title: string;
  computedAt: string;
  score: string;
  level: string;
  ahead: string;
  peers: Array<[string, string]>;
  dimensions: PrintTable;
  history: PrintTable;
  opportunities: PrintTable;
}

const table = (t: PrintTable) => html`<h2>${t.caption}</h2>
  ${t.summary ? html`<p>${t.summary}</p>` : ''}
  ${t.rows.length
    ? html`<table><thead><tr>${t.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${t.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody></table>`
    : html`<p>${t.empty ?? ''}</p>`}`;

/** Prints through the portal's browser services; returns the printed body (for tests). */
export async function printImgIndex(portal: PortalContext, content: ImgPrintContent): Promise<string> {
  const printable = await buildPrintable({
    title: content.title,
    locale: portal.locale,
    timeZone: portal.timeZone,
    html: html`<p>${content.computedAt}</p>
      <p><strong>${content.score}</strong> · ${content.level}</p>
      <p>${content.ahead}</p>
      <dl>${content.peers.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>
      ${table(content.dimensions)}
      ${table(content.history)}
      ${table(content.opportunities)}`,
  });
  await portal.browser.print(printable.title, printable.body, printable.css);
  return printable.body;
}
