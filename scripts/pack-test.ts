/**
 * The package as a host gets it: `npm pack`, install the tarball into a temporary project, check
 * that every export resolves with its types, then build the host's pages with the host's own Vite
 * and run them in headless Chromium on the mock API shipped in `meu-espaco/mocks`:
 *
 * - npm entries page: a page importing every export shows server data;
 * - CDN page: dist/cdn/meu-espaco.js alone (static markup) shows server data and defines every tag it registers;
 * - strict CSP page: every widget with no CSP violation, list rows laid out, a ticket opened with the mouse;
 * - hostile CSS: every widget's computed styles equal to a clean page's;
 * - framework hosts: React 19 and Vue 3 apps installed from the tarball (scripts/pack/frameworks.ts).
 *
 * The pages and their harness are in scripts/pack/. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { entries } from '../src/entries.js';
import { FACTS } from '../src/mocks/db/facts.js';
import { cdnTags } from './pack/cdn-tags.js';
import { PAGES, cspHeader, writeHostPages, type HostWidget } from './pack/host-pages.js';
import { checkFrameworkHosts } from './pack/frameworks.js';
import { PageFailure, checkCdnPage, checkCspPage, checkHostileCss, checkNpmPage } from './pack/pages.js';
import { chromiumArgs, executablePath, launchTimeout } from './chromium.mjs';

/**
 * Every built widget, as a host page places it inside `<me-portal>`: each joins the strict-CSP
 * and hostile-CSS pages, and the CDN page when the CDN index registers it. A new module adds
 * one line here (see docs/ARCHITECTURE.md, "Consumer-host test pages").
 */
const WIDGETS: HostWidget[] = [
  { tag: 'me-company', entry: 'meu-espaco/company', html: '<me-company></me-company>', ready: ['[part~=code]'] },
  {
    tag: 'me-tickets', entry: 'meu-espaco/tickets', html: '<me-tickets></me-tickets>', ready: ['[role=row][data-index]:not(.skeleton) >> nth=4'],
    opened: `<me-tickets ticket-id="${FACTS.tickets.open}"></me-tickets>`, openedReady: ['me-drawer dialog[open]', 'me-ticket-detail [part~=comment]'],
  },
  { tag: 'me-ticket-detail', entry: 'meu-espaco/tickets/detail', html: `<me-ticket-detail ticket-id="${FACTS.tickets.solved}"></me-ticket-detail>`, ready: ['[part~=conversation]'] },
  { tag: 'me-os-approval', entry: 'meu-espaco/os-approval', html: '<me-os-approval></me-os-approval>', ready: ['[role=row][data-index]:not(.skeleton) >> nth=2'], opened: `<me-os-approval order-id="${FACTS.serviceOrders.pending}"></me-os-approval>`, openedReady: ['me-drawer dialog[open]', '[part~=detail]'] },
  { tag: 'me-ticket-new', entry: 'meu-espaco/tickets/new', html: '<me-ticket-new></me-ticket-new>', ready: ['form me-field'] },
  { tag: 'me-licenses', entry: 'meu-espaco/licenses', html: '<me-licenses></me-licenses>', ready: ['[part~=eula] [part~=content] h2'] },
  { tag: 'me-ticket-manager', entry: 'meu-espaco/ticket-manager', html: '<me-ticket-manager></me-ticket-manager>', ready: ['[role=row][data-index]:not(.skeleton) >> nth=4'] },
  { tag: 'me-products', entry: 'meu-espaco/products', html: '<me-products></me-products>', ready: ['tr[data-product] [role=switch]', '[part~=badge]'] },
  { tag: 'me-contacts', entry: 'meu-espaco/contacts', html: '<me-contacts></me-contacts>', ready: ['[role=row][data-index]:not(.skeleton) >> nth=2'] },
  { tag: 'me-profile', entry: 'meu-espaco/profile', html: '<me-profile></me-profile>', ready: ['me-field[name=timeZone] input'] },
  { tag: 'me-dashboard', entry: 'meu-espaco/dashboard', html: '<me-dashboard></me-dashboard>', ready: ['[part~=figures] [part~=figure] >> nth=3', 'me-chart canvas >> nth=3'] },
  { tag: 'me-img-index', entry: 'meu-espaco/img-index', html: '<me-img-index></me-img-index>', ready: ['[part~=peers][aria-busy=false] [data-field=label]', '[part~=opportunity]'] },
  { tag: 'me-solutions', entry: 'meu-espaco/solutions', html: '<me-solutions></me-solutions>', ready: ['[part~=result] button.open >> nth=4'] },
  { tag: 'me-solution-view', entry: 'meu-espaco/solutions', html: `<me-solution-view solution-id="${FACTS.solutions.titleMatch}"></me-solution-view>`, ready: ['[part~=content] p', '[part~=vote] button'] },
  { tag: 'me-lgpd-term', entry: 'meu-espaco/lgpd-term', html: '<me-lgpd-term></me-lgpd-term>', ready: ['[part=content] h3', '[part=status]'] },
];

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

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
// the framework typings (meu-espaco/jsx, /vue) need React's or Vue's types: the framework hosts check them
const jsExports = exportNames.filter((e) => !e.endsWith('.json') && !e.endsWith('.js') && e !== './jsx' && e !== './vue');
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

