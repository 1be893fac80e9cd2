/**
 * `npm run bench:drafts`: where drafts are kept. A draft record of about 2, 20 and 200 kB written and
 * read in headless Chromium through IndexedDB (idb-keyval, as `defaultDraftStorage()` does) and
 * through localStorage (`JSON.stringify` + `setItem`), and through the DraftStore as built; median
 * (p90) of `BENCH_DRAFT_RUNS` samples (default 50) of the latency (call → result, each sample the mean
 * of 10 calls in a row) and of the longest stretch the main thread was blocked meanwhile (one call; a
 * synchronous call blocks for its whole length; the page's clock has a 0.1 ms grain).
 * A benchmark: it prints numbers and fails on nothing but a broken page.
 */
import { fileURLToPath } from 'node:url';
import { median, openBenchPage } from './harness.js';

const runs = Number(process.env.BENCH_DRAFT_RUNS ?? 50);
const root = fileURLToPath(new URL('./drafts-page/', import.meta.url));
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)]!;
const cell = (values: number[]) => `${median(values).toFixed(2)} (${p90(values).toFixed(2)})`.padStart(16);

const { url, browser, close } = await openBenchPage(root);
try {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${url}?runs=${runs}`);
  await page.waitForFunction(() => 'draftsBench' in window, undefined, { timeout: 300_000 });
  if (errors.length) throw new Error(errors.join('\n'));
  const results = await page.evaluate(() => window.draftsBench);
  console.log(`draft storage, ms: median (p90) of ${runs} — latency = call → result (mean of 10 in a row); blocked = longest main-thread stretch meanwhile`);
  console.log(`${'draft'.padEnd(10)}${'backend'.padEnd(25)}${'write latency'.padStart(16)}${'write blocked'.padStart(16)}${'read latency'.padStart(16)}${'read blocked'.padStart(16)}`);
  for (const write of results.filter((r) => r.op === 'write')) {
    const read = results.find((r) => r.op === 'read' && r.size === write.size && r.backend === write.backend)!;
    console.log(`${`${(write.bytes / 1000).toFixed(1)} kB`.padEnd(10)}${write.backend.padEnd(25)}${cell(write.ms)}${cell(write.blocked)}${cell(read.ms)}${cell(read.blocked)}`);
  }
} finally {
  await close();
}
