import { css, render, type TemplateResult } from 'lit';
import type { BrowserServices } from '../core/browser.js';
import { createFormatters } from '../core/format.js';
import { loadMessages, SOURCE_LOCALE, translate, type Locale } from '../core/i18n.js';
import { uiMessages } from '../locales/ui.js';

/**
 * Print rules for an element's shadow root (add to its `styles`): black on white, no shadows,
 * no buttons or other interactive chrome (`.no-print`, `[data-print=hide]`), links show their URL,
 * and cards/rows are not split across pages.
 */
export const printStyles = css`
  @media print {
    :host { color: #000 !important; background: #fff !important; }
    * { box-shadow: none !important; text-shadow: none !important; }
    button, me-copy-button, me-submit-button, .no-print, [data-print='hide'] { display: none !important; }
    a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 0.85em; }
    article, section, tr, li, dl > div { break-inside: avoid; }
    h1, h2, h3 { break-after: avoid; }
  }
`;

/** Base stylesheet of a printable document (black on white, readable tables, A4 margins). */
export const PRINT_DOCUMENT_CSS = `
  @page { margin: 16mm 14mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 11pt/1.45 "Nunito Sans", system-ui, sans-serif; color: #000; background: #fff; }
  .me-print-header { border-bottom: 2px solid #000; margin-bottom: 12pt; padding-bottom: 6pt; }
  .me-print-header h1 { margin: 0; font-size: 16pt; }
  .me-print-meta { margin: 2pt 0 0; font-size: 9pt; color: #333; }
  h2 { font-size: 13pt; margin: 14pt 0 6pt; break-after: avoid; }
  h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
  table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
  th, td { border: 1px solid #666; padding: 3pt 5pt; text-align: start; vertical-align: top; }
  thead { display: table-header-group; }
  tr, li, dl > div { break-inside: avoid; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; }
  dt { font-weight: 700; }
  dd { margin: 0; }
  a { color: #000; }
  img, svg { max-width: 100%; }
`;

export interface PrintableOptions {
  /** Document title: the heading of the page and the browser's print-job name. */
  title: string;
  /**
   * The content. A lit template is rendered (and escaped) by lit; a string is used as markup
   * as is, so it must never contain unescaped user text.
   */
  html: TemplateResult | string;
  /** Extra CSS after the base stylesheet. */
  css?: string;
  locale?: Locale;
  timeZone?: string;
  /** When it was printed ("Impresso em …" under the title); `false` to leave it out. */
  printedAt?: Date | false;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function toMarkup(content: TemplateResult | string): string {
  if (typeof content === 'string') return content;
  const container = document.createElement('div');
  render(content, container);
  return container.innerHTML.replace(/<!--\?lit\$\d+\$-->|<!--\??-->/g, ''); // lit's part markers
}

/** The standalone document `printDocument` prints: `{ title, body, css }`. */
export async function buildPrintable(options: PrintableOptions): Promise<{ title: string; body: string; css: string }> {
  const locale = options.locale ?? SOURCE_LOCALE;
  await loadMessages(uiMessages, locale).catch(() => undefined);
  const printedAt = options.printedAt === false
    ? ''
    : translate(uiMessages, locale, 'print.printedAt', { date: createFormatters(locale, options.timeZone).dateTime(options.printedAt ?? new Date()) });
  const body = `<div class="me-print" lang="${escapeHtml(locale)}">
<header class="me-print-header"><h1>${escapeHtml(options.title)}</h1>${printedAt ? `<p class="me-print-meta">${escapeHtml(printedAt)}</p>` : ''}</header>
<main>${toMarkup(options.html)}</main>
</div>`;
  return { title: options.title, body, css: `${PRINT_DOCUMENT_CSS}\n${options.css ?? ''}` };
}

/**
 * Prints a clean document (title, date, content, print stylesheet) through the portal's browser
 * services (`this.portal.browser`), without touching the host page's layout.
 */
export async function printDocument(browser: BrowserServices, options: PrintableOptions): Promise<void> {
  const { title, body, css: style } = await buildPrintable(options);
  await browser.print(title, body, style);
}
