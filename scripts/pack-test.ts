/**
 * The package as a host gets it: `npm pack`, install the tarball into a temporary project, check
 * that every export resolves with its types, then build a page importing every export and run
 * it in headless Chromium — the widgets render on the mock API shipped in `meu-espaco/mocks`,
 * and the CDN file alone registers every element. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { entries } from '../src/entries.js';

const root = resolve('.');
const work = resolve('.tmp/pack');
const project = join(work, 'host');
rmSync(work, { recursive: true, force: true });
mkdirSync(project, { recursive: true });

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const exportNames = Object.keys(pkg.exports as Record<string, unknown>);
for (const name of Object.keys(entries)) {
  const subpath = name === 'index' ? '.' : `./${name}`;
  if (!exportNames.includes(subpath)) throw new Error(`entry "${name}" has no "${subpath}" in package.json exports`);
}
const jsExports = exportNames.filter((e) => !e.endsWith('.json') && !e.endsWith('.js'));
const specifiers = jsExports.map((e) => (e === '.' ? 'meu-espaco' : `meu-espaco/${e.slice(2)}`));

const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop()!;
console.log(`packed ${tarball}`);
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }, null, 2));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, tarball), `msw@${pkg.devDependencies.msw}`], { cwd: project, stdio: 'inherit' });

// types: every export resolves with its declarations under strict TypeScript
writeFileSync(join(project, 'types.ts'), [
  ...specifiers.filter((s) => s !== 'meu-espaco/cdn').map((s, i) => `import * as m${i} from '${s}';\nvoid m${i};`),
  "const portal: HTMLElementTagNameMap['me-portal'] = document.createElement('me-portal');",
  "portal.apiBase = '/api';",
  "portal.addEventListener('me-organization-change', (e) => e.detail.organizationId?.toUpperCase());",
].join('\n'));
writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
  compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], noEmit: true, skipLibCheck: false, types: [] },
  files: ['types.ts'],
}));
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', project], { stdio: 'inherit' });
console.log(`types resolve for ${specifiers.length} exports`);

// a page importing every export, on the mock API the package ships
cpSync(join(project, 'node_modules/meu-espaco/public/mockServiceWorker.js'), join(project, 'public/mockServiceWorker.js'));
writeFileSync(join(project, 'main.js'), [
  ...specifiers.filter((s) => s !== 'meu-espaco/cdn' && s !== 'meu-espaco/mocks').map((s) => `import '${s}';`),
  "import { startMockApi } from 'meu-espaco/mocks';",
  'await startMockApi({ quiet: true });',
  "document.body.innerHTML = '<me-portal api-base=\"/api\" token=\"demo-token\"><me-company></me-company></me-portal>';",
].join('\n'));
writeFileSync(join(project, 'index.html'), '<!doctype html><html lang="pt-BR"><head><link rel="icon" href="data:,"></head><body><script type="module" src="/main.js"></script></body></html>');
writeFileSync(join(project, 'cdn.html'), '<!doctype html><html lang="pt-BR"><head><link rel="icon" href="data:,"></head><body><script type="module" src="/cdn/meu-espaco.js"></script></body></html>');
cpSync(join(project, 'node_modules/meu-espaco/dist/cdn'), join(project, 'public/cdn'), { recursive: true });
await build({ root: project, logLevel: 'warn', configFile: false, build: { outDir: 'dist', rolldownOptions: { input: { index: join(project, 'index.html'), cdn: join(project, 'cdn.html') } } } });
const server = await preview({ root: project, configFile: false, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
let failed = false;
try {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && !new URL(r.url()).pathname.startsWith('/api/')) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  await page.getByText('T45871').first().waitFor({ timeout: 15000 });
  const tags = await page.evaluate(() => ['me-portal', 'me-company'].filter((t) => customElements.get(t)));
  console.log(`npm entries in Chromium: rendered server data; defined ${tags.join(', ')}`);
  const cdn = await browser.newPage();
  cdn.on('pageerror', (e) => errors.push(`cdn: ${String(e)}`));
  await cdn.goto(`${url}cdn.html`);
  await cdn.waitForFunction(() => !!customElements.get('me-portal') && !!customElements.get('me-company'), undefined, { timeout: 10000 });
  console.log('CDN file alone: every element registered');
  if (errors.length) throw new Error(`errors in the page:\n${errors.join('\n')}`);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
if (failed) process.exit(1);
console.log('pack test passed');
