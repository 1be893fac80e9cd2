/**
 * The mock live updates (`GET /v1/events`): the server event stream read with `fetch` and
 * eventsource-parser — stream.open first, events with their cursor as `id`, resume with
 * Last-Event-ID (nothing lost, nothing twice), stream.reset for an expired cursor, heartbeat
 * comments, 401s, events caused by mutations (with their Idempotency-Key), organization and role
 * scoping — the long-poll fallback, and the mock control (refused / dropped streams, expired tokens).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createParser } from 'eventsource-parser';
import {
  type LiveEvent, LiveEventSchema, type LiveEventsPage, LiveEventsPageSchema, ProblemSchema, type ServiceOrder, StreamOpenSchema, type Ticket,
} from '../../src/core/schemas/index.js';
import { FACTS, PROBLEM_BASE } from '../../src/mocks/index.js';
import { useMockApi } from '../helpers/portal.js';

const api = useMockApi();
const live = () => api().live;
const A = FACTS.orgs.a;
const B = FACTS.orgs.b;
const URL_EVENTS = '/api/v1/events';

interface Frame {
  kind: 'event' | 'comment' | 'retry';
  id?: string | undefined;
  event?: string | undefined;
  data?: string | undefined;
  comment?: string;
  retry?: number;
}

/** A stream read with fetch: every frame as it arrives, how it ended. */
class StreamReader {
  readonly frames: Frame[] = [];
  ended: 'done' | 'error' | undefined;
  readonly #abort: AbortController;

  constructor(readonly response: Response, abort: AbortController) {
    this.#abort = abort;
  }

  static async open(options: { token?: string | null; lastEventId?: string; accept?: string; query?: string } = {}): Promise<StreamReader> {
    const headers: Record<string, string> = { Accept: options.accept ?? 'text/event-stream' };
    const token = options.token === undefined ? FACTS.tokens.admin : options.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (options.lastEventId !== undefined) headers['Last-Event-ID'] = options.lastEventId;
    const abort = new AbortController();
    const response = await fetch(`${URL_EVENTS}${options.query ?? ''}`, { headers, signal: abort.signal });
    const opened = new StreamReader(response, abort);
    readers.add(opened);
    if (response.ok && (response.headers.get('Content-Type') ?? '').startsWith('text/event-stream')) void opened.#pump();
    return opened;
  }

  async #pump(): Promise<void> {
    const parser = createParser({
      onEvent: (e) => this.frames.push({ kind: 'event', id: e.id, event: e.event, data: e.data }),
      onComment: (comment) => this.frames.push({ kind: 'comment', comment }),
      onRetry: (retry) => this.frames.push({ kind: 'retry', retry }),
    });
    const reader = this.response.body!.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
      this.ended = 'done';
    } catch {
      this.ended = 'error';
    }
  }

  /** Events (not stream.open) received so far. */
  get events(): { id: string | undefined; type: string | undefined; data: LiveEvent }[] {
    return this.frames.filter((f) => f.kind === 'event' && f.event !== 'stream.open')
      .map((f) => ({ id: f.id, type: f.event, data: LiveEventSchema.parse(JSON.parse(f.data ?? '')) }));
  }

  async until(predicate: (r: StreamReader) => boolean, what: string, timeout = 4000): Promise<void> {
    await waitUntil(() => predicate(this), what, { timeout, interval: 20 });
  }

  async opened(): Promise<{ cursor: string; heartbeatSeconds: number }> {
    await this.until((r) => r.frames.some((f) => f.event === 'stream.open'), 'stream.open');
    return StreamOpenSchema.parse(JSON.parse(this.frames.find((f) => f.event === 'stream.open')?.data ?? ''));
  }

  close(): void {
    this.#abort.abort();
  }
}

const readers = new Set<StreamReader>();

afterEach(async () => {
  for (const r of readers) r.close();
  readers.clear();
  // nothing keeps running after a test: the mock saw every client go away
  await waitUntil(() => live().openStreams() === 0 && live().heldPolls() === 0, 'streams left open', { timeout: 3000 });
});

const product = (id = FACTS.products.inUse) => ({ kind: 'product', id });

