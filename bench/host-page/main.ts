/**
 * The host-page bench (bench/page.ts): static markup `<me-portal organization-id><me-tickets>`, the
 * mock API started first (MSW, latency from `?latency=<ms>`), then the widgets' code, as a host's
 * script would load it. Reports, from the moment the widgets' code starts loading: when it had run
 * (every element upgraded), when the first rows showed, and every /v1 request with its start. `?org=0` drops `organization-id` (the user's default
 * organization, from /v1/me).
 */
import { FACTS, startMockApi } from '../../src/mocks/index.js';
import { frame, tick } from '../page-support.js';

const params = new URLSearchParams(location.search);
const latencyMs = Number(params.get('latency') ?? 0);
const portal = document.querySelector('me-portal')!;
if (params.get('org') === '0') portal.removeAttribute('organization-id');
else portal.setAttribute('organization-id', FACTS.orgs.a);

const api = await startMockApi({ latencyMs, quiet: true });
const requests: Array<{ at: number; what: string }> = [];
let start = Number.NaN; // the moment the widgets' code starts loading; requests are timed from it
api.worker.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/api/v1/')) return;
  const scope = url.searchParams.get('scope');
  const detail = scope ? ` ${scope}${url.searchParams.get('pageSize') === '1' ? ' (count)' : ` page ${url.searchParams.get('page')}`}` : '';
  requests.push({ at: performance.now() - start, what: `${request.method} ${url.pathname.replace(/^\/api/, '')}${detail}` });
});

/** a first data row (not a skeleton) of the tickets list, through the shadow roots */
function firstRow(): boolean {
  const tickets = portal.querySelector('me-tickets')?.shadowRoot;
  const list = tickets?.querySelector('me-ticket-list')?.shadowRoot?.querySelector('me-data-list')?.shadowRoot;
  return !!list?.querySelector('[role=row][data-index="0"]:not(.skeleton)');
}

start = performance.now();
await Promise.all([import('../../src/portal/define.js'), import('../../src/modules/tickets/define.js')]);
// the widgets' code has run (every element upgraded); <me-portal> may have started /v1/me before
const defined = performance.now() - start;
while (!firstRow()) await tick();
const rowsInDom = performance.now() - start;
await frame();
await frame();
const firstRows = performance.now() - start; // painted
while (performance.now() - start < 3000) await new Promise((done) => setTimeout(done, 50));

const result = { defined, rowsInDom, firstRows, requests };
declare global {
  interface Window {
    pageBench: typeof result;
  }
}
window.pageBench = result;
