/**
 * Renders widgets inside a `<me-portal>` on the bundled mock API. Every test starts from a
 * fresh mock database with no pending faults, and can read what went over the wire.
 */
import { fixture, nextFrame, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sharedDraftStore } from '../../src/core/drafts.js';
import { clearFaults, startMockApi } from '../../src/mocks/index.js';
import '../../src/portal/define.js';
import type { MePortal } from '../../src/portal/me-portal.js';

export { FACTS, injectFault } from '../../src/mocks/index.js';

type MockApi = Awaited<ReturnType<typeof startMockApi>>;
let api: Promise<MockApi> | undefined;
let running: MockApi | undefined;
const requests: Request[] = [];
/** ids of the API requests the mocks are still answering */
const inFlight = new Set<string>();
let activity = 0;

/**
 * Registers mocha hooks: start the worker once per file, a fresh database before each test.
 * Returns the running mock API (its `db`, `worker`, `reset`), for tests of the mocks themselves.
 */
export function useMockApi(): () => MockApi {
  before(async () => {
    api ??= startMockApi({ quiet: true }).then((started) => {
      started.worker.events.on('request:start', ({ request, requestId }) => {
        if (!new URL(request.url).pathname.startsWith('/api/')) return;
        requests.push(request.clone());
        inFlight.add(requestId);
        activity += 1;
      });
      started.worker.events.on('request:end', ({ requestId }) => {
        if (inFlight.delete(requestId)) activity += 1;
      });
      return started;
    });
    running = await api;
  });
  beforeEach(async () => {
    // a test starts on a quiet wire: what the last test's (removed) widgets still had in flight —
    // a count deferred to after their first view, a delayed answer — is not counted as this one's
    // (bounded: a request held for good must not hang every later test)
    await networkIdle().catch(() => undefined);
    (await api!).reset();
    clearFaults();
    // no test restores what an earlier one typed (drafts live in the page's IndexedDB)
    await sharedDraftStore().clearAll();
    requests.length = 0;
    inFlight.clear();
  });
  return () => running!;
}

/** Requests sent to the API, optionally only `METHOD /v1/path` ones (path without the query). */
export function sent(method?: string, path?: string | RegExp): Request[] {
  return requests.filter((r) => {
    if (method && r.method !== method) return false;
    if (!path) return true;
    const pathname = new URL(r.url).pathname.replace(/^\/api/, '');
    return typeof path === 'string' ? pathname === path : path.test(pathname);
  });
}

/**
 * Waits until the mock API has no request in flight and six turns of the page (a task and a frame
 * each: Lit updates, query refetches, chained requests) pass without a new one. Count requests
 * after this, and a duplicate sent late (after the event a test waited for) is counted too.
 */
export async function networkIdle(): Promise<void> {
  for (;;) {
    await waitUntil(() => inFlight.size === 0, `requests still in flight: ${inFlight.size}`, { timeout: 8000 });
    const seen = activity;
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await nextFrame();
    }
    if (activity === seen && inFlight.size === 0) return;
  }
}

/** Mounts `template` (the portal and its widgets) and waits for the session to load. */
export async function renderPortal(template: TemplateResult): Promise<MePortal> {
  const portal = await fixture<MePortal>(template);
  await waitUntil(() => sent('GET', '/v1/me').length > 0 || !portal.token, 'the portal never asked for /v1/me', { timeout: 4000 });
  return portal;
}

export { deepActiveElement, deepQuery, textOf, waitForText } from './dom.js';