async function longPoll(query: string, token: string = FACTS.tokens.admin): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const r = await fetch(`${URL_EVENTS}${query}`, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  return { status: r.status, body: await r.json(), ms: performance.now() - started };
}

describe('mock live updates: the stream', () => {
  it('opens with retry, then stream.open { cursor, heartbeatSeconds }; text/event-stream, no-cache, no-transform', async () => {
    live().emit('product.updated', product(), A);
    const s = await StreamReader.open();
    expect(s.response.status).to.equal(200);
    expect(s.response.headers.get('Content-Type')).to.equal('text/event-stream');
    expect(s.response.headers.get('Cache-Control')).to.equal('no-cache, no-transform');
    const open = await s.opened();
    expect(s.frames[0]).to.deep.equal({ kind: 'retry', retry: 5000 });
    expect(s.frames[1]?.event).to.equal('stream.open');
    expect(open).to.deep.equal({ cursor: 'c-000001', heartbeatSeconds: 20 });
    // no Last-Event-ID: from now on, nothing older is replayed
    expect(s.events).to.deep.equal([]);
    expect(live().openStreams()).to.equal(1);
    expect(live().connections().map((c) => [c.kind, c.lastEventId, c.cursor])).to.deep.equal([['stream', null, 'c-000001']]);
  });

  it('sends an emitted event with its cursor as id and LiveEvent data', async () => {
    const s = await StreamReader.open();
    await s.opened();
    const record = live().emit('product.updated', product(), A, { idempotencyKey: 'k-1' });
    await s.until((r) => r.events.length === 1, 'the event');
    expect(s.events[0]).to.deep.equal({ id: 'c-000001', type: 'product.updated', data: record.event });
    expect(record.event).to.deep.equal({
      id: 'evt-000001', type: 'product.updated', occurredAt: FACTS.referenceNow, organizationId: A,
      resource: product(), causedBy: { idempotencyKey: 'k-1' },
    });
  });

  it('stops when the client goes away: no stream, no heartbeat timer left', async () => {
    live().configure({ heartbeatSeconds: 1 });
    const s = await StreamReader.open();
    await s.opened();
    expect(live().openStreams()).to.equal(1);
    s.close();
    await waitUntil(() => live().openStreams() === 0, 'the mock saw the cancel', { timeout: 3000 });
  });

  it('resumes after Last-Event-ID with exactly the missed events (none lost, none twice), then live ones', async () => {
    const first = await StreamReader.open();
    await first.opened();
    live().emit('ticket.updated', { kind: 'ticket', id: FACTS.tickets.open }, A);
    await first.until((r) => r.events.length === 1, 'first event');
    const lastId = first.events[0]!.id!;
    first.close();
    await waitUntil(() => live().openStreams() === 0, 'first stream closed');
    live().emit('ticket.comment.created', { kind: 'ticket', id: FACTS.tickets.open }, A);
    live().emit('service-order.decided', { kind: 'service-order', id: FACTS.serviceOrders.pending }, A);
    const second = await StreamReader.open({ lastEventId: lastId });
    expect((await second.opened()).cursor).to.equal(lastId);
    await second.until((r) => r.events.length === 2, 'the two missed events');
    live().emit('product.updated', product(), A);
    await second.until((r) => r.events.length === 3, 'the live event');
    expect(second.events.map((e) => [e.id, e.type])).to.deep.equal([
      ['c-000002', 'ticket.comment.created'], ['c-000003', 'service-order.decided'], ['c-000004', 'product.updated'],
    ]);
    expect(live().connections().map((c) => c.lastEventId)).to.deep.equal([null, 'c-000001']);
  });

  it('answers stream.reset (with the head as id) for a cursor older than the retention, or not its own', async () => {
    for (let i = 0; i < 502; i++) live().emit('product.updated', product(), A);
    const old = await StreamReader.open({ lastEventId: 'c-000001' });
    expect((await old.opened()).cursor).to.equal('c-000502');
    await old.until((r) => r.frames.some((f) => f.event === 'stream.reset'), 'stream.reset');
    const reset = old.frames.find((f) => f.event === 'stream.reset')!;
    expect(reset.id).to.equal('c-000502');
    expect(LiveEventSchema.parse(JSON.parse(reset.data ?? '')).type).to.equal('stream.reset');
    expect(old.frames.filter((f) => f.kind === 'event')).to.have.length(2);
    // the oldest kept cursor still resumes
    const kept = await StreamReader.open({ lastEventId: 'c-000002' });
    await kept.until((r) => r.events.length === 500, '500 kept events');
    expect(kept.frames.some((f) => f.event === 'stream.reset')).to.equal(false);
    // a cursor from before a reset (ahead of this log) or a forgotten history: reset too
    const ahead = await StreamReader.open({ lastEventId: 'c-999999' });
    await ahead.until((r) => r.frames.some((f) => f.event === 'stream.reset'), 'stream.reset for a cursor ahead');
    live().expireCursors();
    const forgotten = await StreamReader.open({ lastEventId: 'c-000501' });
    await forgotten.until((r) => r.frames.some((f) => f.event === 'stream.reset'), 'stream.reset after expireCursors');
  });

  it('sends a heartbeat comment every heartbeatSeconds', async () => {
    live().configure({ heartbeatSeconds: 1 });
    const s = await StreamReader.open();
    expect((await s.opened()).heartbeatSeconds).to.equal(1);
    await s.until((r) => r.frames.filter((f) => f.kind === 'comment').length >= 2, 'two heartbeats', 3500);
    expect(s.frames.find((f) => f.kind === 'comment')?.comment).to.equal('hb'); // `: hb` (the parser drops the space after the colon)
  });

  it('answers 401 problems without a token or with an expired one, and 400 for a bad query', async () => {
    for (const token of [null, FACTS.tokens.expired]) {
      const s = await StreamReader.open({ token });
      expect(s.response.status).to.equal(401);
      expect(s.response.headers.get('Content-Type')).to.match(/^application\/problem\+json/);
      const p = ProblemSchema.parse(await s.response.json());
      expect(p.type).to.equal(`${PROBLEM_BASE}unauthorized`);
    }
    const bad = await StreamReader.open({ query: '?cursor=nope' });
    expect(bad.response.status).to.equal(400);
    expect(ProblemSchema.parse(await bad.response.json()).errors?.[0]?.path).to.equal('cursor');
    expect(live().openStreams()).to.equal(0);
  });

  it('ends an open stream when the control expires its token; the reconnect gets 401, a fresh token streams again', async () => {
    const s = await StreamReader.open({ token: 'session-1' });
    await s.opened();
    expect(live().expireTokens()).to.deep.equal(['session-1']);
    await s.until((r) => r.ended !== undefined, 'the stream ended');
    expect(s.ended).to.equal('done');
    expect((await StreamReader.open({ token: 'session-1', lastEventId: 'c-000000' })).response.status).to.equal(401);
    const fresh = await StreamReader.open({ token: 'session-2', lastEventId: 'c-000000' });
    expect(fresh.response.status).to.equal(200);
    await fresh.opened();
  });

  it('ends every open stream abruptly with dropStreams() (a network error mid-body)', async () => {
    const one = await StreamReader.open();
    const two = await StreamReader.open({ token: FACTS.tokens.member });
    await one.opened();
    await two.opened();
    expect(live().dropStreams()).to.equal(2);
    await one.until((r) => r.ended !== undefined, 'one ended');
    await two.until((r) => r.ended !== undefined, 'two ended');
    expect([one.ended, two.ended]).to.deep.equal(['error', 'error']);
    expect(live().openStreams()).to.equal(0);
  });

  it('refuseStreams(): the stream request answers like a proxy that cannot stream; the long poll still works', async () => {
    live().refuseStreams(true);
    const html = await StreamReader.open();
    expect([html.response.status, html.response.headers.get('Content-Type')]).to.deep.equal([200, 'text/html; charset=utf-8']);
    expect(await html.response.text()).to.contain('<html');
    live().refuseStreams(true, 'json');
    const jsonBody = await StreamReader.open();
    expect([jsonBody.response.status, jsonBody.response.headers.get('Content-Type')]).to.deep.equal([200, 'application/json; charset=utf-8']);
    await jsonBody.response.text();
    live().refuseStreams(true, 502);
    const gateway = await StreamReader.open();
    expect(gateway.response.status).to.equal(502);
    expect(ProblemSchema.parse(await gateway.response.json()).type).to.equal(`${PROBLEM_BASE}bad-gateway`);
    expect((await longPoll('?cursor=c-000000')).status).to.equal(200);
    expect(live().connections().map((c) => c.kind)).to.deep.equal(['refused', 'refused', 'refused', 'long-poll']);
    live().refuseStreams(false);
    await (await StreamReader.open()).opened();
  });

  it('reset() ends the open streams (a fresh database, a fresh log)', async () => {
    const s = await StreamReader.open();
    await s.opened();
    api().reset();
    await s.until((r) => r.ended !== undefined, 'ended by reset');
    expect(live().openStreams()).to.equal(0);
  });
});

