/**
 * Framework hosts, each installed from the packed tarball as a user would install it, with its
 * own package.json, type checker and Vite build (the templates are in scripts/pack/react-app and
 * scripts/pack/vue-app; a `.tpl` suffix keeps the root's tsc and eslint off them and is dropped
 * when copied):
 *
 * - React 19: `tokenProvider={…}` set as a property, `onme-organization-change` / `onme-ticket-opened`
 *   props as listeners, the JSX types checked with `tsc` (strict);
 * - Vue 3: `isCustomElement`, `:tokenProvider.prop`, `@me-organization-change` / `@me-ticket-opened`,
 *   the global component types checked with `vue-tsc` (strict).
 *
 * The types come from the package's `meu-espaco/jsx` and `meu-espaco/vue` exports when it has them,
 * else from a local `declare module` in the app (the check's line says which). Each app renders
 * `<me-portal>` with `<me-company>` and `<me-tickets>` on the package's mock API; the check waits
 * for server data inside the widgets' shadow roots, clicks a ticket, and reads what the app's own
 * handlers wrote into `<output data-event=…>`.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import { PageFailure } from './pages.js';

const run = promisify(execFile);
const READY_MS = 30_000;
const ROWS = '[role=row][data-index]:not(.skeleton)';

interface App {
  name: 'react' | 'vue';
  label: string;
  /** npm install arguments besides the tarball and msw (vite and typescript are the root's ranges) */
  deps: string[];
  /** the type checker, from the app's node_modules/.bin */
  check: [string, ...string[]];
  /** the package export whose typings the app uses when the package has it */
  typings: string;
}

function apps(rootPkg: { devDependencies: Record<string, string> }): App[] {
  const common = [`vite@${rootPkg.devDependencies.vite}`, `typescript@${rootPkg.devDependencies.typescript}`, `msw@${rootPkg.devDependencies.msw}`];
  return [
    { name: 'react', label: 'React 19', deps: ['react@19', 'react-dom@19', '@types/react@19', '@types/react-dom@19', '@vitejs/plugin-react', ...common], check: ['tsc', '--noEmit', '-p', '.'], typings: './jsx' },
    { name: 'vue', label: 'Vue 3', deps: ['vue@3', '@vitejs/plugin-vue', 'vue-tsc', ...common], check: ['vue-tsc', '--noEmit', '-p', '.'], typings: './vue' },
  ];
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function step(what: string, command: string, args: string[], cwd: string): Promise<void> {
  try {
    await run(command, args, { cwd, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || e.message;
    throw new PageFailure(`${what} failed:\n${output.split('\n').slice(0, 40).join('\n')}`);
  }
}

/** Copies a template directory, dropping `.tpl` suffixes. */
function copyTemplate(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) {
      mkdirSync(join(to, name), { recursive: true });
      copyTemplate(source, join(to, name));
    } else cpSync(source, join(to, name.replace(/\.tpl$/, '')));
  }
}

interface Prepared { app: App; dir: string; url?: string; typings: 'package' | 'local'; times: string[] }

/** Writes the app, installs it from the tarball, type-checks it and builds it with its own Vite. */
async function prepare(app: App, work: string, tarballPath: string): Promise<Prepared> {
  const dir = join(work, `${app.name}-app`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyTemplate(fileURLToPath(new URL(`${app.name}-app`, import.meta.url)), dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `${app.name}-host`, private: true, type: 'module' }, null, 2));
  const times: string[] = [];
  let t = Date.now();
  await step(`${app.label} app: npm install`, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarballPath, ...app.deps], dir);
  times.push(`install ${seconds(t)}`);

  const pkg = join(dir, 'node_modules/meu-espaco');
  const exportsMap = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).exports as Record<string, unknown>;
  const typings = app.typings in exportsMap ? 'package' : 'local';
  renameSync(join(dir, `src/meu-espaco.${typings}.d.ts`), join(dir, 'src/meu-espaco.d.ts'));
  rmSync(join(dir, `src/meu-espaco.${typings === 'package' ? 'local' : 'package'}.d.ts`));
  mkdirSync(join(dir, 'public'), { recursive: true });
  cpSync(join(pkg, 'public/mockServiceWorker.js'), join(dir, 'public/mockServiceWorker.js'));

  t = Date.now();
  const [checker, ...args] = app.check;
  await step(`${app.label} app: ${checker} ${args.join(' ')}`, join(dir, 'node_modules/.bin', checker), args, dir);
  times.push(`${checker} ${seconds(t)}`);
  t = Date.now();
  await step(`${app.label} app: vite build`, join(dir, 'node_modules/.bin/vite'), ['build'], dir);
  if (!existsSync(join(dir, 'dist/index.html'))) throw new PageFailure(`${app.label} app: vite build wrote no dist/index.html`);
  times.push(`vite build ${seconds(t)}`);
  return { app, dir, typings, times };
}

