/**
 * The builds the size budgets (scripts/size.ts) and the benchmarks (bench/) measure: minified ES,
 * the package's treeshake, gzip level 9. No side effects on import.
 */
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { entries } from '../src/entries.js';
import { treeshake } from '../vite.config.js';

export type Chunk = Rolldown.OutputChunk;

/** Chunks every module shares: not counted in a module's own size. */
export const SHARED_CHUNKS = new Set(['lit', 'zod', 'query', 'core']);

const sharedGroups = [
  { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
  // the chart engine (Chart.js) is a lazy chunk of its own, as in the real build: not part of the shared core
  { name: 'core', test: /src[\\/](core|ui)[\\/](?!chart[\\/]engine)|src[\\/]locales[\\/](pt-BR[\\/])?common\.ts/ },
];

export const gz = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;

/** Minified ES build of some entries (optional chunk groups and externals); every chunk by file name. */
export async function bundle(entry: Record<string, string>, groups?: Array<{ name: string; test: RegExp }>, external?: RegExp[]): Promise<Map<string, Chunk>> {
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
  const map = new Map<string, Chunk>();
  for (const output of outputs) for (const item of output.output) if (item.type === 'chunk') map.set(item.fileName, item);
  return map;
}

/** Every public entry but mocks and index, deps bundled, with the shared chunks split out. */
export function packageBundle(): Promise<Map<string, Chunk>> {
  return bundle(Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'mocks' && name !== 'index')), sharedGroups);
}

/** `start` and every chunk it imports statically, skipping (and adding to) `seen`. */
export function closure(start: Chunk, chunks: Map<string, Chunk>, seen = new Set<string>()): Chunk[] {
  const found: Chunk[] = [];
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    found.push(chunk);
    for (const name of chunk.imports) {
      const next = chunks.get(name);
      if (next) visit(next);
    }
  };
  visit(start);
  return found;
}
