/**
 * A controllable clock for the timers a test names (no test-runner imports: stories use it too).
 *
 * `holdTimers(match)` takes over `setTimeout`/`clearTimeout` for the timers whose delay `match`es
 * (a debounce of 300 ms, a toast's duration, a mock's delay): those never run by themselves, and
 * `clock.advance(ms)` moves a virtual clock forward, running in order each held timer that falls
 * due; `Date.now()` moves forward with it. Every other timer (the test runner's, `waitUntil`'s
 * polling, the MSW worker's) runs on the real clock as usual, so a test can still wait for the
 * network — but nothing it holds can fire because a machine happened to be slow or fast.
 * Match delays nothing else uses while the clock is installed: `waitUntil` polls every 50 ms and
 * gives up after 1000 ms by default, so hold 1000 only around code that passes its own timeout.
 */

export interface HeldClock {
  /** The delays of the held timers still waiting (not run, not cleared), soonest first. */
  pending(): number[];
  /** Virtual milliseconds since the clock was installed. */
  readonly now: number;
  /** Moves the virtual clock `ms` forward, running each held timer that falls due (and what it awaits). */
  advance(ms: number): Promise<void>;
  /** Puts the real timers back; held timers that never ran are dropped. */
  restore(): void;
}

interface Held {
  id: number;
  due: number;
  ms: number;
  run: () => void;
}

type Callback = (...args: unknown[]) => void;

let installed: HeldClock | undefined;

/** Lets the page's own work run: microtasks, Lit updates, a fetch answered by the worker's next turn. */
function macrotask(realSetTimeout: typeof setTimeout): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, 0));
}

/** Holds every `setTimeout` whose delay `match`es until the test advances the returned clock. */
export function holdTimers(match: (ms: number) => boolean): HeldClock {
  if (installed) throw new Error('holdTimers(): a clock is already installed (restore it first)');
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const realDateNow = Date.now;
  const held = new Map<number, Held>();
  let nextId = -1; // negative: never one of the browser's own timer ids
  let now = 0;

  const fakeSetTimeout = (handler: TimerHandler, ms = 0, ...args: unknown[]): number => {
    const delay = Number(ms) || 0;
    if (typeof handler !== 'function' || !match(delay)) return realSetTimeout(handler, ms, ...args) as unknown as number;
    const id = nextId--;
    held.set(id, { id, due: now + delay, ms: delay, run: () => (handler as Callback)(...args) });
    return id;
  };
  const fakeClearTimeout = (id?: number | ReturnType<typeof setTimeout>): void => {
    if (typeof id === 'number' && held.delete(id)) return;
    realClearTimeout(id);
  };

  globalThis.setTimeout = fakeSetTimeout as typeof setTimeout;
  globalThis.clearTimeout = fakeClearTimeout as typeof clearTimeout;
  Date.now = () => realDateNow() + now;

  const clock: HeldClock = {
    pending: () => [...held.values()].sort((a, b) => a.due - b.due || b.id - a.id).map((h) => h.ms),
    get now() {
      return now;
    },
    async advance(ms: number) {
      const target = now + ms;
      for (;;) {
        const next = [...held.values()].filter((h) => h.due <= target).sort((a, b) => a.due - b.due || b.id - a.id)[0];
        if (!next) break;
        held.delete(next.id);
        now = next.due;
        next.run();
        await macrotask(realSetTimeout);
      }
      now = target;
      await macrotask(realSetTimeout);
    },
    restore() {
      if (installed !== clock) return;
      globalThis.setTimeout = realSetTimeout;
      globalThis.clearTimeout = realClearTimeout;
      Date.now = realDateNow;
      held.clear();
      installed = undefined;
    },
  };
  installed = clock;
  return clock;
}

/** Restores the clock a test left installed (for an `afterEach`). */
export function restoreTimers(): void {
  installed?.restore();
}
