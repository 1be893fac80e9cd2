/**
 * Bundle-size budgets (gzip of minified code), checked by `npm test`:
 * - `<me-portal>` with all its runtime deps (Lit included): its entry and every chunk it imports statically;
 * - each module's own initial chunk(s), beyond the shared chunks (lit, @lit/context, zod, the cache, src/core, src/ui);
 * - the CDN entry (dist/cdn/meu-espaco.js, built by `npm run build`) and its static imports; lazy chunks excluded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { entries, moduleEntries } from '../src/entries.js';
import { treeshake } from '../vite.config.js';

const KB = 1000;
const budgets = { portal: 32 * KB, module: 15 * KB, cdn: 120 * KB };
const shared = new Set(['lit', 'zod', 'query', 'core']);

const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;

/** Minified ES build of some entries; returns every chunk by file name. */
async function bundle(entry: Record<string, string>, groups?: Array<{ name: string; test: RegExp }>, external?: RegExp[]) {
  const outputs = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rolldownOptions: groups ? { treeshake, external, output: { codeSplitting: { groups } } } : { treeshake, external },
    },
  })) as Rolldown.RolldownOutput[];
  const map = new Map<string, Rolldown.OutputChunk>();
  for (const output of outputs) for (const item of output.output) if (item.type === 'chunk') map.set(item.fileName, item);
  return map;
}

const result = (await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'mocks' && name !== 'index')), formats: ['es'] },
    rolldownOptions: {
      treeshake,
      output: {
        codeSplitting: {
          groups: [
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'core', test: /src[\\/](core|ui)[\\/]|src[\\/]locales[\\/](pt-BR[\\/])?common\.ts/ },
          ],
        },
      },
    },
  },
})) as Rolldown.RolldownOutput[];

const chunks = new Map<string, Rolldown.OutputChunk>();
for (const output of result) for (const item of output.output) if (item.type === 'chunk') chunks.set(item.fileName, item);

function closure(start: Rolldown.OutputChunk, from = chunks): Rolldown.OutputChunk[] {
  const seen = new Map<string, Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) { const next = from.get(name); if (next) visit(next); }
  };
  visit(start);
  return [...seen.values()];
}
const entryChunk = (name: string) => [...chunks.values()].find((c) => c.isEntry && c.name === name)!;

interface Row { what: string; size: number; budget: number }
const rows: Row[] = [];
// the portal alone, as a host importing only `meu-espaco/portal` gets it (tree-shaken, deps bundled)
// (the modules the full layout loads lazily are not the portal's dependencies: left out, so code
// they share with the portal does not reshape its chunks)
const portalChunks = await bundle({ portal: entries.portal }, undefined, [/\/modules\/(?!registry)[^/]+\/define/]);
const portal = closure([...portalChunks.values()].find((c) => c.isEntry)!, portalChunks);
rows.push({ what: '<me-portal> + runtime deps (initial)', size: portal.reduce((s, c) => s + gz(c.code), 0), budget: budgets.portal });
for (const name of moduleEntries) {
  const own = closure(entryChunk(name)).filter((c) => !shared.has(c.name));
  rows.push({ what: `module ${name}: own initial chunk(s)`, size: own.reduce((s, c) => s + gz(c.code), 0), budget: budgets.module });
}
const sharedSizes = [...chunks.values()].filter((c) => shared.has(c.name)).map((c) => `${c.name} ${kb(gz(c.code))}`);

const cdnDir = 'dist/cdn';
if (!existsSync(join(cdnDir, 'meu-espaco.js'))) {
  console.error('dist/cdn/meu-espaco.js is missing: run `npm run build` first.');
  process.exit(1);
}
const cdnSeen = new Set<string>();
let cdnSize = 0;
const visitCdn = (file: string) => {
  if (cdnSeen.has(file)) return;
  cdnSeen.add(file);
  const code = readFileSync(join(cdnDir, file), 'utf8');
  cdnSize += gz(code);
  // static imports only: `import … from "./x.js"` / `import "./x.js"` (dynamic import() stays lazy)
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    visitCdn(join(file, '..', match[1]!).replace(/^\.\//, ''));
  }
};
visitCdn('meu-espaco.js');
rows.push({ what: `CDN entry (${cdnSeen.size} initial files, lazy chunks excluded)`, size: cdnSize, budget: budgets.cdn });

console.log('gzip sizes of minified code');
console.log(`shared chunks: ${sharedSizes.join(', ')}`);
let failed = false;
for (const row of rows) {
  const ok = row.size <= row.budget;
  failed ||= !ok;
  console.log(`${ok ? '✔' : '✘'} ${row.what.padEnd(48)} ${kb(row.size).padStart(9)}  budget ${kb(row.budget)}`);
}
if (failed) {
  console.error('A bundle is over its budget.');
  process.exit(1);
}
