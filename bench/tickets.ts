/**
 * `npm run bench:tickets`: `<me-tickets tab="organization">` under `<me-portal>` on the bundled mock
 * API (MSW in the browser, 10,000 tickets in organization A), in headless Chromium, at two mock
 * latencies. Medians (min–max) of `BENCH_RUNS` (default 5) interleaved runs, each on a fresh page
 * (a fresh browser context, so a fresh service worker and cache), after one uncounted warm-up.
 * Frames are not capped at 60 Hz, so the times are work and waits, not vsync.
 * Also prints the gzip sizes of the tickets entry: its initial chunk(s) and every lazy chunk.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import type { Browser, Page, Request } from 'playwright-core';
import { closure, gz, packageBundle, SHARED_CHUNKS, type Chunk } from '../scripts/bundles.js';
import { createHandlers, FACTS } from '../src/mocks/index.js';
import { median, openBenchPage, RUNS } from './harness.js';

const LATENCIES = [0, 300];
/**
 * Typed into the search field: all but the last character first ("conta"), then the last one
 * ("contas": "…título no contas a pagar"), which changes both the count and the first row.
 */
const QUERY = 'contas';
const root = fileURLToPath(new URL('./tickets-page/', import.meta.url));
const repo = fileURLToPath(new URL('../', import.meta.url));

type Phase = 'load' | 'scroll' | 'search';
interface Sample {
  firstRows: number;
  search: number;
  /** `search` minus the search field's debounce and one mock latency (the page-1 request) */
  searchWork: number;
  scrollEnd: number;
  /** of each interval above: time the mock's handlers ran on the page's main thread */
  mock: { firstRows: number; search: number; scrollEnd: number };
  domFirst: number;
  domEnd: number;
  requests: Record<Phase, number>;
  /** the /v1 requests of each phase, `METHOD /v1/path?query` */
  log: Record<Phase, string[]>;
  debounce: number;
}

/** What the list must show, asked of the very handlers the page runs (same seed, same data). */
interface Expected {
  total: number;
  first: string;
  lastIndex: number;
  last: string;
  prefix: { q: string; total: number; first: string };
  full: { q: string; total: number; first: string };
}

async function expectations(): Promise<Expected> {
  // node has no page origin to resolve a relative base against: an absolute one, same routes
  const handlers = createHandlers({ base: 'http://bench.invalid/api' });
  const page = async (params: Record<string, string>) => {
    const url = new URL('http://bench.invalid/api/v1/tickets');
    const query = { scope: 'organization', organizationId: FACTS.orgs.a, sort: '-updatedAt', ...params };
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const response = await getResponse(handlers, new Request(url, { headers: { Authorization: `Bearer ${FACTS.tokens.admin}` } }));
    if (!response?.ok) throw new Error(`mock GET ${url.pathname}${url.search} answered ${response?.status}`);
    return (await response.json()) as { total: number; items: Array<{ number: string }> };
  };
  const first = await page({ page: '1', pageSize: '1' });
  const last = await page({ page: String(first.total), pageSize: '1' });
  const search = async (q: string) => {
    const result = await page({ q: q.trim(), page: '1', pageSize: '1' });
    return { q, total: result.total, first: result.items[0]!.number };
  };
  const prefix = await search(QUERY.slice(0, -1));
  const full = await search(QUERY);
  // each step must change the first row (that is what the page waits for) and keep some rows
  if (prefix.first === first.items[0]!.number || prefix.first === full.first || full.total === 0) {
    throw new Error(`"${QUERY}" and "${prefix.q}" must each change the list's first row: pick another query`);
  }
  return { total: first.total, first: first.items[0]!.number, lastIndex: first.total - 1, last: last.items[0]!.number, prefix, full };
}

