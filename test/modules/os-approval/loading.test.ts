/**
 * <me-os-approval>'s loading model (docs/ARCHITECTURE.md "Loading"), as it goes over the wire:
 * the pending list's first page may start before `/v1/me` (host's `organization-id`); the
 * history's count waits for the first view; the list takes its first page from the cache.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../../src/modules/os-approval/define.js';
import type { MeOsApproval } from '../../../src/modules/os-approval/me-os-approval.js';
import { FACTS, renderPortal, useMockApi } from '../../helpers/portal.js';
import { rows } from './helpers.js';

function useWireLog(api: ReturnType<typeof useMockApi>): string[] {
  const log: string[] = [];
  const name = (request: Request) => {
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    return `${request.method} ${url.pathname.replace(/^\/api/, '').replace(`/organizations/${FACTS.orgs.a}`, '/org')}${status ? ` ${status}` : ''}${url.searchParams.get('page') ? ` p${url.searchParams.get('page')}` : ''}`;
  };
  const onStart = ({ request }: { request: Request }) => { if (new URL(request.url).pathname.startsWith('/api/')) log.push(`→ ${name(request)}`); };
  const onEnd = ({ request }: { request: Request }) => { if (new URL(request.url).pathname.startsWith('/api/')) log.push(`← ${name(request)}`); };
  before(() => {
    api().worker.events.on('request:start', onStart);
    api().worker.events.on('response:mocked', onEnd);
  });
  after(() => {
    api().worker.events.removeListener('request:start', onStart);
    api().worker.events.removeListener('response:mocked', onEnd);
  });
  beforeEach(async () => {
    await new Promise((done) => setTimeout(done, 200));
    log.length = 0;
  });
  return log;
}

describe('<me-os-approval> loading model', () => {
  const api = useMockApi();
  const log = useWireLog(api);
  afterEach(() => api().worker.resetHandlers());

  it('with organization-id: the pending first page goes out with /v1/me; the history count only after the first rows', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    api().worker.use(http.get('*/api/v1/me', async () => { await held; }));
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>
      <me-os-approval style="width: 1100px"></me-os-approval></me-portal>`);
    const el = portal.querySelector<MeOsApproval>('me-os-approval')!;
    await waitUntil(() => log.includes('← GET /v1/org/service-orders pending p1'), `the first page never came while /v1/me was held: ${log.join(', ')}`);
    expect(log).to.deep.equal(['→ GET /v1/me', '→ GET /v1/org/service-orders pending p1', '← GET /v1/org/service-orders pending p1']);
    expect(rows(el)).to.have.length(0);
    release();
    await waitUntil(() => rows(el).length > 0, 'no rows');
    expect(log.filter((l) => l.startsWith('→'))).to.deep.equal(['→ GET /v1/me', '→ GET /v1/org/service-orders pending p1']);
    // after the first rows: the history's count (approved + rejected), once
    await waitUntil(() => log.includes('← GET /v1/org/service-orders approved p1') && log.includes('← GET /v1/org/service-orders rejected p1'), `the history count never came: ${log.join(', ')}`, { timeout: 6000 });
    const sentLines = log.filter((l) => l.startsWith('→'));
    expect(sentLines.slice(0, 2)).to.deep.equal(['→ GET /v1/me', '→ GET /v1/org/service-orders pending p1']);
    expect(sentLines.slice(2).filter((l) => !l.includes('/v1/events')).sort()).to.deep.equal(['→ GET /v1/org/service-orders approved p1', '→ GET /v1/org/service-orders rejected p1']);
    // the live updates' stream waits for the first data too
    const stream = log.indexOf('→ GET /v1/events');
    if (stream >= 0) expect(stream, 'the stream opened before the first page answered').to.be.greaterThan(log.indexOf('← GET /v1/org/service-orders pending p1'));
    // the list took its first page from the cache: no second request for it
    expect(sentLines.filter((l) => l.includes('pending p1'))).to.have.length(1);
  });

  it('without organization-id: /v1/me, then the default organization\'s pending page', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-os-approval style="width: 1100px"></me-os-approval></me-portal>`);
    const el = portal.querySelector<MeOsApproval>('me-os-approval')!;
    await waitUntil(() => rows(el).length > 0, 'no rows');
    expect(log.slice(0, 3)).to.deep.equal(['→ GET /v1/me', '← GET /v1/me', '→ GET /v1/org/service-orders pending p1']);
  });
});
