/**
 * `npm run bench:live`: live updates on the bundled mock API.
 * 1. Event → screen: an agent reply made in the mock until its text is painted in the open
 *    ticket's conversation (stream event, the 100 ms batch, the ticket's refetch, render), at 0 and
 *    300 ms latency; medians (min–max) of `BENCH_RUNS` pages × 5 replies.
 * 2. The stream parser: eventsource-parser 3 against a small hand-written one, on 20,000 events fed
 *    in network-sized chunks (throughput), and each one's gzip size minified.
 * A benchmark: it prints numbers and fails on nothing but a broken page.
 */
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';
import { bundle, gz } from '../scripts/bundles.js';
import { median, openBenchPage, RUNS } from './harness.js';
import { createHandParser } from './sse-hand-parser.js';

const root = fileURLToPath(new URL('./live-page/', import.meta.url));
const LATENCIES = [0, 300];

const { url, browser, close } = await openBenchPage(root, { serviceWorker: true });
try {
  console.log(`agent reply → on screen in the open ticket, ms (median (min–max) of ${RUNS} pages × 5 replies)`);
  for (const latency of LATENCIES) {
    const all: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${url}?latency=${latency}&replies=5`);
      await page.waitForFunction(() => 'liveBench' in window, undefined, { timeout: 120_000 });
      if (errors.length) throw new Error(errors.join('\n'));
      const { times } = await page.evaluate(() => window.liveBench);
      if (run > 0) all.push(...times); // the first page warms the caches
      await page.close();
    }
    console.log(`  ${String(latency).padStart(3)} ms latency: ${median(all).toFixed(0)} (${Math.min(...all).toFixed(0)}–${Math.max(...all).toFixed(0)})  [batch 100 ms + one refetch]`);
  }
} finally {
  await close();
}

// 2. the parser
const events = Array.from({ length: 20_000 }, (_, i) => `id: c-${String(i).padStart(6, '0')}\nevent: ticket.comment.created\ndata: {"id":"evt-${i}","type":"ticket.comment.created","occurredAt":"2026-11-28T12:00:00-03:00","organizationId":"org-a","resource":{"kind":"ticket","id":"tkt-${i}"}}\n\n${i % 20 === 0 ? ': hb\n\n' : ''}`).join('');
const chunks: string[] = [];
for (let at = 0, size = 1; at < events.length; at += size, size = 512 + ((size * 7919) % 4096)) chunks.push(events.slice(at, at + size));
function throughput(make: (onEvent: () => void) => { feed(chunk: string): void }): { ms: number; count: number } {
  const runs: number[] = [];
  let count = 0;
  for (let r = 0; r < 7; r++) {
    count = 0;
    const parser = make(() => { count++; });
    const start = performance.now();
    for (const chunk of chunks) parser.feed(chunk);
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), count };
}
const library = throughput((onEvent) => createParser({ onEvent }));
const hand = throughput((onEvent) => createHandParser({ onEvent }));
/** gzip of the minified module (everything it exports) */
async function minifiedGzip(entry: string): Promise<number> {
  const chunks = await bundle({ entry });
  return [...chunks.values()].reduce((sum, c) => sum + gz(c.code), 0);
}
const libSize = await minifiedGzip('node_modules/eventsource-parser/dist/index.js');
const handSize = await minifiedGzip('bench/sse-hand-parser.ts');
const mb = (events.length / 1e6).toFixed(1);
console.log(`SSE parser, ${library.count} events (${mb} MB) in ${chunks.length} chunks, median of 7:`);
console.log(`  eventsource-parser 3: ${library.ms.toFixed(1)} ms, ${(library.count / library.ms).toFixed(0)} events/ms, ${(libSize / 1000).toFixed(2)} kB gzip`);
console.log(`  hand-written:         ${hand.ms.toFixed(1)} ms, ${(hand.count / hand.ms).toFixed(0)} events/ms, ${(handSize / 1000).toFixed(2)} kB gzip`);
