/**
 * The tickets bench page: starts the bundled mock API in the browser (MSW, latency from
 * `?latency=<ms>`), then, when asked, mounts `<me-portal><me-tickets tab="organization">` and
 * times what a user waits for. Driven by bench/tickets.ts through `window.ticketsBench`.
 */
import { startMockApi } from '../../src/mocks/index.js';
import '../../src/portal/define.js';
import '../../src/modules/tickets/define.js';
import type { MeSearchField } from '../../src/ui/toolbar/search-field.js';
import { countElements, frame, hasText, tick } from '../page-support.js';

const latencyMs = Number(new URLSearchParams(location.search).get('latency') ?? 0);
const api = await startMockApi({ latencyMs, quiet: true });

/**
 * MSW runs the handlers on this page's main thread, so the mock's own work (filtering and sorting
 * 10,000 tickets per request) competes with the elements' work. Each mocked request's handler time,
 * `[start + latency, end]` (the latency is a timer at the start of the handler chain), is kept to
 * say how much of a measured interval it took: an upper bound, a late timer counts as work.
 */
const mockWork: Array<[start: number, end: number]> = [];
const started = new Map<string, number>();
api.worker.events.on('request:start', ({ requestId }) => started.set(requestId, performance.now()));
// `request:match`: a handler answered (emitted before the response goes back to the worker)
api.worker.events.on('request:match', ({ requestId }) => {
  const start = started.get(requestId);
  if (start !== undefined) mockWork.push([start + latencyMs, performance.now()]);
});
api.worker.events.on('request:end', ({ requestId }) => started.delete(requestId)); // mocked or passed through

/**
 * Milliseconds within `from`…`to` during which some mock handler was running (requests still
 * running at `to` count up to it). The union, not the sum: handlers whose timers fire together run
 * one after the other on this one thread, and each one's interval includes waiting for the others.
 */
function mockTime(from: number, to: number): number {
  const running = [...started.values()].map((start): [number, number] => [start + latencyMs, to]);
  const spans = [...mockWork, ...running]
    .map(([start, end]): [number, number] => [Math.max(start, from), Math.min(end, to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = from;
  for (const [start, end] of spans) {
    total += Math.max(0, end - Math.max(start, reached));
    reached = Math.max(reached, end);
  }
  return total;
}

/** A measured interval and the mock handler time inside it. */
export interface Timed {
  ms: number;
  mockMs: number;
}

const timed = (start: number): Timed => {
  const end = performance.now();
  return { ms: end - start, mockMs: mockTime(start, end) };
};

/** the first element matching `selector` in the composed tree under `root` (shadow roots included) */
function deepQuery<E extends Element = Element>(root: ParentNode, selector: string): E | undefined {
  const found = root.querySelector<E>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot ? deepQuery<E>(element.shadowRoot, selector) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** polls `done` on every task turn (not only on frames) until it holds; fails after 30 s */
async function until(done: () => boolean, what: () => string): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await tick();
  }
}

/** the tickets' `<me-data-list>` (found once the portal rendered it; kept while it is in the page) */
let list: Element | undefined;
const dataList = () => (list?.isConnected ? list : (list = deepQuery(document.body, 'me-data-list')));

/** text of the list's row at `index` (0-based), `''` while it is not in the DOM */
function rowText(index: number): string {
  return dataList()?.shadowRoot?.querySelector(`[role=row][data-index="${index}"]`)?.textContent ?? '';
}

/**
 * Appends the portal and waits until the first ticket row's number is in the DOM, then two
 * animation frames (a paint). Returns the time since the append.
 */
async function mount(firstNumber: string): Promise<Timed> {
  const portal = document.createElement('me-portal');
  portal.setAttribute('api-base', '/api');
  portal.setAttribute('token', 'demo-token');
  const tickets = document.createElement('me-tickets');
  tickets.setAttribute('tab', 'organization');
  portal.append(tickets);
  const start = performance.now();
  document.getElementById('stage')!.append(portal);
  await until(() => hasText(portal, firstNumber), () => `the first row (${firstNumber})`);
  await frame();
  await frame();
  return timed(start);
}

/** Waits (untimed) until the row at `index` shows `number`, then two frames. */
async function showsRow(index: number, number: string): Promise<void> {
  await until(() => rowText(index).includes(number), () => {
    const query = deepQuery<MeSearchField>(document.body, 'me-search-field')?.value;
    return `row ${index} = ${number} (it shows "${rowText(index).trim().slice(0, 60)}"; search field "${query}")`;
  });
  await frame();
  await frame();
}

/** Scrolls the list to its end; the time until the last row's number shows, plus two frames. */
async function scrollToEnd(lastIndex: number, lastNumber: string): Promise<Timed> {
  const scroller = dataList()!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const start = performance.now();
  scroller.scrollTop = scroller.scrollHeight;
  await showsRow(lastIndex, lastNumber);
  return timed(start);
}

let searching: Promise<Timed> | undefined;

/**
 * Arms the timer of the next keystroke: a keydown listener (capture, on window: the key goes to
 * the input inside the search field's shadow root) takes the start time, then waits until the
 * first row shows `firstNumber`, plus two frames. `searched()` answers the elapsed time.
 */
function armSearch(firstNumber: string): void {
  searching = new Promise<Timed>((resolve, reject) => {
    addEventListener('keydown', () => {
      const start = performance.now();
      showsRow(0, firstNumber).then(() => resolve(timed(start)), reject);
    }, { capture: true, once: true });
  });
}

function searched(): Promise<Timed> {
  if (!searching) throw new Error('armSearch() first');
  return searching;
}

/** The search field's debounce as the tickets list uses it (the element's `delay`). */
function searchDelay(): number {
  return deepQuery<MeSearchField>(document.body, 'me-search-field')!.delay;
}

const ticketsBench = {
  mount, showsRow, scrollToEnd, armSearch, searched, searchDelay,
  countElements: () => countElements(document.body),
};

declare global {
  interface Window {
    ticketsBench: typeof ticketsBench;
  }
}
window.ticketsBench = ticketsBench;
