/**
 * The kit under a strict Content-Security-Policy (`script-src 'self'; style-src 'self'`, no
 * `'unsafe-inline'`, as banks and many intranets run): every `style` attribute and inline handler
 * is blocked and reported there, so dynamic styles must go through the CSSOM, and markup from the
 * server must reach the browser's parser without them. This file's page gets the policy from a `<meta>` before anything renders
 * (the whole page keeps it: it is a file of its own). The consumer-host pack test checks the same
 * with the real header on the built package.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/core/sanitize.js';
import { HOSTILE_SNIPPETS } from '../../src/mocks/index.js';
import '../../src/modules/tickets/define.js';
import { writePrintFrame } from '../../src/core/browser-files.js';
import type { MeTickets } from '../../src/modules/tickets/me-tickets.js';
import '../../src/ui/data-list/me-data-list.js';
import type { MeDataList } from '../../src/ui/data-list/me-data-list.js';
import type { Column } from '../../src/ui/data-list/types.js';
import { deepQuery, FACTS, renderPortal, useMockApi, waitForText } from '../helpers/portal.js';

const violations: string[] = [];

/** The vertical positions of the rows a list shows on screen. */
function rowTops(list: Element): number[] {
  const box = list.getBoundingClientRect();
  return [...list.shadowRoot!.querySelectorAll('[role=row][data-index]')]
    .map((row) => row.getBoundingClientRect())
    .filter((r) => r.bottom > box.top && r.top < box.bottom)
    .map((r) => Math.round(r.top));
}

describe('strict CSP (script-src \'self\'; style-src \'self\')', () => {
  useMockApi();

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'; style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
  });

  beforeEach(() => { violations.length = 0; });

  it('is in force on this page: a style attribute is blocked (so the tests below can fail)', async () => {
    const probe = await fixture<HTMLDivElement>(html`<div></div>`);
    probe.setAttribute('style', 'width: 123px');
    await waitUntil(() => violations.length > 0, 'no violation: the policy is not in force');
    expect(probe.getBoundingClientRect().width).to.not.equal(123);
    expect(violations[0]).to.match(/^style-src-attr/);
  });

  it('<me-data-list> lays out its rows and columns: each row at its own position, the body as tall as the rows', async () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, name: `Linha ${i + 1}`, status: i % 2 ? 'Aberta' : 'Fechada' }));
    const columns: Column<(typeof items)[number]>[] = [
      { id: 'name', header: 'Nome', cell: (r) => r.name, width: '2fr' },
      { id: 'status', header: 'Situação', cell: (r) => r.status, width: '120px' },
    ];
    const list = await fixture<MeDataList>(html`<me-data-list label="Linhas" .columns=${columns} .items=${items} .rowKey=${(r: { id: string }) => r.id}></me-data-list>`);
    for (const [name, value] of [['display', 'block'], ['width', '600px'], ['height', '400px']]) list.style.setProperty(name!, value!);
    await waitUntil(() => rowTops(list).length >= 5, 'no rows on screen');
    const tops = rowTops(list);
    expect(new Set(tops).size, `rows share positions: ${tops.join(', ')}`).to.equal(tops.length);
    const rowHeight = list.shadowRoot!.querySelector('[role=row][data-index]')!.getBoundingClientRect().height;
    expect(list.shadowRoot!.querySelector('.body')!.getBoundingClientRect().height).to.be.closeTo(items.length * rowHeight, 1);
    const [name, status] = [...list.shadowRoot!.querySelectorAll('[role=row][data-index] [role=gridcell]')].slice(0, 2).map((c) => c.getBoundingClientRect().width);
    expect(status).to.be.closeTo(120, 1); // the column tracks came through
    expect(name).to.be.greaterThan(300);
    expect(violations).to.deep.equal([]);
  });

  it('<me-tickets> shows its rows and a ticket in the drawer with no violation', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
      <me-tickets tab="mine" ticket-id=${FACTS.tickets.open}></me-tickets></me-portal>`);
    const tickets = portal.querySelector<MeTickets>('me-tickets')!;
    tickets.style.setProperty('width', '1100px');
    await waitUntil(() => deepQuery(tickets, 'me-ticket-detail')?.shadowRoot?.querySelector('[part=conversation]'), 'no conversation in the drawer', { timeout: 6000 });
    await waitForText(deepQuery(tickets, 'me-ticket-detail')!, 'Texto com atributos maliciosos', 6000); // the agents' HTML, sanitized
    const list = deepQuery(tickets, 'me-data-list')!;
    await waitForText(list, 'SPED Fiscal');
    const tops = rowTops(list);
    expect(tops.length).to.be.greaterThan(3);
    expect(new Set(tops).size, `rows share positions: ${tops.join(', ')}`).to.equal(tops.length);
    expect(violations).to.deep.equal([]);
  });

  it('sanitizing hostile HTML reports nothing: handlers and style attributes never reach the parser', async () => {
    const { stripInlineAttributes } = await import('../../src/core/sanitize.js');
    const probe = new DOMParser(); // the policy reports what the parser sees, even in an inert document
    probe.parseFromString('<b onclick="x()">a</b>', 'text/html');
    await waitUntil(() => violations.length > 0, 'parsing a handler reported nothing: this test could not fail');
    violations.length = 0;
    const clean = await sanitizeHtml(HOSTILE_SNIPPETS.join(''));
    expect(clean).to.contain('Texto com atributos maliciosos');
    expect(clean).to.not.match(/onerror|onclick|onload|style=|<script|javascript:/i);
    probe.parseFromString(stripInlineAttributes('<b onclick="x()" style="color:red">a</b>'), 'text/html');
    await new Promise((done) => setTimeout(done, 50)); // reports are queued as tasks
    expect(violations).to.deep.equal([]);
  });

  it('a printable document keeps its stylesheet', () => {
    const frame = writePrintFrame('Relatório', '<p class="x">Olá</p>', 'body { font-size: 30px; } .x { margin: 0 0 0 40px; }');
    try {
      const doc = frame.contentDocument!;
      const p = doc.querySelector('.x')!;
      expect(frame.contentWindow!.getComputedStyle(p).fontSize).to.equal('30px');
      expect(frame.contentWindow!.getComputedStyle(p).marginLeft).to.equal('40px');
      expect(doc.title).to.equal('Relatório');
    } finally {
      frame.remove();
    }
  });
});
