/**
 * The mock database and the mock API's machinery: determinism, volumes, the seeded users and
 * roles, fault injection (times, delay, malformed bodies, network errors), reset, base and latency.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ListEnvelope, Me, Ticket, TicketSummary } from '../../src/core/schemas/index.js';
import {
  FACTS, HOSTILE_SNIPPETS, clearFaults, createHandlers, createMockDb, injectFault, pendingFaults,
} from '../../src/mocks/index.js';
import { holdTimers, restoreTimers } from '../helpers/clock.js';
import { useMockApi } from '../helpers/portal.js';

const mockApi = useMockApi();
afterEach(() => restoreTimers());

function get(path: string, token: string | null = FACTS.tokens.admin, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  return fetch(`/api/v1${path}`, { ...init, headers });
}

function fingerprint(seed: number): string {
  const db = createMockDb(seed);
  return JSON.stringify({
    tickets: db.tickets.filter((_, i) => i % 97 === 0),
    contacts: [...(db.contacts.get(FACTS.orgs.a)?.values() ?? [])],
    archive: db.archive.slice(0, 20),
    orders: db.serviceOrders.get(FACTS.orgs.a)?.slice(0, 10),
    licensing: db.licensing.get(FACTS.orgs.a)?.installations,
    detail: db.detail(db.tickets[1234]!),
  });
}

describe('createMockDb', () => {
  it('is deterministic: same seed → same data, another seed → other data', () => {
    const one = fingerprint(1);
    expect(fingerprint(1)).to.equal(one);
    expect(fingerprint(2)).to.not.equal(one);
    expect(fingerprint(42)).to.equal(fingerprint(42));
  });

  it('creates 10,000 tickets in organization A; a ticket’s detail is generated on first access, then kept', () => {
    const db = createMockDb(7);
    const inA = db.tickets.filter((t) => t.organizationId === FACTS.orgs.a);
    expect(inA).to.have.length(FACTS.counts.ticketsInOrgA);
    expect(db.tickets.filter((t) => t.organizationId === FACTS.orgs.b)).to.have.length(FACTS.counts.ticketsInOrgB);
    const withFiles = db.ticket(FACTS.tickets.open)!;
    const attachmentsBefore = db.attachments.size;
    const detail = db.detail(withFiles);
    expect(detail.attachments, 'the pinned open ticket has attachments').to.not.be.empty;
    const files = detail.attachments.length + detail.comments.reduce((n, c) => n + c.attachments.length, 0);
    expect(db.attachments.size, 'its attachments are registered on first access').to.equal(attachmentsBefore + files);
    expect(db.detail(withFiles), 'the second access reads the same detail').to.equal(detail);
    const statuses = new Set(inA.map((t) => t.status));
    expect([...statuses].sort()).to.deep.equal(['closed', 'hold', 'new', 'open', 'pending', 'solved']);
    const mine = db.tickets.filter((t) => t.requesterId === FACTS.users.ana);
    expect(mine.length).to.be.within(200, 800);
    expect(db.tickets.filter((t) => t.ccIds.includes(FACTS.users.ana)).length).to.be.greaterThan(100);
    const numbers = db.tickets.map((t) => Number(t.number));
    expect(new Set(numbers).size).to.equal(numbers.length);
    expect(numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0))).to.equal(true);
  });

  it('pins the FACTS records whatever the seed', () => {
    for (const seed of [1, 99]) {
      const db = createMockDb(seed);
      const expected: Record<string, [string, string, string]> = {
        new: ['new', FACTS.users.ana, FACTS.orgs.a],
        open: ['open', FACTS.users.ana, FACTS.orgs.a],
        pending: ['pending', FACTS.users.ana, FACTS.orgs.a],
        hold: ['hold', FACTS.users.ana, FACTS.orgs.a],
        solved: ['solved', FACTS.users.ana, FACTS.orgs.a],
        closed: ['closed', FACTS.users.ana, FACTS.orgs.a],
        cc: ['open', FACTS.users.secondAdminA, FACTS.orgs.a],
        member: ['open', FACTS.users.member, FACTS.orgs.a],
        orgBMine: ['open', FACTS.users.ana, FACTS.orgs.b],
        orgBCc: ['pending', FACTS.users.adminB, FACTS.orgs.b],
      };
      for (const [key, id] of Object.entries(FACTS.tickets)) {
        const t = db.ticket(id);
        expect([t?.status, t?.requesterId, t?.organizationId], `${key} (seed ${seed})`).to.deep.equal(expected[key]);
      }
      for (const [source, id] of Object.entries(FACTS.archive)) expect(db.ticket(id)?.platform, source).to.equal(source.replace('OrgB', ''));
      const orders = db.serviceOrders.get(FACTS.orgs.a) ?? [];
      const so = (id: string) => orders.find((s) => s.id === id)?.status;
      expect([so(FACTS.serviceOrders.pending), so(FACTS.serviceOrders.pending2), so(FACTS.serviceOrders.approved), so(FACTS.serviceOrders.rejected)])
        .to.deep.equal(['pending', 'pending', 'approved', 'rejected']);
      const licenses = db.licensing.get(FACTS.orgs.a)?.licenses ?? [];
      const status = (id: string) => licenses.find((l) => l.id === id)?.status;
      expect([FACTS.licenses.active, FACTS.licenses.expiring, FACTS.licenses.expired, FACTS.licenses.suspended].map(status))
        .to.deep.equal(['active', 'expiring', 'expired', 'suspended']);
      expect(db.licensing.get(FACTS.orgs.a)?.eula.acceptance).to.equal(null);
      expect(db.lgpd.get(FACTS.orgs.a)?.acceptance).to.equal(null);
      expect(db.lgpd.get(FACTS.orgs.b)?.acceptance).to.not.equal(null);
    }
  });

  it('writes every timestamp with the -03:00 offset around the reference now', () => {
    const db = createMockDb(3);
    const t = db.ticket(FACTS.tickets.open)!;
    const d = db.detail(t);
    for (const c of d.comments) expect(c.createdAt).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-03:00$/);
    expect(Math.max(...db.tickets.map((x) => x.updatedMs))).to.be.at.most(Date.parse(FACTS.referenceNow));
    const legacy = db.archive.filter((x) => x.platform === 'legacy');
    expect(legacy).to.not.be.empty;
    expect(legacy.filter((x) => !(typeof x.closedMs === 'number' && x.closedMs < Date.parse('2017-11-01T00:00:00-03:00'))), 'legacy tickets closed on or after 2017-11-01, or never').to.deep.equal([]);
  });

  it('agent comments carry formatting, https links and hostile markup on the pinned tickets', () => {
    const db = createMockDb(5);
    const html = db.detail(db.ticket(FACTS.tickets.open)!).comments.map((c) => c.htmlBody ?? '').join('');
    for (const snippet of HOSTILE_SNIPPETS) expect(html).to.contain(snippet);
    expect(html).to.match(/<strong>|<em>|<ul>/);
    expect(html).to.match(/href="https:\/\//);
    const agentKinds = db.detail(db.ticket(FACTS.tickets.closed)!).comments.map((c) => c.author.kind);
    expect(agentKinds).to.include('agent').and.include('customer');
  });
});

describe('the signed-in users', () => {
  it('Ana (demo-token or any other token) is admin of A and member of B', async () => {
    for (const token of [FACTS.tokens.admin, 'some-sso-token']) {
      const me = (await (await get('/me', token)).json()) as Me;
      expect(me.id).to.equal(FACTS.users.ana);
      expect(me.organizations).to.deep.equal([
        { id: FACTS.orgs.a, name: 'Metalúrgica Paulista S.A.', code: 'T45871', roles: ['admin'] },
        { id: FACTS.orgs.b, name: 'Rede Sabor do Sul Alimentos', code: 'T62034', roles: ['member'] },
      ]);
    }
  });

  it('member-token is only a member of A; missing/expired tokens get 401', async () => {
    const me = (await (await get('/me', FACTS.tokens.member)).json()) as Me;
    expect(me.id).to.equal(FACTS.users.member);
    expect(me.organizations.map((o) => [o.id, o.roles])).to.deep.equal([[FACTS.orgs.a, ['member']]]);
    for (const token of [null, 'expired', 'expired-2026-11-28']) {
      const r = await get('/me', token);
      expect(r.status).to.equal(401);
      expect(r.headers.get('WWW-Authenticate')).to.match(/^Bearer/);
    }
  });
});

describe('fault injection', () => {
  it('fails the next N matching requests, then serves normally', async () => {
    injectFault({ path: '/v1/me', status: 503, times: 2, headers: { 'Retry-After': '1' } });
    const first = await get('/me');
    expect(first.status).to.equal(503);
    expect(first.headers.get('Retry-After')).to.equal('1');
    expect(((await first.json()) as { type: string }).type).to.match(/\/service-unavailable$/);
    expect((await get('/me')).status).to.equal(503);
    expect((await get('/me')).status).to.equal(200);
    expect(pendingFaults()).to.have.length(0);
  });

  it('matches by method, path patterns and RegExp; clearFaults() drops them', async () => {
    injectFault({ method: 'POST', path: '/tickets/:id/comments', status: 500 });
    expect((await get(`/tickets/${FACTS.tickets.open}`)).status).to.equal(200);
    const post = await get(`/tickets/${FACTS.tickets.open}/comments`, FACTS.tokens.admin, {
      method: 'POST', body: JSON.stringify({ body: 'Oi' }), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'f-1' },
    });
    expect(post.status).to.equal(500);
    injectFault({ path: /\/organizations\/[^/]+\/contacts$/, status: 429, times: Infinity });
    expect((await get(`/organizations/${FACTS.orgs.a}/contacts`)).status).to.equal(429);
    expect((await get(`/organizations/${FACTS.orgs.a}/contacts`)).status).to.equal(429);
    clearFaults();
    expect((await get(`/organizations/${FACTS.orgs.a}/contacts`)).status).to.equal(200);
    const remove = injectFault({ path: '/api/v1/*', status: 502 });
    remove();
    expect((await get('/me')).status).to.equal(200);
  });

  it('matches query parameters when given: other requests to the same path are served', async () => {
    injectFault({ path: '/tickets', query: { scope: 'mine', pageSize: '100' }, status: 500 });
    const query = (q: string) => get(`/tickets?organizationId=${FACTS.orgs.a}&${q}`);
    expect((await query('scope=mine&page=1&pageSize=1')).status, 'a one-item count page').to.equal(200);
    expect((await query('scope=organization&page=1&pageSize=100')).status, 'another scope').to.equal(200);
    expect(pendingFaults()).to.have.length(1);
    expect((await query('scope=mine&page=1&pageSize=100')).status, 'the first page').to.equal(500);
    expect(pendingFaults()).to.have.length(0);
  });

  it('delays a request (then serves it), or delays the failure', async () => {
    // the mock's delay is a timer on a held clock: the answer comes when (and only when) it falls due
    const clock = holdTimers((ms) => ms === 250 || ms === 150);
    const answered: string[] = [];
    injectFault({ path: '/v1/me', delayMs: 250 });
    const slow = get('/me').then((r) => { answered.push('slow'); return r; });
    await waitUntil(() => clock.pending().includes(250) || answered.length > 0, 'the delayed request never reached the mock');
    expect(clock.pending(), 'the request waits on a 250 ms timer').to.deep.equal([250]);
    await clock.advance(249);
    expect(answered, 'no answer 1 ms before the delay ends').to.deep.equal([]);
    await clock.advance(1);
    expect((await slow).status).to.equal(200);
    expect(answered).to.deep.equal(['slow']);

    injectFault({ path: '/me', delayMs: 150, status: 504 });
    const failing = get('/me').then((r) => { answered.push('failing'); return r; });
    await waitUntil(() => clock.pending().includes(150) || answered.length > 1, 'the delayed failure never reached the mock');
    await clock.advance(149);
    expect(answered).to.deep.equal(['slow']);
    await clock.advance(1);
    expect((await failing).status).to.equal(504);
  });

  it('sends malformed payloads and network errors', async () => {
    injectFault({ path: '/v1/tickets', body: '{"items": 5}' });
    const wrongShape = await get('/tickets');
    expect(wrongShape.status).to.equal(200);
    expect(await wrongShape.json()).to.deep.equal({ items: 5 });
    injectFault({ path: '/v1/tickets', body: '{"items": [', status: 200 });
    const invalid = await get('/tickets');
    let parseError: unknown;
    try {
      await invalid.json();
    } catch (error) {
      parseError = error;
    }
    expect(parseError).to.be.instanceOf(SyntaxError);
    injectFault({ path: '/v1/tickets', body: { items: [], page: 1, pageSize: 50, total: 0 }, status: 200 });
    expect(((await (await get('/tickets')).json()) as ListEnvelope<TicketSummary>).total).to.equal(0);
    injectFault({ path: '/v1/me', status: 0 });
    let networkError: unknown;
    try {
      await get('/me');
    } catch (error) {
      networkError = error;
    }
    expect(networkError).to.be.instanceOf(TypeError);
    expect((await get('/me')).status).to.equal(200);
  });
});

describe('startMockApi', () => {
  it('reset() installs a fresh database and drops pending faults', async () => {
    const before = mockApi().db;
    const created = await get(`/organizations/${FACTS.orgs.a}/contacts`, FACTS.tokens.admin, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'reset-1' },
      body: JSON.stringify({ name: 'Nova Pessoa', email: 'nova.pessoa@metalurgicapaulista.com.br', role: 'member' }),
    });
    expect(created.status).to.equal(201);
    const solved = await get(`/tickets/${FACTS.tickets.open}/solve`, FACTS.tokens.admin, { method: 'POST', headers: { 'Idempotency-Key': 'reset-2' } });
    expect(solved.status, 'the open ticket was solved before the reset').to.equal(200);
    expect(((await (await get(`/tickets/${FACTS.tickets.open}`)).json()) as Ticket).status).to.equal('solved');
    injectFault({ path: '/v1/me', status: 500, times: 5 });
    const fresh = mockApi().reset();
    expect(fresh).to.not.equal(before);
    expect(mockApi().db).to.equal(fresh);
    expect((await get('/me')).status).to.equal(200);
    const contacts = await (await get(`/organizations/${FACTS.orgs.a}/contacts?q=nova.pessoa`)).json() as ListEnvelope<unknown>;
    expect(contacts.total).to.equal(0);
    const replay = await get(`/organizations/${FACTS.orgs.a}/contacts`, FACTS.tokens.admin, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'reset-1' },
      body: JSON.stringify({ name: 'Outra Pessoa', email: 'outra.pessoa@metalurgicapaulista.com.br', role: 'member' }),
    });
    expect(replay.status, 'idempotency keys are forgotten too').to.equal(201);
    const ticket = (await (await get(`/tickets/${FACTS.tickets.open}`)).json()) as Ticket;
    expect(ticket.status, 'the reset brought the solved ticket back to open').to.equal('open');
  });

  it('reset(seed) switches the generated data', async () => {
    const page = async () => ((await (await get(`/tickets?scope=organization&organizationId=${FACTS.orgs.a}&sort=number&pageSize=5`)).json()) as ListEnvelope<TicketSummary>).items.map((t) => t.subject);
    const one = await page();
    mockApi().reset(2);
    const two = await page();
    mockApi().reset();
    expect(await page()).to.deep.equal(one);
    expect(two).to.not.deep.equal(one);
  });

  it('createHandlers serves any base (relative or absolute) with optional latency', async () => {
    const db = createMockDb(1);
    const clock = holdTimers((ms) => ms === 200);
    mockApi().worker.use(...createHandlers({ db, base: '/other-api', latencyMs: 200 }));
    mockApi().worker.use(...createHandlers({ db, base: `${location.origin}/abs-api/` }));
    let answered = false;
    const slow = fetch('/other-api/v1/me', { headers: { Authorization: 'Bearer demo-token' } }).then((r) => { answered = true; return r; });
    await waitUntil(() => clock.pending().length > 0 || answered, 'the request never reached the mock');
    expect(clock.pending(), 'latencyMs delays every answer of that handler set').to.deep.equal([200]);
    await clock.advance(199);
    expect(answered).to.equal(false);
    await clock.advance(1);
    expect((await slow).status).to.equal(200);
    clock.restore();
    const abs = await fetch(`${location.origin}/abs-api/v1/catalog/product-lines`, { headers: { Authorization: 'Bearer demo-token' } });
    expect(abs.status).to.equal(200);
    injectFault({ path: '/v1/me', status: 418 });
    expect((await fetch('/abs-api/v1/me', { headers: { Authorization: 'Bearer demo-token' } })).status).to.equal(418);
    const ticket = (await (await fetch(`/other-api/v1/tickets/${FACTS.tickets.open}`, { headers: { Authorization: 'Bearer demo-token' } })).json()) as Ticket;
    const attachments = ticket.comments.flatMap((c) => c.attachments).concat(ticket.attachments);
    expect(attachments, 'the pinned open ticket has attachments').to.not.be.empty;
    for (const attachment of attachments) {
      expect(attachment.url.startsWith('/other-api/files/'), attachment.url).to.equal(true);
      expect((await fetch(attachment.url)).status).to.equal(200);
    }
  });
});