// the host's pages (scripts/pack/host-pages.ts), built by the host's own Vite
cpSync(join(project, 'node_modules/meu-espaco/public/mockServiceWorker.js'), join(project, 'public/mockServiceWorker.js'));
writeFileSync(join(project, 'main.js'), [
  ...specifiers.filter((s) => s !== 'meu-espaco/cdn' && s !== 'meu-espaco/mocks').map((s) => `import '${s}';`),
  "import { startMockApi } from 'meu-espaco/mocks';",
  'await startMockApi({ quiet: true });',
  "document.body.innerHTML = '<me-portal api-base=\"/api\" token=\"demo-token\"><me-company></me-company></me-portal>';",
].join('\n'));
writeFileSync(join(project, 'index.html'), '<!doctype html><html lang="pt-BR"><head><link rel="icon" href="data:,"></head><body><script type="module" src="/main.js"></script></body></html>');
cpSync(join(project, 'node_modules/meu-espaco/dist/cdn'), join(project, 'public/cdn'), { recursive: true });
const tags = cdnTags(root, join(project, 'node_modules/meu-espaco/custom-elements.json'));
// the CDN defines the portal at once and each module when the page uses its tag: all of them are on its page
const cdnWidgets = WIDGETS.filter((w) => tags.eager.includes(w.tag) || tags.lazy.includes(w.tag));
writeHostPages(project, WIDGETS, cdnWidgets);
await build({
  root: project, logLevel: 'warn', configFile: false,
  build: { outDir: 'dist', rolldownOptions: { input: Object.fromEntries(PAGES.map((p) => [p, join(project, `${p}.html`)])) } },
});
const server = await preview({ root: project, configFile: false, logLevel: 'warn', plugins: [cspHeader()], preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls!.local[0]!;
console.log(`host pages built and served (${elapsed()})`);

const browser = await chromium.launch({ executablePath, args: chromiumArgs, timeout: launchTimeout });
const failures: string[] = [];
const checks: Array<[string, () => Promise<string>]> = [
  ['npm entries page', () => checkNpmPage(browser, url)],
  ['CDN page', () => checkCdnPage(browser, url, cdnWidgets, tags, join(project, 'public/cdn/chunks'))],
  ['strict CSP page', () => checkCspPage(browser, url, WIDGETS, join(project, 'dist'))],
  ['hostile CSS page', () => checkHostileCss(browser, url, WIDGETS, join(work, 'style-diff.tsv'))],
  ['framework hosts', () => checkFrameworkHosts(browser, work, join(work, tarball))],
];
try {
  for (const [name, check] of checks) {
    try {
      console.log(`✔ ${await check()} (${elapsed()})`);
    } catch (error) {
      const message = error instanceof PageFailure ? error.message : `${name}: ${error instanceof Error ? error.stack : String(error)}`;
      failures.push(name);
      console.error(`✘ ${message.replace(/\n/g, '\n  ')}`);
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
if (failures.length) {
  console.error(`pack test failed (${elapsed()}): ${failures.join(', ')}`);
  process.exit(1);
}
console.log(`pack test passed (${elapsed()})`);
