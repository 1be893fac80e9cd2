/**
 * Bundle-size budgets (gzip of minified code), checked by `npm test`:
 * - `<me-portal>` with all its runtime deps (Lit included): its entry and every chunk it imports statically;
 * - each module's own initial chunk(s), beyond the shared chunks (lit, @lit/context, zod, the cache, src/core, src/ui);
 * - the CDN entry (dist/cdn/meu-espaco.js, built by `npm run build`) and its static imports; lazy chunks excluded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries, moduleEntries } from '../src/entries.js';
import { bundle, closure, gz, packageBundle, SHARED_CHUNKS as shared } from './bundles.js';

const KB = 1000;
// the CDN entry is the portal and its runtime: modules load when the page uses their tags (src/cdn.ts)
// portal: 32 → 33 kB with live updates (issue 16): the portal's and client's share of it is 0.3 kB, and
// the bundler now splits the shared runtime into two files (one more lazy chunk, core/live, uses part
// of it), ≈ 0.9 kB of gzip lost across the file boundary; the live code itself stays lazy
const budgets = { portal: 33 * KB, module: 15 * KB, cdn: 45 * KB, suggestions: 2 * KB, live: 8 * KB };
const kb = (n: number) => `${(n / KB).toFixed(1)} kB`;

const chunks = await packageBundle();
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
  const own = closure(entryChunk(name), chunks).filter((c) => !shared.has(c.name));
  rows.push({ what: `module ${name}: own initial chunk(s)`, size: own.reduce((s, c) => s + gz(c.code), 0), budget: budgets.module });
}
// what the solution suggestions add to the new-request form's code (`meu-espaco/tickets/new`, all
// its static imports bundled): the same build with ticket-suggestions.ts left out, the difference
// (the element, its share of solutions.api.ts and the solutions schemas; the solution view itself
// loads only when a suggestion is opened)
const formSize = async (external?: RegExp[]) => {
  const built = await bundle({ form: entries['tickets/new'] }, undefined, external);
  return closure([...built.values()].find((c) => c.isEntry)!, built).reduce((sum, c) => sum + gz(c.code), 0);
};
const formWith = await formSize();
const formWithout = await formSize([/ticket-suggestions\.(ts|js)$/]);
rows.push({ what: `suggestions in the new-request form (of ${kb(formWith)})`, size: formWith - formWithout, budget: budgets.suggestions });
// the live updates' own code (core/live, its event schemas, eventsource-parser), loaded lazily with
// the first widget: everything else it uses (lit, query-core, zod, core, ui, locales) is shared
const liveChunks = await bundle({ live: 'src/core/live/attach.ts' }, undefined,
  [/^lit($|\/)/, /^@lit\//, /^@tanstack\//, /^zod($|\/)/, /src[\\/](core[\\/](?!live[\\/]|schemas[\\/]events)|ui[\\/]|locales[\\/])/]);
rows.push({ what: 'live updates, lazy (stream, parser, status note)', size: closure([...liveChunks.values()].find((c) => c.isEntry)!, liveChunks).reduce((sum, c) => sum + gz(c.code), 0), budget: budgets.live });
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
