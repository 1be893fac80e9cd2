/**
 * What the benchmark scripts share: the number of runs, medians, and a bench page built (minified)
 * into a temp folder, served, and opened by headless Debian Chromium with frames uncapped (times are
 * work and waits, not vsync).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, executablePath, launchTimeout } from '../scripts/chromium.mjs';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface BenchPage {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds and serves the page in `root` (with the MSW worker at its root when `serviceWorker`), and launches Chromium. */
export async function openBenchPage(root: string, options: { serviceWorker?: boolean } = {}): Promise<BenchPage> {
  const out = mkdtempSync(join(tmpdir(), 'me-bench-'));
  await build({
    configFile: false, root, logLevel: 'warn', base: './', publicDir: false,
    build: { outDir: out, emptyOutDir: true, minify: true, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 5000 },
  });
  // startMockApi's default worker URL is the page's root
  if (options.serviceWorker) copyFileSync(fileURLToPath(new URL('../public/mockServiceWorker.js', import.meta.url)), join(out, 'mockServiceWorker.js'));
  const server = await preview({ configFile: false, root, logLevel: 'silent', build: { outDir: out }, preview: { port: 0, host: '127.0.0.1' } });
  const browser = await chromium.launch({
    executablePath,
    timeout: launchTimeout,
    // frames as fast as they come, and memory figures that are not rounded, for the measurements
    args: [...chromiumArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit', '--enable-precise-memory-info'],
  });
  return {
    url: server.resolvedUrls!.local[0]!,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