describe('mock live updates: scoping', () => {
  it('sends only events of the user\'s organizations, licensing ones to admins only', async () => {
    const bruno = await StreamReader.open({ token: FACTS.tokens.member });
    const ana = await StreamReader.open();
    await bruno.opened();
    await ana.opened();
    live().emit('product.updated', { kind: 'product', id: FACTS.products.orgB }, B);
    live().emit('license.updated', { kind: 'license', id: FACTS.licenses.active }, A);
    live().emit('ticket.updated', { kind: 'ticket', id: FACTS.tickets.member }, A);
    await ana.until((r) => r.events.length === 3, 'Ana: all three (member of B, admin of A)');
    await bruno.until((r) => r.events.length === 1, 'Bruno: the ticket of org A');
    expect(bruno.events.map((e) => [e.id, e.type])).to.deep.equal([['c-000003', 'ticket.updated']]);
    expect(ana.events.map((e) => e.type)).to.deep.equal(['product.updated', 'license.updated', 'ticket.updated']);
    // long poll: the same rule
    const page = LiveEventsPageSchema.parse((await longPoll('?cursor=c-000000', FACTS.tokens.member)).body);
    expect(page).to.deep.equal({ events: [bruno.events[0]!.data], cursor: 'c-000003' });
  });
});

describe('mock live updates: mutations emit events', () => {
  it('a ticket reply with an Idempotency-Key → ticket.comment.created caused by that key; its replay emits nothing', async () => {
    const s = await StreamReader.open();
    await s.opened();
    const reply = (key: string) => fetch(`/api/v1/tickets/${FACTS.tickets.open}/comments`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-token', 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ body: 'Segue o log pedido.' }),
    });
    expect((await reply('reply-key-1')).status).to.equal(201);
    await s.until((r) => r.events.length === 1, 'the comment event');
    expect(s.events[0]?.data).to.include({ type: 'ticket.comment.created', organizationId: A });
    expect(s.events[0]?.data.resource).to.deep.equal({ kind: 'ticket', id: FACTS.tickets.open });
    expect(s.events[0]?.data.causedBy).to.deep.equal({ idempotencyKey: 'reply-key-1' });
    const replay = await reply('reply-key-1');
    expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
    live().emit('product.updated', product(), A);
    await s.until((r) => r.events.length === 2, 'the next event');
    expect(s.events.map((e) => e.type)).to.deep.equal(['ticket.comment.created', 'product.updated']);
  });

  it('a bulk decision → one service-order.decided per decided order, with the key', async () => {
    const r = await fetch(`/api/v1/organizations/${A}/service-orders/decisions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-token', 'Content-Type': 'application/json', 'Idempotency-Key': 'bulk-1' },
      body: JSON.stringify({ ids: [FACTS.serviceOrders.pending, FACTS.serviceOrders.pending2, FACTS.serviceOrders.approved], decision: 'approve' }),
    });
    expect(r.status).to.equal(200);
    expect(live().events().map((e) => [e.event.type, e.event.resource?.id, e.event.causedBy?.idempotencyKey])).to.deep.equal([
      ['service-order.decided', FACTS.serviceOrders.pending, 'bulk-1'],
      ['service-order.decided', FACTS.serviceOrders.pending2, 'bulk-1'],
    ]);
  });
});

describe('mock live updates: the control', () => {
  it('agentReply(): an agent comment, the ticket pending, ticket.comment.created', async () => {
    const record = live().agentReply(FACTS.tickets.open, 'Pode testar de novo?');
    expect(record.event).to.include({ type: 'ticket.comment.created', organizationId: A });
    expect(record.event.causedBy).to.equal(undefined);
    const t = await (await fetch(`/api/v1/tickets/${FACTS.tickets.open}`, { headers: { Authorization: 'Bearer demo-token' } })).json() as Ticket;
    expect(t.status).to.equal('pending');
    expect(t.comments.at(-1)).to.include({ body: 'Pode testar de novo?', createdAt: record.event.occurredAt });
    expect(t.comments.at(-1)?.author.kind).to.equal('agent');
    expect(() => live().agentReply(FACTS.tickets.closed)).to.throw(/closed/);
  });

  it('decideElsewhere(): the order leaves pending, decided by a colleague; service-order.decided', async () => {
    const record = live().decideElsewhere(FACTS.serviceOrders.pending, 'reject');
    expect(record.event).to.include({ type: 'service-order.decided', organizationId: A });
    const r = await fetch(`/api/v1/organizations/${A}/service-orders?status=rejected&pageSize=500`, { headers: { Authorization: 'Bearer demo-token' } });
    const so = ((await r.json()) as { items: ServiceOrder[] }).items.find((s) => s.id === FACTS.serviceOrders.pending);
    expect(so?.decision?.by.id).to.equal(FACTS.users.secondAdminA);
    expect(so?.decision?.reason?.length).to.be.greaterThan(10);
    live().decideElsewhere(FACTS.serviceOrders.pending2, 'approve', FACTS.users.ana);
    expect(() => live().decideElsewhere(FACTS.serviceOrders.pending, 'approve')).to.throw(/already/);
  });
});

describe('mock live updates: the long poll', () => {
  it('returns the events after the cursor and the cursor to ask from next', async () => {
    live().emit('product.updated', product(), A);
    live().emit('contact.updated', { kind: 'contact', id: FACTS.users.member }, A);
    const r = await longPoll('?cursor=c-000001');
    expect(r.status).to.equal(200);
    const page: LiveEventsPage = LiveEventsPageSchema.parse(r.body);
    expect(page.cursor).to.equal('c-000002');
    expect(page.events.map((e) => e.type)).to.deep.equal(['contact.updated']);
    expect(LiveEventsPageSchema.parse((await longPoll('')).body)).to.deep.equal({ events: [], cursor: 'c-000002' });
  });

  it('holds until an event arrives (wait=2), else answers empty when the wait is over', async () => {
    const pending = longPoll('?cursor=c-000000&wait=2');
    await waitUntil(() => live().heldPolls() === 1, 'held');
    setTimeout(() => live().agentReply(FACTS.tickets.open), 300);
    const r = await pending;
    expect(r.ms).to.be.below(1800);
    const page = LiveEventsPageSchema.parse(r.body);
    expect(page.events.map((e) => e.type)).to.deep.equal(['ticket.comment.created']);
    expect(page.cursor).to.equal('c-000001');
    const empty = await longPoll('?cursor=c-000001&wait=1');
    expect(empty.ms).to.be.at.least(900);
    expect(empty.body).to.deep.equal({ events: [], cursor: 'c-000001' });
  });

  it('answers 410 cursor-expired for an expired cursor, 400 for a bad query, 401 without a valid token', async () => {
    live().emit('product.updated', product(), A);
    live().expireCursors();
    const gone = await longPoll('?cursor=c-000000');
    expect(gone.status).to.equal(410);
    expect(ProblemSchema.parse(gone.body).type).to.equal(`${PROBLEM_BASE}cursor-expired`);
    for (const query of ['?wait=26', '?wait=soon', '?cursor=abc']) {
      const bad = await longPoll(query);
      expect(bad.status, query).to.equal(400);
      expect(ProblemSchema.parse(bad.body).errors?.length, query).to.be.greaterThan(0);
    }
    expect((await longPoll('?cursor=c-000001', FACTS.tokens.expired)).status).to.equal(401);
  });

  it('a held poll answers 401 when the control expires its token', async () => {
    const pending = longPoll('?wait=5', 'poll-token');
    await waitUntil(() => live().heldPolls() === 1, 'held');
    live().expireTokens(['poll-token']);
    expect((await pending).status).to.equal(401);
  });
});
