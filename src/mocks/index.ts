/**
 * `meu-espaco/mocks`: the bundled mock backend. A deterministic seeded in-memory database and
 * MSW 2 handlers for every endpoint of API.md, plus fault injection for tests and stories.
 *
 * ```ts
 * import { startMockApi, FACTS } from 'meu-espaco/mocks';
 * const api = await startMockApi({ latencyMs: 300 });   // service worker at /mockServiceWorker.js
 * api.reset();                                           // fresh database
 * ```
 */
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { MockDb, createMockDb } from './db/index.js';
import { clearFaults } from './faults.js';
import { type LiveControl, type LiveHub, createLive, eventRoutes, fileHandler, routes } from './handlers/index.js';
import { buildHandlers } from './router.js';

export { MockDb, createMockDb, FACTS, REFERENCE_NOW, HOSTILE_SNIPPETS } from './db/index.js';
export type { Facts, StoredResponse } from './db/index.js';
export type * from './db/types.js';
export { injectFault, clearFaults, pendingFaults, type FaultSpec } from './faults.js';
export { PROBLEM_BASE, PROBLEM_TITLES, type ProblemSlug } from './http.js';
export { createLive, LiveHub } from './handlers/events.js';
export type { LiveConfig, LiveConnection, LiveControl, LiveOptions, RefuseMode } from './handlers/events.js';
export { EVENT_RETENTION, cursorOf, parseCursor, type LiveEventInput, type LiveEventRecord } from './db/events.js';

export interface CreateHandlersOptions {
  /** The database, or a getter (so a holder can swap in a fresh one on reset). */
  db?: MockDb | (() => MockDb);
  /** API base, relative (`/api`) or absolute (`https://api.example.com/api`). Default `/api`. */
  base?: string;
  /** Delay added to every response (the demo uses ~300 ms). Default 0. */
  latencyMs?: number;
  /**
   * The live-updates hub serving `GET /v1/events` (open streams, the mock control): pass
   * `createLive({ db })` to drive it (`live.agentReply(…)`); default a hub of its own.
   */
  live?: LiveHub;
}

/** MSW 2 handlers for every endpoint of API.md under `${base}/v1` (plus signed file links under `${base}/files`). */
export function createHandlers(options: CreateHandlersOptions = {}): HttpHandler[] {
  const base = options.base ?? '/api';
  let fallback: MockDb | undefined;
  const source = options.db;
  const db = typeof source === 'function' ? source : () => (source ?? (fallback ??= createMockDb()));
  const live = options.live ?? createLive({ db });
  return buildHandlers([...routes, ...eventRoutes(live)], { db, base, latencyMs: options.latencyMs ?? 0 }, [fileHandler(base, db)]);
}

/** Handlers for a default database (seed 1, created on first request) at `/api`. */
export const handlers: HttpHandler[] = createHandlers();

export interface StartMockApiOptions {
  base?: string;
  seed?: number;
  latencyMs?: number;
  /** Silences MSW's console messages. Default false. */
  quiet?: boolean;
  /** Where the worker script is served. Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
}

export interface MockApi {
  worker: SetupWorker;
  /** The current database (replaced by reset()). */
  readonly db: MockDb;
  /** The live-updates control (`GET /v1/events`): agent replies, decisions elsewhere, dropped/refused streams… */
  readonly live: LiveControl;
  /** Installs a fresh database (same seed unless given), clears faults and runtime handlers, ends open streams. */
  reset(seed?: number): MockDb;
  stop(): void;
}

/** Starts the browser service worker (msw/browser) serving the mock API. */
export async function startMockApi(options: StartMockApiOptions = {}): Promise<MockApi> {
  const { setupWorker } = await import('msw/browser');
  const initialSeed = options.seed ?? 1;
  let current = createMockDb(initialSeed);
  const live = createLive({ db: () => current });
  const worker = setupWorker(...createHandlers({ db: () => current, base: options.base ?? '/api', latencyMs: options.latencyMs ?? 0, live }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: options.quiet ?? false,
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return {
    worker,
    get db() {
      return current;
    },
    live,
    reset(seed = initialSeed) {
      live.reset();
      current = createMockDb(seed);
      clearFaults();
      worker.resetHandlers();
      return current;
    },
    stop() {
      live.reset();
      clearFaults();
      worker.stop();
    },
  };
}
