/**
 * Live updates (`GET /v1/events`) end to end on the mock API: the portal's one stream, the cache
 * invalidations it drives and what the user sees — an agent's reply in an open ticket, an order a
 * colleague decided — plus reconnection (Last-Event-ID, 401 → refresh), pause while hidden or
 * offline, the long-poll fallback and `live="off"`. Timings are shortened through DEFAULT_TIMING.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { focusManager, onlineManager } from '@tanstack/query-core';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_TIMING, type LiveTiming } from '../../src/core/live/index.js';
import '../../src/modules/os-approval/define.js';
import type { MeOsApproval } from '../../src/modules/os-approval/me-os-approval.js';
import '../../src/modules/tickets/ticket-detail.js';
import type { MeTicketDetail } from '../../src/modules/tickets/ticket-detail.js';
import type { MePortal } from '../../src/portal/me-portal.js';
import '../../src/portal/define.js';
import { click, useMouse } from '../helpers/input.js';
import { deepActiveElement, FACTS, networkIdle, renderPortal, sent, textOf, useMockApi } from '../helpers/portal.js';

const EVENTS = '/v1/events';
const TICKET = FACTS.tickets.open;

const saved: LiveTiming = { ...DEFAULT_TIMING };
function fastTiming(patch: Partial<LiveTiming> = {}): void {
  Object.assign(DEFAULT_TIMING, { backoffMinMs: 40, backoffMaxMs: 200, batchMs: 50, idleCloseMs: 100, pollWaitSeconds: 1, ...patch });
}

async function liveOpen(portal: MePortal): Promise<void> {
  await waitUntil(() => portal.liveUpdates?.stream.state === 'open', `the stream never opened (state ${portal.liveUpdates?.stream.state ?? 'none'})`, { timeout: 8000 });
}

async function renderDetail(extra = ''): Promise<{ portal: MePortal; detail: MeTicketDetail }> {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" live=${extra || 'on'}>
    <me-ticket-detail ticket-id=${TICKET}></me-ticket-detail></me-portal>`);
  const detail = portal.querySelector('me-ticket-detail')!;
  await waitUntil(() => detail.shadowRoot!.querySelector('[part~=conversation]'), 'the ticket never showed', { timeout: 6000 });
  return { portal, detail };
}

const comments = (detail: MeTicketDetail) => [...detail.shadowRoot!.querySelectorAll('[part~=comment]')];
const replyBox = (detail: MeTicketDetail) => detail.shadowRoot!.querySelector('.reply me-field')!.shadowRoot!.querySelector('textarea')!;

describe('live updates', () => {
  const api = useMockApi();
  useMouse();

  beforeEach(() => fastTiming());
  afterEach(() => {
    Object.assign(DEFAULT_TIMING, saved);
    focusManager.setFocused(undefined);
    onlineManager.setOnline(true);
  });

  it('an agent reply appears in the open ticket and is announced, without moving focus or touching the reply being typed', async () => {
    const { portal, detail } = await renderDetail();
    await liveOpen(portal);
    const before = comments(detail).length;
    replyBox(detail).focus();
    await sendKeys({ type: 'Rascunho em andamento' });
    api().live.agentReply(TICKET, 'Verificamos o log: aplique o patch 12.1.2310.4 e nos avise.');
    await waitUntil(() => comments(detail).length === before + 1, 'the reply never appeared', { timeout: 6000 });
    expect(textOf(comments(detail).at(-1)!)).to.contain('aplique o patch 12.1.2310.4');
    const arrivals = detail.shadowRoot!.querySelector('[part~=arrivals]')!;
    expect(arrivals.getAttribute('role')).to.equal('status');
    expect(textOf(arrivals)).to.match(/^Nova resposta de .+ na conversa\.$/);
    expect(replyBox(detail).value, 'what the user was typing').to.equal('Rascunho em andamento');
    expect(deepActiveElement(), 'focus stayed in the reply').to.equal(replyBox(detail));
    // one stream; the reply cost one refetch of the ticket, nothing else on the wire
    expect(sent('GET', EVENTS)).to.have.length(1);
  });

  it('a decision by a colleague takes the order out of the pending list and says who decided; a selected one says it left the selection', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
      <me-os-approval style="width: 1100px"></me-os-approval></me-portal>`);
    const el = portal.querySelector<MeOsApproval>('me-os-approval')!;
    const rowsOf = () => [...(el.shadowRoot!.querySelector('me-data-list')?.shadowRoot?.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)') ?? [])];
    await waitUntil(() => rowsOf().length >= 2, 'no pending rows', { timeout: 8000 });
    await liveOpen(portal);
    const order = FACTS.serviceOrders.pending;
    const response = await fetch(`/api/v1/organizations/${FACTS.orgs.a}/service-orders?status=pending&pageSize=200`, { headers: { Authorization: 'Bearer demo-token' } });
    const number = ((await response.json()) as { items: Array<{ id: string; number: string }> }).items.find((o) => o.id === order)!.number;
    const row = rowsOf().find((r) => r.textContent!.includes(number))!;
    await click(row.querySelector<HTMLInputElement>('input.check-input')!);
    await waitUntil(() => el.shadowRoot!.querySelector('me-data-list')!.selectedKeys.has(order), 'the row was not selected');
    api().live.decideElsewhere(order, 'approve');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=elsewhere]'), 'no notice of the decision elsewhere', { timeout: 8000 });
    const notice = textOf(el.shadowRoot!.querySelector('[part~=elsewhere]')!);
    expect(notice).to.match(new RegExp(`A OS ${number} foi aprovada por \\S+.* em .+ e saiu da lista de pendentes\\. Ela estava selecionada e saiu da seleção\\.`));
    await waitUntil(() => !rowsOf().some((r) => r.textContent!.includes(number)), 'the order stayed in the pending list', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('me-data-list')!.selectedKeys.has(order)).to.equal(false);
  });

  it('one connection serves a page of six widgets', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>
      <me-ticket-detail ticket-id=${TICKET}></me-ticket-detail>
      <me-ticket-detail ticket-id=${FACTS.tickets.pending}></me-ticket-detail>
      <me-os-approval></me-os-approval>
      <me-ticket-detail ticket-id=${FACTS.tickets.solved}></me-ticket-detail>
      <me-ticket-detail ticket-id=${FACTS.tickets.hold}></me-ticket-detail>
      <me-ticket-detail ticket-id=${FACTS.tickets.cc}></me-ticket-detail>
    </me-portal>`);
    await liveOpen(portal);
    await networkIdle();
    expect(sent('GET', EVENTS)).to.have.length(1);
    expect(api().live.openStreams()).to.equal(1);
  });

  it('a dropped stream reconnects with Last-Event-ID: the event sent meanwhile arrives once, none is lost', async () => {
    const { portal, detail } = await renderDetail();
    await liveOpen(portal);
    api().live.agentReply(TICKET, 'Primeira resposta.');
    await waitUntil(() => textOf(detail).includes('Primeira resposta.'), 'the first reply never appeared', { timeout: 6000 });
    const cursor = portal.liveUpdates!.stream.cursor;
    expect(api().live.dropStreams()).to.equal(1);
    api().live.agentReply(TICKET, 'Segunda resposta, enviada com a conexão caída.');
    await waitUntil(() => textOf(detail).includes('Segunda resposta'), 'the reply sent while disconnected never appeared', { timeout: 8000 });
    const streams = api().live.connections().filter((c) => c.kind === 'stream');
    expect(streams).to.have.length(2);
    expect(streams[1]!.lastEventId).to.equal(cursor);
    await networkIdle();
    expect(comments(detail).filter((c) => textOf(c).includes('Segunda resposta'))).to.have.length(1);
    expect(portal.liveUpdates!.stream.stats.events).to.equal(2);
  });

  it('a 401 mid-stream refreshes the token through the provider and resumes from the cursor', async () => {
    const tokens = ['demo-token', 'member-token'];
    const asked: string[] = [];
    const provider = async () => {
      const token = tokens[Math.min(asked.length, tokens.length - 1)]!;
      asked.push(token);
      return token;
    };
    const portal = await renderPortal(html`<me-portal api-base="/api" .tokenProvider=${provider}>
      <me-ticket-detail ticket-id=${TICKET}></me-ticket-detail></me-portal>`);
    await liveOpen(portal);
    const cursor = portal.liveUpdates!.stream.cursor;
    api().live.expireTokens(['demo-token']);
    await waitUntil(() => api().live.connections().filter((c) => c.kind === 'stream' && c.userId).length === 2, 'never reconnected with the new token', { timeout: 8000 });
    await liveOpen(portal);
    expect(asked).to.deep.equal(['demo-token', 'member-token']);
    const streams = api().live.connections().filter((c) => c.kind === 'stream' && c.userId);
    expect(streams[1]!.lastEventId).to.equal(cursor);
  });

  it('the page’s own reply is not refetched again when its event comes back (causedBy is this page’s key)', async () => {
    const { portal, detail } = await renderDetail();
    await liveOpen(portal);
    await networkIdle();
    const reads = () => sent('GET', `/v1/tickets/${TICKET}`).length;
    const before = reads();
    replyBox(detail).focus();
    await sendKeys({ type: 'Segue o print do erro.' });
    await click(detail.shadowRoot!.querySelector('.reply me-submit-button')!.shadowRoot!.querySelector('button')!);
    await waitUntil(() => sent('POST', `/v1/tickets/${TICKET}/comments`).length === 1, 'the reply was not sent');
    await waitUntil(() => portal.liveUpdates!.stats.skippedOwn === 1, 'the echo of the page’s own reply never came back', { timeout: 6000 });
    await new Promise((resolve) => setTimeout(resolve, DEFAULT_TIMING.batchMs * 3));
    await networkIdle();
    // the widget's own refresh after its reply, and no second one for the echo
    expect(reads() - before).to.equal(1);
  });

  it('closes while the page is hidden for long and while offline, and resumes from the cursor; says so while offline', async () => {
    fastTiming({ hiddenCloseMs: 150 });
    const { portal } = await renderDetail();
    await liveOpen(portal);
    const cursor = portal.liveUpdates!.stream.cursor;
    focusManager.setFocused(false);
    await waitUntil(() => portal.liveUpdates!.stream.state === 'paused' && api().live.openStreams() === 0, 'not closed while hidden', { timeout: 4000 });
    focusManager.setFocused(true);
    await liveOpen(portal);
    onlineManager.setOnline(false);
    await waitUntil(() => portal.liveUpdates!.stream.state === 'offline', 'not paused offline');
    const status = portal.shadowRoot!.querySelector('me-live-status')!;
    await waitUntil(() => textOf(status).includes('Sem conexão'), 'no offline note');
    expect(status.shadowRoot!.querySelector('[role=status]')).to.exist;
    onlineManager.setOnline(true);
    await liveOpen(portal);
    await waitUntil(() => !textOf(status).includes('Sem conexão'), 'the offline note stayed');
    const streams = api().live.connections().filter((c) => c.kind === 'stream');
    expect(streams).to.have.length(3);
    expect(streams[1]!.lastEventId).to.equal(cursor);
  });

  it('falls back to the long poll when the stream cannot open (a proxy), and still delivers', async () => {
    api().live.refuseStreams(true, 'html');
    const { portal, detail } = await renderDetail();
    await waitUntil(() => portal.liveUpdates?.stream.state === 'polling', 'never fell back to the long poll', { timeout: 8000 });
    const kinds = api().live.connections().map((c) => c.kind);
    expect(kinds.slice(0, 3)).to.deep.equal(['refused', 'refused', 'refused']);
    // the first poll (no cursor yet) starts from now: the reply comes after it
    await waitUntil(() => portal.liveUpdates!.stream.cursor !== undefined, 'the long poll never gave a cursor', { timeout: 8000 });
    api().live.agentReply(TICKET, 'Resposta entregue pelo long poll.');
    await waitUntil(() => textOf(detail).includes('Resposta entregue pelo long poll.'), 'the long poll never delivered', { timeout: 8000 });
    expect(api().live.connections().some((c) => c.kind === 'long-poll')).to.equal(true);
  });

  it('on the long poll, tries the stream again after streamRetryMs and goes back to it once it opens', async () => {
    fastTiming({ streamRetryMs: 600 });
    api().live.refuseStreams(true, 502);
    const { portal, detail } = await renderDetail();
    await waitUntil(() => portal.liveUpdates?.stream.state === 'polling', 'never fell back to the long poll', { timeout: 8000 });
    api().live.refuseStreams(false);
    await liveOpen(portal);
    const kinds = api().live.connections().map((c) => c.kind);
    expect(kinds.at(-1)).to.equal('stream');
    expect(kinds).to.include('long-poll');
    api().live.agentReply(TICKET, 'De volta ao stream.');
    await waitUntil(() => textOf(detail).includes('De volta ao stream.'), 'the stream did not deliver after the fallback', { timeout: 8000 });
  });

  it('stream.reset (a cursor too old) refetches everything shown', async () => {
    const { portal } = await renderDetail();
    await liveOpen(portal);
    await networkIdle();
    const reads = () => sent('GET', `/v1/tickets/${TICKET}`).length;
    const before = reads();
    // disconnected, an event this page never got, and then the server's history is gone: its cursor is too old
    api().live.dropStreams();
    api().live.emit('contact.updated', { kind: 'contact', id: 'usr-x' }, FACTS.orgs.a);
    api().live.expireCursors();
    await waitUntil(() => reads() > before, 'nothing was refetched after the reset', { timeout: 8000 });
    await liveOpen(portal);
    expect(api().live.connections().filter((c) => c.kind === 'stream').at(-1)!.expired).to.equal(true);
    await networkIdle();
    expect(reads() - before, 'the ticket shown, once').to.equal(1);
    expect(sent('GET', '/v1/me').length, 'the session is not refetched').to.equal(1);
  });

  it('a stream that goes silent (no heartbeat for 2 × heartbeatSeconds) is taken for dead and reopened', async () => {
    const original = window.fetch;
    let opened = 0;
    // a proxy that keeps the connection but stops passing anything after stream.open
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input instanceof Request ? input.url : input).endsWith('/v1/events')) return original(input, init);
      opened++;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(`event: stream.open\ndata: {"cursor":"c-00000${opened}","heartbeatSeconds":1}\n\n`));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
    }) as typeof fetch;
    try {
      const { portal } = await renderDetail();
      await waitUntil(() => opened === 1 && portal.liveUpdates?.stream.state === 'open', 'the stream never opened');
      const silentSince = performance.now();
      await waitUntil(() => opened === 2, 'the silent stream was never reopened', { timeout: 6000 });
      expect(performance.now() - silentSince, 'not before 2 × heartbeatSeconds').to.be.greaterThan(1900);
    } finally {
      window.fetch = original;
    }
  });

  it('closes a moment after the last widget showing data goes, and opens again with the next one', async () => {
    const { portal, detail } = await renderDetail();
    await liveOpen(portal);
    detail.remove();
    await waitUntil(() => portal.liveUpdates!.stream.state === 'stopped' && api().live.openStreams() === 0, 'the stream stayed open with no widget', { timeout: 4000 });
    const again = document.createElement('me-ticket-detail');
    again.setAttribute('ticket-id', TICKET);
    portal.append(again);
    await liveOpen(portal);
    expect(api().live.connections().filter((c) => c.kind === 'stream')).to.have.length(2);
  });

  it('live="off" opens nothing', async () => {
    const { portal } = await renderDetail('off');
    await networkIdle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent('GET', EVENTS)).to.have.length(0);
    expect(portal.liveUpdates).to.equal(undefined);
  });
});
