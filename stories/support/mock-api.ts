/**
 * The mock backend behind every story: one MSW worker whose base handlers serve whatever
 * database `mockDb()` currently returns. The preview installs a fresh database before each story
 * (`resetMockApi`), so mutations never leak from one story into the next; a story overrides
 * single endpoints with `msw.use(...)` in its `beforeEach` (those win over the base handlers
 * and are dropped by the addon before the next story).
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { clearFaults, createHandlers, createMockDb, FACTS, type MockDb } from '../../src/mocks/index.js';

export { FACTS };

/** The API base every story's portal points at. */
export const API_BASE = '/api';

let current: MockDb | undefined;

/** The database of the running story (for plays that check what a flow changed). */
export function mockDb(): MockDb {
  return (current ??= createMockDb(1));
}

/** A fresh database (seed 1 unless the story sets `parameters.mockSeed`) and no pending faults. */
export function resetMockApi(seed = 1): MockDb {
  clearFaults();
  current = createMockDb(seed);
  return current;
}

/** msw-storybook-addon setup: the base handlers are initial handlers, so they survive its per-story reset. */
export async function startStoryWorker(): Promise<SetupWorker> {
  const worker = setupWorker(...createHandlers({ db: mockDb, base: API_BASE }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return worker;
}

/** `${API_BASE}/v1${path}`, for `http.get(apiUrl('/organizations/:orgId'), …)` overrides. */
export function apiUrl(path: string): string {
  return `${API_BASE}/v1${path}`;
}
