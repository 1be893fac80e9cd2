/**
 * The page's one connection to `GET /v1/events` (API.md "Live updates — server events"): `fetch`
 * with a streaming parser, since the browser's EventSource cannot send `Authorization`.
 *
 * - Resumes with `Last-Event-ID` (the last event's id, else the cursor of `stream.open`).
 * - Reconnects with jittered exponential backoff, 1 s → 30 s; the backoff resets after a heartbeat.
 * - No heartbeat for 2 × `heartbeatSeconds`: the stream is taken for dead and reopened.
 * - 401: the token is refreshed through the client's rule (one refresh shared with every request)
 *   and the stream reopened; a token that cannot be renewed stops it until the token changes.
 * - A stream that cannot open (3 failures in a row before `stream.open`: a proxy that buffers or
 *   refuses it) falls back to the long poll (`Accept: application/json`, `wait=25`), and the stream
 *   is tried again every 5 minutes.
 * - Paused (closed, cursor kept) while the page is hidden for 60 s or offline; resumed on return.
 *
 * The server's `retry:` field is not used as the reconnection delay: the jittered backoff above
 * spreads the reconnections of many pages after a server restart, which a fixed delay does not.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { ApiClient } from '../api/client.js';
import { ApiError } from '../errors.js';
import { LiveEventSchema, LiveEventsPageSchema, StreamOpenSchema, type LiveEvent } from '../schemas/events.js';

/** `connecting` (first open), `open`, `polling` (the fallback), `reconnecting`, `paused` (hidden), `offline`, `stopped` (token refused, or closed) */
export type LiveState = 'connecting' | 'open' | 'polling' | 'reconnecting' | 'paused' | 'offline' | 'stopped';

export interface LiveTiming {
  backoffMinMs: number;
  backoffMaxMs: number;
  /** hidden this long: the connection closes */
  hiddenCloseMs: number;
  /** while on the long poll, the stream is tried again this often */
  streamRetryMs: number;
  /** failures in a row before `stream.open` that switch to the long poll */
  failuresBeforePoll: number;
  /** `wait` of the long poll, seconds (≤ 25) */
  pollWaitSeconds: number;
  /** events are collected this long, then their keys invalidated once */
  batchMs: number;
  /** the last widget showing server data went this long ago: the connection closes */
  idleCloseMs: number;
}

/** The timings every connection starts with (tests and the bench shorten them). */
export const DEFAULT_TIMING: LiveTiming = {
  backoffMinMs: 1000, backoffMaxMs: 30_000, hiddenCloseMs: 60_000, streamRetryMs: 5 * 60_000, failuresBeforePoll: 3, pollWaitSeconds: 25,
  batchMs: 100, idleCloseMs: 1000,
};

export interface LiveStreamOptions {
  client: ApiClient;
  /** every event, `stream.reset` included (a long poll's 410 `cursor-expired` arrives as one) */
  onEvent: (event: LiveEvent) => void;
  onState?: (state: LiveState) => void;
  timing?: Partial<LiveTiming>;
  random?: () => number;
}

/** Why one attempt ended (for the loop's decision). */
type Ended = 'closed' | 'failed' | 'unauthorized' | 'ended';

class Unauthorized extends Error {}

export class LiveStream {
  readonly #client: ApiClient;
  readonly #onEvent: (event: LiveEvent) => void;
  readonly #onState: (state: LiveState) => void;
  readonly #timing: LiveTiming;
  readonly #random: () => number;

  #cursor?: string;
  #state: LiveState = 'stopped';
  #running = false;
  /** aborts whatever the loop waits on (a fetch, a read, a sleep) */
  #abort?: AbortController;
  #attempt = 0;
  #failuresBeforeOpen = 0;
  #polling = false;
  #pollSince = 0;
  #paused: false | 'hidden' | 'offline' = false;
  #resume?: () => void;
  /** recent event ids: an event delivered twice (a resumed stream, a long poll) is applied once */
  readonly #seen = new Set<string>();
  /** counters, for tests and the bench */
  readonly stats = { connections: 0, polls: 0, events: 0 };

