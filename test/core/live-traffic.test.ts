/**
 * What live updates cost and bring on a page of six widgets, over 60 s of real time each way (the
 * default timings: heartbeat 20 s): with `live="on"` and with `live="off"`, an agent reply at 10 s
 * and a colleague's decision at 30 s. Logs requests and connections (the closing note quotes it);
 * asserts only what must hold (one connection; each change on screen with live, none without).
 * Runs in the third browser pass (`npm test`), beside the short toast tests.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/modules/company/define.js';
import '../../src/modules/lgpd-term/define.js';
import '../../src/modules/os-approval/define.js';
import '../../src/modules/products/define.js';
import '../../src/modules/tickets/define.js';
import '../../src/modules/tickets/ticket-detail.js';
import type { MePortal } from '../../src/portal/me-portal.js';
import '../../src/portal/define.js';
import { FACTS, networkIdle, renderPortal, sent, textOf, useMockApi } from '../helpers/portal.js';

const WINDOW_MS = 60_000;
const REPLY = 'Resposta do atendente durante a medição.';

async function page(live: 'on' | 'off'): Promise<MePortal> {
  return renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a} live=${live}>
    <me-tickets style="width: 1000px"></me-tickets>
    <me-ticket-detail ticket-id=${FACTS.tickets.open}></me-ticket-detail>
    <me-os-approval style="width: 1000px"></me-os-approval>
    <me-company></me-company>
    <me-products></me-products>
    <me-lgpd-term></me-lgpd-term>
  </me-portal>`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live updates over 60 s, six widgets', function () {
  this.timeout(WINDOW_MS * 2 + 60_000);
  const api = useMockApi();

  for (const live of ['on', 'off'] as const) {
    it(`live="${live}": requests and connections in 60 s with an agent reply and a decision elsewhere`, async () => {
      const portal = await page(live);
      const detail = portal.querySelector('me-ticket-detail')!;
      await waitUntil(() => detail.shadowRoot!.querySelector('[part~=conversation]') && textOf(portal.querySelector('me-company')!).includes('T45871'), 'the page never loaded', { timeout: 15_000 });
      await networkIdle();
      const start = performance.now();
      const before = sent().length;
      await sleep(10_000);
      api().live.agentReply(FACTS.tickets.open, REPLY);
      const replyAt = performance.now();
      let replyShownMs: number | undefined;
      const watch = setInterval(() => {
        if (replyShownMs === undefined && textOf(detail).includes(REPLY)) replyShownMs = performance.now() - replyAt;
      }, 25);
      await sleep(20_000);
      api().live.decideElsewhere(FACTS.serviceOrders.pending, 'approve');
      await sleep(WINDOW_MS - (performance.now() - start));
      clearInterval(watch);
      await networkIdle();
      const during = sent().slice(before);
      const byPath = new Map<string, number>();
      for (const r of during) {
        const key = `${r.method} ${new URL(r.url).pathname.replace(/^\/api/, '').replace(/tkt-\d+|os-[a-z]\d+|org-[a-z-]+/g, '…')}`;
        byPath.set(key, (byPath.get(key) ?? 0) + 1);
      }
      const connections = api().live.connections();
      const elsewhere = portal.querySelector('me-os-approval')!.shadowRoot!.querySelector('[part~=elsewhere]');
      console.log(`[live ${live}] 60 s, 6 widgets: ${sent('GET', '/v1/events').length} event-stream connection(s) in all (${connections.map((c) => c.kind).join(', ') || 'none'}), `
        + `${during.length} request(s) in the window: ${[...byPath].map(([k, n]) => `${k} ×${n}`).join('; ') || 'none'}; `
        + `agent reply on screen ${replyShownMs === undefined ? 'never' : `after ${Math.round(replyShownMs)} ms`}; decision elsewhere ${elsewhere ? 'announced' : 'not shown'}`);
      if (live === 'on') {
        expect(sent('GET', '/v1/events'), 'one connection for the page').to.have.length(1);
        expect(replyShownMs, 'the reply reached the open ticket').to.not.equal(undefined);
        expect(elsewhere, 'the decision was announced').to.not.equal(null);
      } else {
        expect(sent('GET', '/v1/events')).to.have.length(0);
        expect(replyShownMs, 'without live updates the reply waits for a reload').to.equal(undefined);
        expect(elsewhere).to.equal(null);
      }
    });
  }
});
