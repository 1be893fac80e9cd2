/**
 * `npm run manifest`: custom-elements.json from the JSDoc (the analyzer, custom-elements-manifest.config.mjs),
 * with its modules in path order. The analyzer's own module order can change from run to run on a
 * loaded machine (it resolves modules concurrently), which made the freshness check fail on a
 * manifest nobody had touched; sorted, the same sources always give the same file.
 * `--check`: fails when the committed file differs from what this would write now.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  modules: Array<{ path: string }>;
}

export function generateManifest(): string {
  // the analyzer resolves --outdir against the working directory: keep it inside the repo
  mkdirSync('.tmp', { recursive: true });
  const dir = mkdtempSync(join('.tmp', 'cem-'));
  try {
    execFileSync(join('node_modules', '.bin', 'cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], { stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest;
    manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return `${JSON.stringify(manifest, null, 2)}\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fresh = generateManifest();
if (process.argv.includes('--check')) {
  let committed = '';
  try { committed = readFileSync('custom-elements.json', 'utf8'); } catch { /* missing */ }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} else {
  writeFileSync('custom-elements.json', fresh);
  console.log('custom-elements.json written.');
}