const isApi = (request: Request) => new URL(request.url()).pathname.startsWith('/api/v1/');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function sample(browser: Browser, url: string, latency: number, expected: Expected): Promise<Sample> {
  const page: Page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  // every /v1 request the page makes (answered by the service worker), by phase
  let phase: Phase = 'load';
  const log: Record<Phase, string[]> = { load: [], scroll: [], search: [] };
  const inFlight = new Set<Request>();
  page.on('request', (request) => {
    if (!isApi(request)) return;
    inFlight.add(request);
    const { pathname, search } = new URL(request.url());
    log[phase].push(`${request.method()} ${pathname.replace(/^\/api/, '')}${decodeURIComponent(search)}`);
  });
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  /** until no /v1 request has been in flight for 150 ms (late pages, counts, prefetches) */
  const settle = async () => {
    for (let quiet = Date.now(); Date.now() - quiet < 150; await sleep(10)) if (inFlight.size) quiet = Date.now();
  };
  try {
    await page.goto(`${url}?latency=${latency}`);
    await page.waitForFunction(() => 'ticketsBench' in window);
    const firstRows = await page.evaluate((n) => window.ticketsBench.mount(n), expected.first);
    await settle();
    const domFirst = await page.evaluate(() => window.ticketsBench.countElements());

    phase = 'scroll';
    const scrollEnd = await page.evaluate(([i, n]) => window.ticketsBench.scrollToEnd(i, n), [expected.lastIndex, expected.last] as const);
    await settle();
    const domEnd = await page.evaluate(() => window.ticketsBench.countElements());

    phase = 'search';
    await page.locator('me-search-field input').focus(); // playwright's css engine pierces shadow roots
    await page.keyboard.type(expected.prefix.q);
    await page.evaluate((n) => window.ticketsBench.showsRow(0, n), expected.prefix.first);
    await settle();
    await page.evaluate((n) => window.ticketsBench.armSearch(n), expected.full.first);
    await page.keyboard.type(QUERY.slice(-1));
    const search = await page.evaluate(() => window.ticketsBench.searched());
    await settle();
    const debounce = await page.evaluate(() => window.ticketsBench.searchDelay());

    const requests = { load: log.load.length, scroll: log.scroll.length, search: log.search.length };
    return {
      firstRows: firstRows.ms, search: search.ms, searchWork: search.ms - debounce - latency, scrollEnd: scrollEnd.ms,
      mock: { firstRows: firstRows.mockMs, search: search.mockMs, scrollEnd: scrollEnd.mockMs },
      domFirst, domEnd, requests, log, debounce,
    };
  } finally {
    await page.close();
  }
}


interface ChunkSize { file: string; size: number; shared: boolean }
interface LazyChunk { file: string; size: number; from: string; deps: number }

/**
 * gzip of the tickets entry's chunks, from the very build `npm run size` checks (scripts/bundles.ts).
 * Initial: the entry and its static imports. Lazy: every chunk reached through an `import()`
 * (`from`: the chunk importing it), each with its static imports not already loaded.
 */
async function ticketSizes(): Promise<{ initial: ChunkSize[]; lazy: LazyChunk[] }> {
  const chunks = await packageBundle();
  const shared = SHARED_CHUNKS;
  const label = (chunk: Chunk) => {
    if (shared.has(chunk.name)) return `shared chunk "${chunk.name}"`;
    return chunk.facadeModuleId ? relative(repo, chunk.facadeModuleId) : chunk.fileName;
  };
  const entry = [...chunks.values()].find((c) => c.isEntry && c.name === 'tickets')!;
  const loaded = new Set<string>();
  const initial = closure(entry, chunks, loaded);
  const lazy: LazyChunk[] = [];
  const dynamic = (list: Chunk[]) => list.flatMap((c) => c.dynamicImports.map((name) => ({ name, from: label(c) })));
  const queue = dynamic(initial);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const chunk = chunks.get(next.name);
    if (!chunk || loaded.has(next.name)) continue;
    // its static imports beyond what is already loaded (and beyond the other lazy chunks so far)
    const own = closure(chunk, chunks, loaded);
    lazy.push({ file: label(chunk), size: gz(chunk.code), from: next.from, deps: own.slice(1).reduce((s, c) => s + gz(c.code), 0) });
    queue.push(...dynamic(own));
  }
  return { initial: initial.map((c) => ({ file: label(c), size: gz(c.code), shared: shared.has(c.name) })), lazy };
}

const expected = await expectations();
const { url, browser, close } = await openBenchPage(root, { serviceWorker: true });

