/**
 * `npm run bench:page`: a host page as a host writes it — `<me-portal organization-id>` and
 * `<me-tickets>` in its markup — on the bundled mock API at 0 and 300 ms latency, with and
 * without `organization-id`. Time to first rows, from the moment the widgets' code had run (the
 * loading model's part) and from the moment it started loading; /v1 requests before the first rows
 * and in the first 3 s. Medians (min–max) of `BENCH_RUNS` runs
 * (default 7 here), each on a fresh page (fresh service worker and cache), after one uncounted
 * warm-up round. A benchmark: it prints numbers and fails on nothing but a broken page.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { median, openBenchPage } from './harness.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = fileURLToPath(new URL('./host-page/', import.meta.url));
const CASES = [
  { label: 'organization-id, 0 ms', latency: 0, org: true },
  { label: 'organization-id, 300 ms', latency: 300, org: true },
  { label: 'no organization-id, 0 ms', latency: 0, org: false },
  { label: 'no organization-id, 300 ms', latency: 300, org: false },
];

interface Sample {
  defined: number;
  firstRows: number;
  before: number;
  first3s: number;
  log: string[];
}

async function sample(browser: Browser, url: string, latency: number, org: boolean): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${url}?latency=${latency}&org=${org ? 1 : 0}`);
    await page.waitForFunction(() => 'pageBench' in window, undefined, { timeout: 60_000 });
    if (errors.length) throw new Error(errors.join('\n'));
    const { defined, rowsInDom, firstRows, requests } = await page.evaluate(() => window.pageBench);
    // "before the first rows": sent before the rows were in the DOM (the time shown is once they painted)
    return {
      defined,
      firstRows,
      before: requests.filter((r) => r.at < rowsInDom).length,
      first3s: requests.filter((r) => r.at < 3000).length,
      log: requests.map((r) => `${r.at.toFixed(0).padStart(5)} ms  ${r.what}${r.at < rowsInDom ? '' : '   (after the first rows)'}`),
    };
  } finally {
    await page.close();
  }
}

const { url, browser, close } = await openBenchPage(root, { serviceWorker: true });
const samples = CASES.map((): Sample[] => []);
try {
  for (const c of CASES) await sample(browser, url, c.latency, c.org); // warm-up
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? [...CASES.keys()].reverse() : [...CASES.keys()];
    for (const i of order) samples[i]!.push(await sample(browser, url, CASES[i]!.latency, CASES[i]!.org));
    process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
  }
} finally {
  await close();
}

const ms = (n: number) => n.toFixed(1);
const count = (n: number) => String(Math.round(n));
const rows: Array<[string, (s: Sample) => number, (n: number) => string]> = [
  ['widgets\' code loaded and run (ms)', (s) => s.defined, ms],
  ['first rows, from the code start (ms)', (s) => s.firstRows, ms],
  ['first rows, after the code ran (ms)', (s) => s.firstRows - s.defined, ms],
  ['/v1 requests before the first rows (in the DOM)', (s) => s.before, count],
  ['/v1 requests in the first 3 s', (s) => s.first3s, count],
];
const cell = (i: number, pick: (s: Sample) => number, show: (n: number) => string) => {
  const list = samples[i]!.map(pick);
  return `${show(median(list))} (${show(Math.min(...list))}–${show(Math.max(...list))})`;
};
const header = [`median (min–max) of ${RUNS}`, ...CASES.map((c) => c.label)];
const table = rows.map(([label, pick, show]) => [label, ...CASES.map((_, i) => cell(i, pick, show))]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)) + 2);
console.log('\n<me-portal> + <me-tickets> in a host page\'s markup, on the mock API');
console.log(header.map((h, i) => h.padEnd(widths[i]!)).join('|'));
console.log(widths.map((w) => '-'.repeat(w)).join('|'));
for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('|'));
for (const [i, c] of CASES.entries()) {
  if (c.latency !== 300) continue;
  const last = samples[i]!.at(-1)!;
  console.log(`\n/v1 requests of the last run, ${c.label}, from the code start (code ran at ${last.defined.toFixed(0)} ms, first rows at ${last.firstRows.toFixed(0)} ms):`);
  for (const line of last.log) console.log(`  ${line}`);
}
