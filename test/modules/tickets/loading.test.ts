/**
 * The loading model (docs/ARCHITECTURE.md "Loading"), as it goes over the wire: with the host's
 * `organization-id` the first view's data starts in parallel with `/v1/me`; nothing the first view
 * does not show is asked for before its first rows; without `organization-id` the order stays
 * `/me` → default organization → data. Order and count of requests, never time.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../../src/modules/company/define.js';
import '../../../src/modules/tickets/define.js';
import type { MeTickets } from '../../../src/modules/tickets/me-tickets.js';
import { deepQuery, FACTS, renderPortal, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const OPEN_SUBJECT = 'SPED Fiscal: bloco C190 com valores divergentes em outubro';

/** What went over the wire, in order: `→ GET /v1/me` when sent, `← GET /v1/me` when answered. */
function useWireLog(api: ReturnType<typeof useMockApi>): string[] {
  const log: string[] = [];
  const name = (request: Request) => {
    const url = new URL(request.url);
    const query = url.pathname === '/api/v1/tickets' ? ` ${url.searchParams.get('scope')}${url.searchParams.get('pageSize') === '1' ? ' count' : ` p${url.searchParams.get('page')}`}` : '';
    return `${request.method} ${url.pathname.replace(/^\/api/, '')}${query}`;
  };
  // the live updates' stream (opened after the first data; test/core/live.test.ts) is not the first view's
  const logged = (request: Request) => { const path = new URL(request.url).pathname; return path.startsWith('/api/') && path !== '/api/v1/events'; };
  const onStart = ({ request }: { request: Request }) => { if (logged(request)) log.push(`→ ${name(request)}`); };
  const onEnd = ({ request }: { request: Request }) => { if (logged(request)) log.push(`← ${name(request)}`); };
  const inFlight = new Set<string>();
  const onOpen = ({ requestId }: { requestId: string }) => { inFlight.add(requestId); };
  const onClose = ({ requestId }: { requestId: string }) => { inFlight.delete(requestId); };
  before(() => {
    api().worker.events.on('request:start', onStart);
    api().worker.events.on('response:mocked', onEnd);
    api().worker.events.on('request:start', onOpen);
    api().worker.events.on('request:end', onClose);
  });
  after(() => {
    api().worker.events.removeListener('request:start', onStart);
    api().worker.events.removeListener('response:mocked', onEnd);
    api().worker.events.removeListener('request:start', onOpen);
    api().worker.events.removeListener('request:end', onClose);
  });
  // a test starts on a quiet wire: what an earlier test's widgets still had in flight is not logged as this one's
  beforeEach(async () => {
    // (an answer is logged a moment after its request ended: quiet means nothing new for a while too)
    let seen = -1;
    await waitUntil(async () => {
      const quiet = inFlight.size === 0 && log.length === seen;
      seen = log.length;
      await new Promise((done) => setTimeout(done, 50));
      return quiet;
    }, `requests of an earlier test never ended (${inFlight.size})`, { timeout: 6000 });
    log.length = 0;
  });
  return log;
}

/** Holds `GET /v1/me` until `release()`: the handler answers nothing, so the mock API's own one answers after it. */
function holdMe(api: ReturnType<typeof useMockApi>): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  api().worker.use(http.get('*/api/v1/me', async () => { await held; }));
  return release;
}

const rowsShown = (tickets: MeTickets) => !!deepQuery(tickets, 'me-data-list')?.shadowRoot?.querySelector('[role=row][data-index]:not(.skeleton)');