  constructor(options: LiveStreamOptions) {
    this.#client = options.client;
    this.#onEvent = options.onEvent;
    this.#onState = options.onState ?? (() => undefined);
    this.#timing = { ...DEFAULT_TIMING, ...options.timing };
    this.#random = options.random ?? Math.random;
  }

  get state(): LiveState {
    return this.#state;
  }

  /** Between `start()` and `stop()`. */
  get running(): boolean {
    return this.#running;
  }

  /** The resume point: the last event's id, else where the stream opened. */
  get cursor(): string | undefined {
    return this.#cursor;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#setState(this.#paused ? (this.#paused === 'offline' ? 'offline' : 'paused') : 'connecting');
    void this.#loop();
  }

  /** Closes the connection for good (the last widget went, or the portal left the page). */
  stop(): void {
    this.#running = false;
    this.#abort?.abort();
    this.#resume?.();
    this.#setState('stopped');
  }

  /** Hidden long enough / offline: close, keep the cursor. `false` resumes. */
  pause(reason: 'hidden' | 'offline' | false): void {
    if (reason === this.#paused) return;
    this.#paused = reason;
    if (reason) {
      this.#abort?.abort();
      if (this.#running) this.#setState(reason === 'offline' ? 'offline' : 'paused');
    } else {
      this.#attempt = 0;
      const resume = this.#resume;
      this.#resume = undefined;
      resume?.();
    }
  }

  #setState(state: LiveState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#onState(state);
  }

  async #loop(): Promise<void> {
    while (this.#running) {
      if (this.#paused) {
        await new Promise<void>((resolve) => { this.#resume = resolve; });
        continue;
      }
      const abort = (this.#abort = new AbortController());
      const tryStream = !this.#polling || Date.now() - this.#pollSince >= this.#timing.streamRetryMs;
      let ended: Ended;
      try {
        ended = tryStream ? await this.#streamOnce(abort.signal) : await this.#pollOnce(abort.signal);
      } catch (error) {
        ended = error instanceof Unauthorized ? 'unauthorized' : abort.signal.aborted ? 'closed' : 'failed';
      }
      if (!this.#running) return;
      if (ended === 'closed' && this.#paused) continue; // paused: wait above
      if (ended === 'unauthorized') {
        // the client could not renew the token (no provider, or it failed): wait for another one
        // (a provider that failed is asked again after the backoff; a static token only once it changed)
        const refused = this.#client.config.token;
        this.#setState('stopped');
        do await this.#sleep(this.#delay());
        while (this.#running && !this.#paused && this.#client.config.token === refused && !this.#client.config.tokenProvider);
        continue;
      }
      if (tryStream && this.#polling && ended !== 'ended') this.#pollSince = Date.now(); // the retried stream failed: poll on
      if (!this.#polling && ended === 'failed' && ++this.#failuresBeforeOpen >= this.#timing.failuresBeforePoll) {
        this.#polling = true;
        this.#pollSince = Date.now();
        this.#attempt = 0;
        this.#setState('polling');
        continue;
      }
      if (this.#polling) {
        this.#setState('polling');
        if (ended === 'failed') await this.#sleep(this.#delay());
        continue;
      }
      this.#setState('reconnecting');
      await this.#sleep(this.#delay());
    }
  }

  /** Jittered exponential backoff: 1 s, 2 s, 4 s… up to 30 s, each ±50 %. */
  #delay(): number {
    const { backoffMinMs, backoffMaxMs } = this.#timing;
    const base = Math.min(backoffMaxMs, backoffMinMs * 2 ** this.#attempt++);
    return Math.min(backoffMaxMs, base * (0.5 + this.#random()));
  }

  async #sleep(ms: number): Promise<void> {
    const abort = (this.#abort = new AbortController());
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
    });
  }

  /** One stream, until it ends: `ended` when it ended after `stream.open`, else throws or `failed`. */
  async #streamOnce(signal: AbortSignal): Promise<Ended> {
    const url = this.#client.url('/events');
    let token = await this.#client.authToken(signal);
    let response: Response;
    for (let refreshed = false; ; refreshed = true) {
      const headers = new Headers({ Accept: 'text/event-stream', 'Accept-Language': this.#client.config.locale });
      if (token) headers.set('Authorization', `Bearer ${token}`);
      if (this.#cursor) headers.set('Last-Event-ID', this.#cursor);
      this.stats.connections++;
      response = await fetch(url, { headers, signal, cache: 'no-store', credentials: 'same-origin' });
      if (response.status !== 401) break;
      await response.body?.cancel().catch(() => undefined);
      const renewed = this.#client.config.tokenProvider && !refreshed ? await this.#client.renewToken(token, signal).catch(() => undefined) : undefined;
      if (!renewed) {
        if (!this.#client.config.tokenProvider) {
          // reported like any request's 401 (me-session-expired)
          await this.#client.readResponse(new Response(null, { status: 401 }), { path: '/events' }, 'GET', url).catch(() => undefined);
        }
        throw new Unauthorized();
      }
      token = renewed;
    }
    const type = response.headers.get('Content-Type') ?? '';
    if (!response.ok || !response.body || !type.startsWith('text/event-stream')) {
      await response.body?.cancel().catch(() => undefined);
      return 'failed';
    }
    return this.#read(response.body, signal);
  }

  #read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<Ended> {
    let opened = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    let heartbeatMs = 0;
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const arm = () => {
      clearTimeout(watchdog);
      if (heartbeatMs) watchdog = setTimeout(() => void reader.cancel().catch(() => undefined), 2 * heartbeatMs);
    };
    const parser = createParser({
      onEvent: (message: EventSourceMessage) => {
        if (message.event === 'stream.open') {
          const open = parseJson(message.data, StreamOpenSchema);
          if (!open) return;
          opened = true;
          this.#failuresBeforeOpen = 0;
          this.#polling = false;
          heartbeatMs = open.heartbeatSeconds * 1000;
          this.#cursor ??= open.cursor;
          this.#setState('open');
          arm();
          return;
        }
        arm();
        if (message.event === 'stream.reset') {
          // the cursor is too old: whatever the data says, everything shown is refetched
          if (message.id) this.#cursor = message.id;
          this.#apply({ id: `reset-${message.id ?? Date.now()}`, type: 'stream.reset', occurredAt: new Date().toISOString() }, message.id);
          return;
        }
        this.#deliver(message.data, message.id);
      },
      onComment: () => {
        // a heartbeat: the connection is alive, and a later drop starts the backoff again from 1 s
        this.#attempt = 0;
        arm();
      },
    });
    return (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch {
        if (signal.aborted) return 'closed';
      } finally {
        clearTimeout(watchdog);
        reader.releaseLock();
      }
      if (signal.aborted) return 'closed';
      return opened ? 'ended' : 'failed';
    })();
  }

  /** One long poll: the events after the cursor, within `wait` seconds. */
  async #pollOnce(signal: AbortSignal): Promise<Ended> {
    this.stats.polls++;
    try {
      const { data } = await this.#client.request({
        path: '/events', query: { cursor: this.#cursor, wait: this.#timing.pollWaitSeconds }, schema: LiveEventsPageSchema, signal, quiet: true,
      });
      this.#attempt = 0;
      this.#setState('polling');
      for (const event of data.events) this.#apply(event, undefined);
      this.#cursor = data.cursor;
      return 'ended';
    } catch (error) {
      if (error instanceof ApiError && error.status === 410) {
        // cursor-expired: the same as stream.reset
        this.#cursor = undefined;
        this.#onEvent({ id: `reset-${Date.now()}`, type: 'stream.reset', occurredAt: new Date().toISOString() });
        return 'ended';
      }
      if (error instanceof ApiError && error.status === 401) throw new Unauthorized();
      if (signal.aborted) return 'closed';
      return 'failed';
    }
  }

  #deliver(data: string, id: string | undefined): void {
    const event = parseJson(data, LiveEventSchema);
    if (id) this.#cursor = id;
    if (event) this.#apply(event, id);
  }

  #apply(event: LiveEvent, cursor: string | undefined): void {
    if (this.#seen.has(event.id)) return;
    this.#seen.add(event.id);
    if (this.#seen.size > 1000) this.#seen.delete(this.#seen.values().next().value!);
    if (event.type === 'stream.reset') this.#cursor = cursor;
    this.stats.events++;
    this.#onEvent(event);
  }
}

/** An event's data through its schema; a malformed one is dropped (it names no change we can apply). */
function parseJson<T>(data: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
