/**
 * `npm run bench:widgets`: each widget's first render on the bundled mock API — from the moment its
 * code starts loading to its data shown and painted (rows, the form filled, every chart drawn by
 * Chart.js), at 0 and 300 ms latency, on a fresh page each run (fresh worker and cache). Medians
 * (min–max) of `BENCH_RUNS` runs (default 5) after one uncounted warm-up. `BENCH_WIDGETS=dashboard,img-index`
 * narrows the list. A benchmark: it prints numbers and fails on nothing but a broken page.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { median, openBenchPage, RUNS } from './harness.js';

const ALL = ['profile', 'contacts', 'products', 'tickets', 'ticket-manager', 'company', 'os-approval', 'lgpd-term', 'dashboard', 'img-index'];
const widgets = process.env.BENCH_WIDGETS ? process.env.BENCH_WIDGETS.split(',') : ALL;
const LATENCIES = [0, 300];
const root = fileURLToPath(new URL('./widgets-page/', import.meta.url));

async function sample(browser: Browser, url: string, widget: string, latency: number): Promise<{ ready: number; requests: number }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${url}?widget=${widget}&latency=${latency}`);
    await page.waitForFunction(() => 'widgetBench' in window, undefined, { timeout: 60_000 });
    if (errors.length) throw new Error(errors.join('\n'));
    return await page.evaluate(() => window.widgetBench);
  } finally {
    await page.close();
  }
}

const { url, browser, close } = await openBenchPage(root, { serviceWorker: true });
try {
  console.log(`first render, ms from the widget's code loading to its data painted (median (min–max) of ${RUNS} runs)`);
  console.log(`${'widget'.padEnd(16)}${LATENCIES.map((l) => `${l} ms latency`.padStart(26)).join('')}   requests`);
  for (const widget of widgets) {
    const cells: string[] = [];
    let requests = 0;
    for (const latency of LATENCIES) {
      await sample(browser, url, widget, latency); // warm-up
      const runs: Array<{ ready: number; requests: number }> = [];
      for (let i = 0; i < RUNS; i++) runs.push(await sample(browser, url, widget, latency));
      const times = runs.map((r) => r.ready);
      cells.push(`${median(times).toFixed(0)} (${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)})`.padStart(26));
      requests = median(runs.map((r) => r.requests));
    }
    console.log(`${widget.padEnd(16)}${cells.join('')}   ${requests}`);
  }
} finally {
  await close();
}