describe('loading model', () => {
  const api = useMockApi();
  const log = useWireLog(api);
  afterEach(() => api().worker.resetHandlers());

  it('with organization-id: the first page goes out with /v1/me, not after it; two requests before the first rows', async () => {
    const release = holdMe(api);
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>
      <me-tickets tab="mine"></me-tickets></me-portal>`);
    const tickets = portal.querySelector<MeTickets>('me-tickets')!;
    await waitUntil(() => log.includes('← GET /v1/tickets mine p1'), `the first page never came while /v1/me was held: ${log.join(', ')}`);
    expect(log).to.deep.equal(['→ GET /v1/me', '→ GET /v1/tickets mine p1', '← GET /v1/tickets mine p1']);
    expect(rowsShown(tickets), 'rows before /v1/me said who the user is (language, time zone, roles)').to.equal(false);
    release();
    await waitUntil(() => rowsShown(tickets), 'no rows');
    const beforeRows = log.filter((line) => line.startsWith('→'));
    expect(beforeRows).to.deep.equal(['→ GET /v1/me', '→ GET /v1/tickets mine p1']);
    await waitForText(tickets, OPEN_SUBJECT);

    // after the first rows: the other tabs' counts and the product filter's options, once each
    await waitUntil(() => log.filter((l) => l.startsWith('←')).length === 5, `the deferred requests never all came: ${log.join(', ')}`, { timeout: 6000 });
    const after = log.filter((line) => line.startsWith('→')).slice(2).sort();
    expect(after).to.deep.equal([`→ GET /v1/organizations/${FACTS.orgs.a}/products`, '→ GET /v1/tickets cc count', '→ GET /v1/tickets organization count']);
    // the shown tab's count is the first page's total: no request of its own
    await waitUntil(() => /Minhas\s*\d/.test(textOf(deepQuery(tickets, 'me-tabs')!)), `no count on "Minhas": ${textOf(deepQuery(tickets, 'me-tabs')!)}`);
    await waitUntil(() => /Da organização\s*10\.000/.test(textOf(deepQuery(tickets, 'me-tabs')!)), 'no organization count');
    expect(log.filter((l) => l === '→ GET /v1/tickets mine count')).to.have.length(0);
    expect(log.filter((l) => l === '→ GET /v1/tickets mine p1')).to.have.length(1); // the list took the page from the cache
  });

  it('without organization-id: /v1/me, then the default organization\'s first page', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-tickets tab="mine"></me-tickets></me-portal>`);
    const tickets = portal.querySelector<MeTickets>('me-tickets')!;
    await waitUntil(() => rowsShown(tickets), `no rows: ${log.join(', ')} ${textOf(tickets).slice(0, 300)}`);
    expect(log.slice(0, 3)).to.deep.equal(['→ GET /v1/me', '← GET /v1/me', '→ GET /v1/tickets mine p1']);
    await waitUntil(() => log.filter((l) => l.startsWith('←')).length === 5, `the deferred requests never all came: ${log.join(', ')}`, { timeout: 6000 });
    expect(log.filter((l) => l.startsWith('→')).slice(2).sort()).to.deep.equal([`→ GET /v1/organizations/${FACTS.orgs.a}/products`, '→ GET /v1/tickets cc count', '→ GET /v1/tickets organization count']);
  });

  it('the admin-only organization tab waits for the roles from /v1/me; a member gets no request for it', async () => {
    const release = holdMe(api);
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>
      <me-tickets tab="organization"></me-tickets></me-portal>`);
    const tickets = portal.querySelector<MeTickets>('me-tickets')!;
    await new Promise((done) => setTimeout(done, 150)); // what would go out before /me has gone by now
    expect(log).to.deep.equal(['→ GET /v1/me']);
    release();
    await waitUntil(() => rowsShown(tickets), 'no rows for the admin');
    expect(log.filter((l) => l.startsWith('→')).slice(0, 2)).to.deep.equal(['→ GET /v1/me', '→ GET /v1/tickets organization p1']);

    api().worker.resetHandlers();
    portal.remove();
    log.length = 0;
    const member = await renderPortal(html`<me-portal api-base="/api" token=${FACTS.tokens.member} organization-id=${FACTS.orgs.a}>
      <me-tickets tab="organization"></me-tickets></me-portal>`);
    await waitForText(member.querySelector('me-tickets')!, 'Você não tem permissão para ver isto.');
    await new Promise((done) => setTimeout(done, 300)); // the deferred work has run by now
    expect(log.some((l) => l.includes('organization p1') || l.includes('organization count'))).to.equal(false);
  });

  it('<me-company> with organization-id: the company goes out with /v1/me', async () => {
    const release = holdMe(api);
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}><me-company></me-company></me-portal>`);
    await waitUntil(() => log.includes(`← GET /v1/organizations/${FACTS.orgs.a}`), `the company never came while /v1/me was held: ${log.join(', ')}`);
    expect(log.slice(0, 2)).to.deep.equal(['→ GET /v1/me', `→ GET /v1/organizations/${FACTS.orgs.a}`]);
    release();
    await waitForText(portal.querySelector('me-company')!, 'T45871');
    expect(log.filter((l) => l.startsWith('→'))).to.deep.equal(['→ GET /v1/me', `→ GET /v1/organizations/${FACTS.orgs.a}`]);
  });

  it('the product filter\'s options load at once when the user opens it before the first rows', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    api().worker.use(http.get('*/api/v1/tickets', async () => { await held; }));
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>
      <me-tickets tab="mine"></me-tickets></me-portal>`);
    const tickets = portal.querySelector<MeTickets>('me-tickets')!;
    await waitUntil(() => deepQuery(tickets, 'me-ticket-list'), 'no list');
    const product = [...deepQuery(tickets, 'me-ticket-list')!.shadowRoot!.querySelectorAll('me-select')].find((s) => s.getAttribute('label') === 'Produto')!;
    await new Promise((done) => setTimeout(done, 150));
    expect(log.some((l) => l.includes('/products')), 'products asked for before the first rows').to.equal(false);
    product.shadowRoot!.querySelector<HTMLElement>('button, select')!.focus();
    await waitUntil(() => log.includes(`→ GET /v1/organizations/${FACTS.orgs.a}/products`), `no products request on first use: ${log.join(', ')}`);
    expect(log.some((l) => l.includes('count')), 'counts before the first rows').to.equal(false);
    release();
    await waitUntil(() => rowsShown(tickets), 'no rows');
  });

  it('switching tabs: the list takes the new tab\'s first page, and no tab\'s count is asked for twice', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>
      <me-tickets tab="mine"></me-tickets></me-portal>`);
    const tickets = portal.querySelector<MeTickets>('me-tickets')!;
    await waitUntil(() => log.filter((l) => l.startsWith('←')).length === 5, `the deferred requests never all came: ${log.join(', ')}`, { timeout: 6000 });
    const tabs = deepQuery(tickets, 'me-tabs')!;
    const mineCount = /Minhas\s*([\d.]+)/.exec(textOf(tabs))![1];
    log.length = 0;
    [...tabs.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')].find((tab) => tab.textContent!.includes('Em cópia'))!.click();
    await waitUntil(() => log.includes('← GET /v1/tickets cc p1'), `no first page for the cc tab: ${log.join(', ')}`);
    await waitUntil(() => rowsShown(tickets), 'no rows on the cc tab');
    await new Promise((done) => setTimeout(done, 150));
    expect(log.filter((l) => l.startsWith('→'))).to.deep.equal(['→ GET /v1/tickets cc p1']); // one request for the list and its count
    expect(textOf(tabs)).to.match(new RegExp(`Minhas\\s*${mineCount!.replace('.', '\\.')}`)); // from mine's cached first page
  });
});
