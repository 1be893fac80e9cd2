/**
 * `npm run bench`: <me-data-list> against @vaadin/grid and a bare @tanstack/lit-virtual list
 * (the floor), 10,000 ticket-like rows, in headless Chromium. Medians of 5 interleaved runs,
 * each on a fresh page. Frames are not capped at 60 Hz, so the times are work, not vsync waits.
 * Also prints the gzip size of the minified data-list module.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { bundle, gz } from '../scripts/bundles.js';
import { median, openBenchPage, RUNS } from './harness.js';

type Impl = 'me-data-list' | 'vaadin-grid' | 'lit-virtual';
interface Sample { load: number; filter: number; dom: number; heap: number }

const IMPLS: Impl[] = ['me-data-list', 'vaadin-grid', 'lit-virtual'];
const root = fileURLToPath(new URL('./page/', import.meta.url));

async function sample(browser: Browser, url: string, impl: Impl): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    const result = await page.evaluate((name) => window.bench.run(name as Impl), impl);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return { ...result, heap };
  } finally {
    await page.close();
  }
}

/**
 * gzip of the minified data-list module, Lit external: its own chunk (src/ui/data-list + its pt-BR
 * strings; en/es are lazy chunks), the shared core it imports (MeElement, i18n, tokens, states —
 * paid once by every element), and @tanstack/virtual-core.
 */
async function moduleSizes(): Promise<{ own: number; core: number; virtual: number }> {
  const chunks = [...(await bundle({ 'data-list': 'src/ui/data-list/index.ts' }, [
    { name: 'virtual', test: /node_modules[\\/]@tanstack[\\/]/ },
    { name: 'core', test: /src[\\/](core[\\/]|ui[\\/]states\.ts|locales[\\/](pt-BR[\\/])?common\.ts)/ },
  ], [/^lit($|\/)/, /^@lit\//])).values()];
  const size = (chunk?: { code: string }) => (chunk ? gz(chunk.code) : 0);
  return {
    own: size(chunks.find((c) => c.isEntry)),
    core: size(chunks.find((c) => c.name === 'core')),
    virtual: size(chunks.find((c) => c.name === 'virtual')),
  };
}

const { url, browser, close } = await openBenchPage(root);
const samples = new Map<Impl, Sample[]>(IMPLS.map((impl) => [impl, []]));
try {
  // one uncounted round: the browser's own first-use costs (code caches, fonts) are nobody's
  for (const impl of IMPLS) await sample(browser, url, impl);
  for (let run = 0; run < RUNS; run++) {
    // alternate the order so no implementation always runs first (or last) on a warm browser
    const order = run % 2 ? [...IMPLS].reverse() : IMPLS;
    for (const impl of order) samples.get(impl)!.push(await sample(browser, url, impl));
    process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
  }
} finally {
  await close();
}

const med = (impl: Impl, key: keyof Sample) => median(samples.get(impl)!.map((s) => s[key]));
const rows: Array<[string, keyof Sample, (n: number) => string, 'time' | 'count']> = [
  ['data → paint (ms)', 'load', (n) => n.toFixed(1), 'time'],
  ['filter → paint (ms)', 'filter', (n) => n.toFixed(1), 'time'],
  ['DOM elements (all shadow roots)', 'dom', (n) => String(Math.round(n)), 'count'],
  ['JS heap used (MB)', 'heap', (n) => (n / 1e6).toFixed(1), 'count'],
];
const pad = (text: string, width: number) => text.padEnd(width);
const header = ['metric (median of ' + RUNS + ')', ...IMPLS, 'me-data-list vs vaadin', 'lit-virtual vs vaadin'];
const table = rows.map(([label, key, show, kind]) => {
  const vaadin = med('vaadin-grid', key);
  const ratio = (impl: Impl) => {
    const value = med(impl, key);
    return kind === 'time' ? `${(vaadin / value).toFixed(2)}× faster` : `${(value / vaadin).toFixed(2)}×`;
  };
  return [label, ...IMPLS.map((impl) => show(med(impl, key))), ratio('me-data-list'), ratio('lit-virtual')];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)) + 2);
console.log('\n' + header.map((h, i) => pad(h, widths[i]!)).join('|'));
console.log(widths.map((w) => '-'.repeat(w)).join('|'));
for (const row of table) console.log(row.map((c, i) => pad(c, widths[i]!)).join('|'));

const sizes = await moduleSizes();
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
console.log(`\nsrc/ui/data-list, minified + gzip (Lit external): ${kB(sizes.own)} its own chunk; ` +
  `+ ${kB(sizes.virtual)} @tanstack/virtual-core; + ${kB(sizes.core)} shared core (MeElement, i18n, tokens, states), paid once by every element`);

const load = med('vaadin-grid', 'load') / med('me-data-list', 'load');
const filter = med('vaadin-grid', 'filter') / med('me-data-list', 'filter');
const dom = med('me-data-list', 'dom');
const checks: Array<[string, boolean]> = [
  [`data → paint ≥ 2× faster than vaadin-grid (${load.toFixed(2)}×)`, load >= 2],
  [`filter → paint ≥ 1.5× faster than vaadin-grid (${filter.toFixed(2)}×)`, filter >= 1.5],
  [`DOM < 500 elements (${Math.round(dom)})`, dom < 500],
];
console.log('\ntargets:');
for (const [text, ok] of checks) console.log(`  ${ok ? 'PASS' : 'MISS'}  ${text}`);
