/**
 * Live updates of one portal: one {@link LiveStream} while at least one widget shows server data,
 * and the events it brings turned into cache invalidations.
 *
 * - Open while any query but the session (`/v1/me`) has an observer — a widget on screen — and an
 *   answer (so the first view's requests go first), closed a moment after the last one goes (a
 *   widget moved in the DOM does not reconnect).
 * - Each event's keys (declared by the modules, see keys.ts) are collected for `batchMs` and
 *   invalidated once, without cancelling fetches in flight; only queries on screen refetch, the
 *   others are only marked stale. `stream.reset` (or a long poll's 410) refetches all that is shown.
 * - An event whose `causedBy.idempotencyKey` was sent by this page is this page's own change,
 *   already applied by the widget that made it: skipped.
 * - Paused while the page is hidden for 60 s (query-core's `focusManager`) or offline
 *   (`onlineManager`); resumed from the cursor when it comes back.
 */
import { focusManager, hashKey, onlineManager, type QueryClient, type QueryKey } from '@tanstack/query-core';
import type { ApiClient } from '../api/client.js';
import type { LiveEvent } from '../schemas/events.js';
import { meQueryKey } from '../session.js';
import { keysFor } from './keys.js';
import { DEFAULT_TIMING, LiveStream, type LiveState, type LiveTiming } from './stream.js';

export { liveKeys } from './keys.js';
export { DEFAULT_TIMING, type LiveState, type LiveTiming } from './stream.js';

export interface LiveOptions {
  client: ApiClient;
  queryClient: QueryClient;
  onState?: (state: LiveState) => void;
  /** every event applied (after the own-echo check), for widgets that say what happened */
  onEvent?: (event: LiveEvent) => void;
  timing?: Partial<LiveTiming>;
  random?: () => number;
}

export class LiveUpdates {
  readonly stream: LiveStream;
  readonly #queryClient: QueryClient;
  readonly #client: ApiClient;
  readonly #onEvent?: (event: LiveEvent) => void;
  readonly #batchMs: number;
  readonly #idleCloseMs: number;
  readonly #hiddenCloseMs: number;
  readonly #unsubscribe: Array<() => void> = [];
  readonly #pending = new Map<string, QueryKey>();
  #reset = false;
  #flushTimer?: ReturnType<typeof setTimeout>;
  #idleTimer?: ReturnType<typeof setTimeout>;
  #hiddenTimer?: ReturnType<typeof setTimeout>;
  #hidden = false;
  /** a start is waiting for the next paint */
  #starting = false;
  #offline = false;
  /** counters, for tests and the bench */
  readonly stats = { skippedOwn: 0, invalidations: 0 };

  constructor(options: LiveOptions) {
    this.#queryClient = options.queryClient;
    this.#client = options.client;
    this.#onEvent = options.onEvent;
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    this.#batchMs = timing.batchMs;
    this.#idleCloseMs = timing.idleCloseMs;
    this.#hiddenCloseMs = timing.hiddenCloseMs;
    this.stream = new LiveStream({
      client: options.client,
      onEvent: (event) => this.#receive(event),
      onState: options.onState,
      timing,
      random: options.random,
    });
    const cache = this.#queryClient.getQueryCache();
    this.#unsubscribe.push(
      cache.subscribe((event) => {
        // observers come and go; a first answer is what opens the stream (after the first view's data)
        if (event.type === 'observerAdded' || event.type === 'observerRemoved' || (event.type === 'updated' && !this.stream.running)) this.#watch();
      }),
      focusManager.subscribe((focused) => this.#visible(focused)),
      onlineManager.subscribe((online) => {
        this.#offline = !online;
        this.#pause();
      }),
    );
    this.#offline = !onlineManager.isOnline();
    this.#pause();
    this.#watch();
  }

  /** Closes the stream and lets go of everything (the portal left the page, or `live="off"`). */
  stop(): void {
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
    clearTimeout(this.#flushTimer);
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#hiddenTimer);
    this.#pending.clear();
    this.stream.stop();
  }

  /**
   * Whether a widget shows server data now: a query other than the session has an observer and an
   * answer. (Not before: the first view's own requests go first, the stream after them.)
   */
  #shown(): boolean {
    // and the session is in: what a user may see is decided by /v1/me, and a widget's first rows may wait for it
    return !!this.#queryClient.getQueryData(meQueryKey) && this.#queryClient.getQueryCache().getAll()
      .some((query) => query.getObserversCount() > 0 && query.queryKey[0] !== meQueryKey[0] && query.state.dataUpdatedAt > 0);
  }

  #watch(): void {
    if (this.#shown()) {
      clearTimeout(this.#idleTimer);
      this.#idleTimer = undefined;
      // after the frame that paints that data: the first view's rows come before the stream
      if (!this.stream.running && !this.#starting) {
        this.#starting = true;
        requestAnimationFrame(() => setTimeout(() => {
          this.#starting = false;
          if (this.#shown() && this.#unsubscribe.length) this.stream.start();
        }, 0));
      }
    } else if (this.stream.running && !this.#idleTimer) {
      this.#idleTimer = setTimeout(() => {
        this.#idleTimer = undefined;
        if (!this.#shown()) this.stream.stop();
      }, this.#idleCloseMs);
    }
  }

  #visible(focused: boolean): void {
    clearTimeout(this.#hiddenTimer);
    if (focused) {
      this.#hidden = false;
      this.#pause();
    } else {
      this.#hiddenTimer = setTimeout(() => {
        this.#hidden = true;
        this.#pause();
      }, this.#hiddenCloseMs);
    }
  }

  #pause(): void {
    this.stream.pause(this.#offline ? 'offline' : this.#hidden ? 'hidden' : false);
  }

  #receive(event: LiveEvent): void {
    const key = event.causedBy?.idempotencyKey;
    if (key && this.#client.sentIdempotencyKey(key)) {
      this.stats.skippedOwn++;
      return;
    }
    if (event.type === 'stream.reset') this.#reset = true;
    else for (const queryKey of keysFor(event)) this.#pending.set(hashKey(queryKey), queryKey);
    this.#onEvent?.(event);
    this.#flushTimer ??= setTimeout(() => this.#flush(), this.#batchMs);
  }

  #flush(): void {
    this.#flushTimer = undefined;
    const keys = [...this.#pending.values()];
    this.#pending.clear();
    const options = { cancelRefetch: false } as const;
    if (this.#reset) {
      this.#reset = false;
      this.stats.invalidations++;
      void this.#queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] }, options);
      return;
    }
    for (const queryKey of keys) {
      this.stats.invalidations++;
      void this.#queryClient.invalidateQueries({ queryKey }, options);
    }
  }
}