/** Page errors, console errors, failed requests, non-API HTTP errors. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    if (!(isApi(r.url()) && r.failure()?.errorText.includes('ERR_ABORTED'))) problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !isApi(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** The built app in Chromium: server data in the widgets, the property set, the events in the app's state. */
async function checkApp(browser: Browser, prepared: Prepared): Promise<string> {
  const { app, url } = prepared;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watch(page);
  const failures: string[] = [];
  const waitFor = async (what: string, locator: ReturnType<Page['locator']>) => {
    try {
      await locator.waitFor({ state: 'visible', timeout: READY_MS });
      return true;
    } catch {
      failures.push(what);
      return false;
    }
  };
  const output = (event: string) => page.locator(`output[data-event="${event}"]`);
  try {
    const t = Date.now();
    await page.goto(url!);
    const company = page.locator('me-company [part~=code]').first();
    const rows = page.locator(`me-tickets me-data-list ${ROWS}`);
    const ready = await waitFor('<me-company> did not show server data ([part~=code] inside its shadow root)', company)
      && await waitFor('<me-tickets> did not show rows from the server', rows.first());
    const code = ready ? (await company.innerText()).replace(/\s+/g, ' ').trim() : '';

    // the property, not an attribute: a function survives only as a property
    const portal = await page.locator('me-portal').evaluate((el) => ({
      provider: typeof (el as unknown as { tokenProvider?: unknown }).tokenProvider,
      attributes: el.getAttributeNames().filter((a) => a.toLowerCase().includes('token')),
    }));
    if (portal.provider !== 'function') failures.push(`<me-portal>.tokenProvider is ${portal.provider}, not the app's function`);
    if (portal.attributes.length) failures.push(`<me-portal> got attribute(s) ${portal.attributes.join(', ')} instead of the property`);
    const tokenRequests = Number(await page.locator('output[data-token-requests]').innerText());
    if (!(tokenRequests > 0)) failures.push('the app\'s tokenProvider was never called (its count in <output data-token-requests> is 0)');

    // me-organization-change: fired by the portal on first load, written by the app's handler
    const organization = ready ? await output('me-organization-change').innerText() : '';
    if (ready && !organization) failures.push('the app\'s me-organization-change handler wrote nothing into <output data-event="me-organization-change">');

    // me-ticket-opened: a mouse click on a row, the detail's ticketId in the app's state
    let opened = '';
    if (ready) {
      const row = rows.first();
      await row.scrollIntoViewIfNeeded();
      const box = (await row.boundingBox())!;
      await page.mouse.click(box.x + Math.min(60, box.width / 2), box.y + box.height / 2);
      if (await waitFor('a click on a ticket row did not open the drawer', page.locator('me-tickets me-drawer dialog[open]'))) {
        try {
          await page.waitForFunction(() => document.querySelector('output[data-event="me-ticket-opened"]')?.textContent?.trim(), undefined, { timeout: 5000 });
          opened = await output('me-ticket-opened').innerText();
        } catch {
          failures.push('the app\'s me-ticket-opened handler wrote nothing into <output data-event="me-ticket-opened"> after a ticket was opened');
        }
      }
    }
    if (failures.length || problems.length) {
      throw new PageFailure([`${app.label} app:`, ...failures.map((f) => `  ✗ ${f}`), ...(problems.length ? ['page problems:', ...problems.slice(0, 12).map((p) => `  ${p}`)] : [])].join('\n'));
    }
    return `${app.label}: <me-company> shows "${code}", tokenProvider set as a property (${tokenRequests} call${tokenRequests === 1 ? '' : 's'}), me-organization-change → "${organization}", me-ticket-opened → "${opened}" (${seconds(t)} in Chromium)`;
  } finally {
    await context.close();
  }
}

/** Installs, type-checks, builds, serves and checks the React and Vue apps. */
export async function checkFrameworkHosts(browser: Browser, work: string, tarballPath: string): Promise<string> {
  const rootPkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8'));
  const started = Date.now();
  // one app at a time would be ~2× as long; npm and the checkers overlap well on two cores
  const prepared = await Promise.all(apps(rootPkg).map((app) => prepare(app, work, tarballPath)));
  const servers = await Promise.all(prepared.map((p) => preview({ root: p.dir, configFile: false, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' } })));
  try {
    prepared.forEach((p, i) => (p.url = servers[i]!.resolvedUrls!.local[0]!));
    const lines: string[] = [];
    for (const p of prepared) lines.push(await checkApp(browser, p));
    return [
      `framework hosts (installed from ${tarballPath.split('/').pop()}, ${seconds(started)}):`,
      ...prepared.map((p, i) => `  ${lines[i]}\n    types from ${p.typings === 'package' ? `meu-espaco/${p.app.typings.slice(2)}` : 'a local declare in the app (the package has no such export yet)'}; ${p.times.join(', ')}`),
    ].join('\n');
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((done) => s.httpServer.close(() => done()))));
  }
}
