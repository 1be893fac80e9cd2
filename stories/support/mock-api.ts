/**
 * The mock backend behind every story: one MSW worker whose base handlers serve whatever
 * database `mockDb()` currently returns. The preview installs a fresh database before each story
 * (`resetMockApi`), so mutations never leak from one story into the next; a story overrides
 * single endpoints with `msw.use(...)` in its `beforeEach` (those win over the base handlers
 * and are dropped by the addon before the next story).
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { clearFaults, createHandlers, createLive, createMockDb, FACTS, type LiveControl, type MockDb } from '../../src/mocks/index.js';

export { FACTS };

/** The API base every story's portal points at. */
export const API_BASE = '/api';

let current: MockDb | undefined;
/** the API requests of the running story, and the ids of those the mocks are still answering */
const requests: Request[] = [];
const inFlight = new Set<string>();
let activity = 0;

/** The database of the running story (for plays that check what a flow changed). */
export function mockDb(): MockDb {
  return (current ??= createMockDb(1));
}

/** The live-updates hub behind `GET /v1/events`: a play makes an agent reply or a colleague's decision with it. */
const live = createLive({ db: mockDb });
export function mockLive(): LiveControl {
  return live;
}

/** A fresh database (seed 1 unless the story sets `parameters.mockSeed`) and no pending faults. */
export function resetMockApi(seed = 1): MockDb {
  clearFaults();
  requests.length = 0;
  inFlight.clear();
  current = createMockDb(seed);
  live.reset();
  return current;
}

/** msw-storybook-addon setup: the base handlers are initial handlers, so they survive its per-story reset. */
export async function startStoryWorker(): Promise<SetupWorker> {
  const worker = setupWorker(...createHandlers({ db: mockDb, base: API_BASE, live }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  worker.events.on('request:start', ({ request, requestId }) => {
    if (!new URL(request.url).pathname.startsWith(`${API_BASE}/`)) return;
    requests.push(request.clone());
    inFlight.add(requestId);
    activity += 1;
  });
  worker.events.on('request:end', ({ requestId }) => {
    if (inFlight.delete(requestId)) activity += 1;
  });
  return worker;
}

/** The API requests the running story sent, optionally only `METHOD /v1/path` ones (path without the query). */
export function sentToApi(method?: string, path?: string | RegExp): Request[] {
  return requests.filter((r) => {
    if (method && r.method !== method) return false;
    if (!path) return true;
    const pathname = new URL(r.url).pathname.slice(API_BASE.length);
    return typeof path === 'string' ? pathname === path : path.test(pathname);
  });
}

/**
 * Waits until no API request is in flight and six turns of the page (a task and a frame each) pass
 * without a new one: count requests after this, and a duplicate sent late is counted too.
 */
export async function networkIdle(): Promise<void> {
  const turn = () => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 0));
  for (;;) {
    for (let waited = 0; inFlight.size > 0; waited++) {
      if (waited > 400) throw new Error(`networkIdle: ${inFlight.size} request(s) still in flight`);
      await turn();
    }
    const seen = activity;
    for (let i = 0; i < 6; i++) await turn();
    if (activity === seen && inFlight.size === 0) return;
  }
}

/** `${API_BASE}/v1${path}`, for `http.get(apiUrl('/organizations/:orgId'), …)` overrides. */
export function apiUrl(path: string): string {
  return `${API_BASE}/v1${path}`;
}
