/** Fails when custom-elements.json differs from what `npm run manifest` would write now. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// the analyzer resolves --outdir against the working directory: keep it inside the repo
mkdirSync('.tmp', { recursive: true });
const dir = mkdtempSync(join('.tmp', 'cem-'));
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], { stdio: 'pipe' });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try { committed = readFileSync('custom-elements.json', 'utf8'); } catch { /* missing */ }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
