/**
 * The printable term (loaded on first use): title, version and publication date, the acceptance
 * status, and the term's text — sanitized like on screen; every other value escaped by Lit.
 */
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PortalContext } from '../../core/context.js';
import { sanitizeHtml } from '../../core/sanitize.js';
import type { LgpdTerm } from '../../core/schemas/lgpd.js';
import { buildPrintable } from '../../ui/print.js';

export interface PrintLabels {
  meta: string;
  statusHeading: string;
  status: string[];
}

/** Prints the term through the portal's browser services; returns the printed body (for tests). */
export async function printLgpdTerm(portal: PortalContext, term: LgpdTerm, labels: PrintLabels): Promise<string> {
  const content = await sanitizeHtml(term.contentHtml);
  const printable = await buildPrintable({
    title: term.title,
    locale: portal.locale,
    timeZone: portal.timeZone,
    html: html`<p class="lgpd-meta">${labels.meta}</p>
      <section class="lgpd-status"><h2>${labels.statusHeading}</h2>${labels.status.map((line) => html`<p>${line}</p>`)}</section>
      <div class="lgpd-content">${unsafeHTML(content)}</div>`,
  });
  await portal.browser.print(printable.title, printable.body, printable.css);
  return printable.body;
}
