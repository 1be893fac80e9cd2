/**
 * A host page's aggressive global CSS must not change what a widget shows. The widgets render on
 * a clean page, their computed styles are recorded, the page's stylesheet arrives, and every
 * element of every shadow root must compute the same styles. (The consumer-host pack test checks
 * the same on the built package, clean page against hostile page.)
 */
import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/modules/company/define.js';
import '../../src/modules/tickets/define.js';
import type { MeTickets } from '../../src/modules/tickets/me-tickets.js';
import { styleDiff, styleSnapshot } from '../helpers/styles.js';
import { deepQuery, FACTS, renderPortal, useMockApi, waitForText } from '../helpers/portal.js';

/** What intranets ship: global resets, element rules, some !important. */
const HOSTILE = `
  * { font-family: "Comic Sans MS", cursive !important; box-sizing: content-box; color: #f0f; line-height: 3;
      letter-spacing: 2px; word-spacing: 4px; text-transform: uppercase; text-align: center; text-indent: 9px;
      text-shadow: 1px 1px red; white-space: nowrap; font-weight: 900; font-style: italic; font-size: 22px; }
  button { background: hotpink; border: 5px dashed lime; padding: 20px; }
  input, select, textarea { color: red; background: yellow; border: 3px solid blue; }
  div { line-height: 4; padding: 3px; }
  [role=dialog], dialog { transform: rotate(3deg); }
  h2 { font-size: 40px !important; color: red !important; }
  span, p, a, li { font-weight: 100; }
`;

describe('a host page\'s global CSS', () => {
  useMockApi();
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => sheet?.remove());

  it('changes nothing inside <me-tickets> (list and open drawer) and <me-company>', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
      <me-company></me-company><me-tickets tab="mine" ticket-id=${FACTS.tickets.open}></me-tickets></me-portal>`);
    const tickets = portal.querySelector<MeTickets>('me-tickets')!;
    const company = portal.querySelector('me-company')!;
    await waitUntil(() => deepQuery(tickets, 'me-ticket-detail')?.shadowRoot?.querySelector('[part=conversation]'), 'no conversation in the drawer', { timeout: 6000 });
    await waitForText(deepQuery(tickets, 'me-data-list')!, 'SPED Fiscal');
    await waitForText(company, 'T45871');
    await nextFrame();
    // <me-portal> itself shows nothing in this layout: markup a host puts in it is the host's to style
    const hosts = [company, tickets];
    const clean = styleSnapshot(hosts, [portal]);
    expect(clean.size).to.be.greaterThan(200);
    addHostileSheet();
    const diff = styleDiff(clean, styleSnapshot(hosts, [portal]));
    expect(diff, `${diff.length} styles came from the page:\n${diff.slice(0, 30).join('\n')}`).to.deep.equal([]);
  });

  it('changes nothing inside the full "Meu Espaço" layout', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" layout="full"></me-portal>`);
    await waitUntil(() => deepQuery(portal, 'me-portal-layout')?.shadowRoot?.querySelector('nav'), 'no menu', { timeout: 6000 });
    await waitUntil(() => deepQuery(portal, 'me-data-list')?.shadowRoot?.querySelector('[role=row][data-index]'), 'no rows', { timeout: 6000 });
    await nextFrame();
    const clean = styleSnapshot([], [portal]);
    expect(clean.size).to.be.greaterThan(200);
    addHostileSheet();
    const diff = styleDiff(clean, styleSnapshot([], [portal]));
    expect(diff, `${diff.length} styles came from the page:\n${diff.slice(0, 30).join('\n')}`).to.deep.equal([]);
  });

  function addHostileSheet(): void {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
    // the sheet is in force: it restyles a plain element of the page
    const probe = document.createElement('button');
    document.body.append(probe);
    expect(getComputedStyle(probe).fontFamily).to.contain('Comic Sans MS');
    probe.remove();
  }
});
