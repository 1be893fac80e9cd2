/**
 * Renders widgets inside a `<me-portal>` on the bundled mock API. Every test starts from a
 * fresh mock database with no pending faults, and can read what went over the wire.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearFaults, startMockApi } from '../../src/mocks/index.js';
import '../../src/portal/define.js';
import type { MePortal } from '../../src/portal/me-portal.js';

export { FACTS, injectFault } from '../../src/mocks/index.js';

type MockApi = Awaited<ReturnType<typeof startMockApi>>;
let api: Promise<MockApi> | undefined;
let running: MockApi | undefined;
const requests: Request[] = [];

/**
 * Registers mocha hooks: start the worker once per file, a fresh database before each test.
 * Returns the running mock API (its `db`, `worker`, `reset`), for tests of the mocks themselves.
 */
export function useMockApi(): () => MockApi {
  before(async () => {
    api ??= startMockApi({ quiet: true }).then((started) => {
      started.worker.events.on('request:start', ({ request }) => {
        if (new URL(request.url).pathname.startsWith('/api/')) requests.push(request.clone());
      });
      return started;
    });
    running = await api;
  });
  beforeEach(async () => {
    (await api!).reset();
    clearFaults();
    requests.length = 0;
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

/** Mounts `template` (the portal and its widgets) and waits for the session to load. */
export async function renderPortal(template: TemplateResult): Promise<MePortal> {
  const portal = await fixture<MePortal>(template);
  await waitUntil(() => sent('GET', '/v1/me').length > 0 || !portal.token, 'the portal never asked for /v1/me', { timeout: 4000 });
  return portal;
}

export { deepActiveElement, deepQuery, textOf, waitForText } from './dom.js';