const samples = new Map<number, Sample[]>(LATENCIES.map((latency) => [latency, []]));
try {
  // one uncounted round: the browser's own first-use costs (code caches, fonts) are nobody's
  for (const latency of LATENCIES) await sample(browser, url, latency, expected);
  for (let run = 0; run < RUNS; run++) {
    // alternate the order so no latency always runs first (or last) on a warm browser
    const order = run % 2 ? [...LATENCIES].reverse() : LATENCIES;
    for (const latency of order) samples.get(latency)!.push(await sample(browser, url, latency, expected));
    process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
  }
} finally {
  await close();
}

const values = (latency: number, pick: (s: Sample) => number) => samples.get(latency)!.map(pick);
const debounce = samples.get(LATENCIES[0]!)![0]!.debounce;
const ms = (n: number) => n.toFixed(1);
const count = (n: number) => String(Math.round(n));
const rows: Array<[string, (s: Sample) => number, (n: number) => string]> = [
  ['time to first rows (ms)', (s) => s.firstRows, ms],
  ['  of which mock handlers (ms)', (s) => s.mock.firstRows, ms],
  ['search keystroke → repaint, total (ms)', (s) => s.search, ms],
  [`  − debounce (${debounce} ms) − latency (ms)`, (s) => s.searchWork, ms],
  ['  of which mock handlers (ms)', (s) => s.mock.search, ms],
  ['scroll to end → last row (ms)', (s) => s.scrollEnd, ms],
  ['  of which mock handlers (ms)', (s) => s.mock.scrollEnd, ms],
  ['DOM elements after first rows', (s) => s.domFirst, count],
  ['DOM elements after scroll to end', (s) => s.domEnd, count],
  ['/v1 requests until first rows (settled)', (s) => s.requests.load, count],
  ['/v1 requests scrolling to end', (s) => s.requests.scroll, count],
  [`/v1 requests typing "${QUERY}"`, (s) => s.requests.search, count],
];
const cell = (latency: number, pick: (s: Sample) => number, show: (n: number) => string) => {
  const list = values(latency, pick);
  return `${show(median(list))} (${show(Math.min(...list))}–${show(Math.max(...list))})`;
};
const header = [`metric: median (min–max) of ${RUNS}`, ...LATENCIES.map((l) => `mock latency ${l} ms`)];
const table = rows.map(([label, pick, show]) => [label, ...LATENCIES.map((l) => cell(l, pick, show))]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)) + 2);
const pad = (text: string, width: number) => text.padEnd(width);
console.log(`\n<me-tickets tab="organization">, ${expected.total.toLocaleString('en')} tickets; search "${expected.prefix.q}" ` +
  `(${expected.prefix.total} rows) → "${expected.full.q}" (${expected.full.total} rows); search field debounce ${debounce} ms`);
console.log(header.map((h, i) => pad(h, widths[i]!)).join('|'));
console.log(widths.map((w) => '-'.repeat(w)).join('|'));
for (const row of table) console.log(row.map((c, i) => pad(c, widths[i]!)).join('|'));

// the requests of one run, to see what each phase asks for (and spot repeats)
const last = samples.get(LATENCIES[LATENCIES.length - 1]!)!.at(-1)!;
console.log(`\n/v1 requests of the last run at ${LATENCIES[LATENCIES.length - 1]} ms:`);
for (const [name, requests] of Object.entries(last.log)) {
  console.log(`  ${name}:`);
  for (const request of requests) console.log(`    ${request.replace(`organizationId=${FACTS.orgs.a}&`, '')}`);
}

const sizes = await ticketSizes();
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const own = sizes.initial.filter((c) => !c.shared);
console.log('\nmeu-espaco/tickets, minified + gzip (the build of `npm run size`):');
console.log(`  initial, own chunk(s): ${kB(own.reduce((s, c) => s + c.size, 0))} (${own.map((c) => `${c.file} ${kB(c.size)}`).join(', ')})`);
console.log(`  initial, shared chunks it imports: ${sizes.initial.filter((c) => c.shared).map((c) => `${c.file} ${kB(c.size)}`).join(', ')}`);
console.log('  lazy chunks (import()):');
for (const chunk of sizes.lazy) {
  const deps = chunk.deps ? `, + ${kB(chunk.deps)} of static imports not loaded yet` : '';
  console.log(`    ${chunk.file.padEnd(48)} ${kB(chunk.size).padStart(8)}  (from ${chunk.from}${deps})`);
}
