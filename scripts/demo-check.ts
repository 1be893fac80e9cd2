/**
 * `npm run test:demo`: the four demo pages, as `npm start` serves them, in a real browser.
 *
 * Builds the CDN file into .tmp/demo/cdn (not dist/: another build may be running), starts the
 * demo's Vite dev server (vite.config.ts, `serve`) on a free port with `/cdn/*` pointing there,
 * opens every page in pt-BR, en and es with playwright-core and /usr/bin/chromium, waits until
 * every widget shows mock-API data, takes a screenshot (.tmp/demo/<page>-<locale>.png) and prints
 * what the page shows. Fails on a page error, console error, failed request, CSP violation,
 * missing data, an untranslated widget, or a widget whose computed styles differ between the
 * intranet's aggressive CSS and the calm strict-CSP page.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build, createServer, type ViteDevServer } from 'vite';
import { FACTS } from '../src/mocks/db/facts.js';
import enPortal from '../src/locales/en/portal.js';
import esPortal from '../src/locales/es/portal.js';
import enTickets from '../src/locales/en/tickets.js';
import esTickets from '../src/locales/es/tickets.js';
import ptPortal from '../src/locales/pt-BR/portal.js';
import ptTickets from '../src/locales/pt-BR/tickets.js';
import { modules } from '../src/modules/registry.js';
import { DEMO_CSP } from '../vite.config.js';
import { chromiumArgs, executablePath, launchTimeout } from './chromium.mjs';

const OUT = resolve('.tmp/demo');
const CDN_DIR = resolve(OUT, 'cdn');
const LOCALES = ['pt-BR', 'en', 'es'] as const;
type Locale = (typeof LOCALES)[number];
const TEXT: Record<Locale, { mine: string; title: string }> = {
  'pt-BR': { mine: ptTickets['tickets.tab.mine'], title: ptPortal['portal.title'] },
  en: { mine: enTickets['tickets.tab.mine'], title: enPortal['portal.title'] },
  es: { mine: esTickets['tickets.tab.mine'], title: esPortal['portal.title'] },
};
const VIEWPORT = { width: 1366, height: 900 };
/** generous: two shared cores, a dev server transforming modules on first request */
const READY_MS = 45_000;
const ROWS = '[role=row][data-index]:not(.skeleton)';

/** What each widget shows once it has server data (selectors pierce shadow roots). */
const READY: Record<string, string[]> = {
  'me-tickets': [`${ROWS} >> nth=4`],
  'me-company': ['[part~=code]'],
  'me-os-approval': [`${ROWS} >> nth=2`],
  'me-lgpd-term': ['[part=content] h3', '[part=status]'],
  'me-img-index': ['[part~=peers][aria-busy=false] [data-field=label]', '[part~=opportunity]'],
  'me-profile': ['me-field[name=timeZone] input'],
  'me-admins-notice': ['[part~=admins] li'],
  'me-products': ['tr[data-product] [role=switch]'],
  'me-dashboard': ['[part~=figures] [part~=figure] dd', 'me-chart[data-chart] [part~=table]'],
  'me-solutions': ['[part~=result] button.open >> nth=2', '[part~=summary]'],
};

const failures: string[] = [];
const report: string[] = [];
const fail = (text: string) => failures.push(text);
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = async (locator: Locator) => clean(await locator.first().innerText({ timeout: 5000 }).catch(() => ''));

async function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const probe = createNetServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Page errors, console errors, failed requests, HTTP errors outside the API, CSP violations. */
function watch(page: Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (!(isApi(r.url()) && error.includes('ERR_ABORTED'))) problems.push(`request failed: ${r.url()} ${error}`);
  });
  page.on('response', (r) => { if (r.status() >= 400 && !isApi(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('dialog', (d) => { problems.push(`${d.type()}() ran in the page: ${d.message()}`); void d.dismiss(); });
  return { problems, requests };
}

/** Waits until each widget's ready selectors are visible; returns the ones that never were. */
async function waitReady(page: Page, tags: string[]): Promise<string[]> {
  const pending = tags.flatMap((tag) => (READY[tag] ?? []).map((selector) => ({ tag, selector })));
  const start = Date.now();
  while (pending.length && Date.now() - start < READY_MS) {
    for (const item of [...pending]) {
      if (await page.locator(item.tag).first().locator(item.selector).first().isVisible()) pending.splice(pending.indexOf(item), 1);
    }
    if (pending.length) await page.waitForTimeout(300);
  }
  return pending.map(({ tag, selector }) => `<${tag}> shows no data (${selector})`);
}

async function rows(page: Page, tag: string): Promise<number> {
  return page.locator(tag).first().locator(ROWS).count();
}

/** The widgets of a page, with the data each one shows, as one line each. */
async function widgetData(page: Page, tags: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const tag of tags) {
    const w = page.locator(tag).first();
    switch (tag) {
      case 'me-tickets': lines.push(`<me-tickets> ${await rows(page, tag)} rows rendered, tabs "${clean((await w.locator('[role=tab]').allInnerTexts()).join(' | '))}", first: "${(await textOf(w.locator(ROWS))).slice(0, 70)}"`); break;
      case 'me-company': lines.push(`<me-company> "${await textOf(w.locator('h2'))}", code ${await textOf(w.locator('[part~=code]'))}`); break;
      case 'me-os-approval': lines.push(`<me-os-approval> ${await rows(page, tag)} pending orders rendered, first: "${(await textOf(w.locator(ROWS))).slice(0, 70)}"`); break;
      case 'me-lgpd-term': lines.push(`<me-lgpd-term> "${await textOf(w.locator('[part=content] h3'))}", status: "${(await textOf(w.locator('[part=status]'))).slice(0, 90)}"`); break;
      case 'me-img-index': {
        const tables = await w.locator('me-chart [part~=table]').count();
        const dims = await w.locator('me-chart.dimensions [part~=table] tbody tr').count();
        lines.push(`<me-img-index> score "${await textOf(w.locator('[part~=score] .value'))}", ${await textOf(w.locator('[part~=score] .level'))}; peers "${await textOf(w.locator('[data-field=label]'))}"; ${tables} chart tables (radar: ${dims} dimension rows); ${await w.locator('[part~=opportunity]').count()} opportunities`);
        break;
      }
      case 'me-profile': lines.push(`<me-profile> time zone "${await w.locator('me-field[name=timeZone] input').first().inputValue()}", name "${await w.locator('me-field[name=name] input').first().inputValue().catch(() => '?')}"`); break;
      case 'me-admins-notice': lines.push(`<me-admins-notice> admins: ${clean((await w.locator('[part~=admins] li').allInnerTexts()).join('; ')).slice(0, 100)}`); break;
      case 'me-products': lines.push(`<me-products> ${await w.locator('tr[data-product]').count()} products, first: "${(await textOf(w.locator('tr[data-product]'))).slice(0, 70)}"`); break;
      case 'me-solutions': lines.push(`<me-solutions> "${await textOf(w.locator('[part~=summary]'))}", ${await w.locator('[part~=result]').count()} results, first: "${(await textOf(w.locator('[part~=result] button.open'))).slice(0, 70)}"`); break;
      case 'me-dashboard': lines.push(`<me-dashboard> figures: ${clean((await w.locator('[part~=figure]').allInnerTexts()).join('; ')).slice(0, 120)}; ${await w.locator('me-chart[data-chart]').count()} charts with their tables`); break;
      default: lines.push(`<${tag}> shown`);
    }
  }
  return lines;
}

/** Computed styles inside the widgets that the host page's CSS could reach by inheritance. */
const STYLE_PROPS = ['font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'color', 'box-sizing', 'padding-top', 'margin-top', 'border-top-width'];
async function widgetStyles(page: Page, tags: string[]): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(({ tags, props }) => {
    const out: Record<string, Record<string, string>> = {};
    for (const tag of tags) {
      const host = document.querySelector(tag);
      const root = host?.shadowRoot;
      if (!root) continue;
      // the host's first elements of each kind (deterministic on both pages: same data)
      const picked = ['h2', 'h3', 'button', 'p', 'span', 'div', 'li', 'td', 'input', 'label', 'a'];
      for (const name of picked) {
        const element = root.querySelector(name);
        if (!element) continue;
        const computed = getComputedStyle(element);
        out[`${tag} ${name}`] = Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
      }
    }
    return out;
  }, { tags, props: STYLE_PROPS });
}

interface PageSpec {
  name: string;
  path: string;
  widgets: string[];
  /** checks of its own; returns lines to print */
  extra?: (page: Page, locale: Locale, seen: { requests: string[]; headers: Record<string, string> }) => Promise<string[]>;
  describe: (lines: string[], locale: Locale) => string;
}

const has = (tag: string) => modules.some((m) => m.tag === tag);
const intranetWidgets = ['me-tickets', 'me-company', 'me-admins-notice', 'me-os-approval', 'me-lgpd-term', ...(has('me-dashboard') ? ['me-dashboard'] : []), 'me-img-index', 'me-solutions', 'me-profile'];
const cspWidgets = ['me-tickets', 'me-company', 'me-os-approval', 'me-lgpd-term', 'me-img-index', 'me-solutions'];

const PAGES: PageSpec[] = [
  {
    name: 'intranet',
    path: '/',
    widgets: intranetWidgets,
    extra: async (page) => {
      const css = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      if (!css.includes('Georgia')) fail(`intranet: its own CSS is not applied (body font ${css})`);
      return [`host CSS applied (body font ${css.split(',')[0]}); links: ${clean((await page.locator('header nav a').allInnerTexts()).join(' | '))}`];
    },
    describe: (_lines, locale) => `(a) intranet "Metalúrgica Paulista" with its own navy header, news strip and aggressive serif CSS; ${intranetWidgets.length} widgets under one <me-portal organization-id> in ${locale}`,
  },
  {
    name: 'portal',
    path: '/portal.html',
    widgets: ['me-tickets'],
    extra: async (page, locale) => {
      const lines: string[] = [];
      const layout = page.locator('me-portal-layout');
      const items = await layout.locator('[part~=menu-item]').allInnerTexts();
      if (items.length !== modules.length) fail(`portal: ${items.length} menu items, registry has ${modules.length}`);
      const title = await textOf(layout.locator('header h1'));
      if (title !== TEXT[locale].title) fail(`portal ${locale}: title "${title}", expected "${TEXT[locale].title}"`);
      const orgs = await layout.locator('header select option').allInnerTexts();
      if (orgs.length < 2) fail(`portal: organization switcher has ${orgs.length} options`);
      lines.push(`"${title}", ${items.length} menu items: ${items.map(clean).join(' | ')}`);
      lines.push(`organization switcher: ${orgs.map(clean).join(' / ')}`);
      // deep link: the company view, then the other organization through the switcher
      await page.evaluate(() => { location.hash = '#/company'; });
      const code = layout.locator('me-company [part~=code]');
      await code.waitFor({ state: 'visible', timeout: READY_MS }).catch(() => fail(`portal ${locale}: #/company shows no company`));
      const before = await textOf(code);
      await page.screenshot({ path: resolve(OUT, `portal-company-${locale}.png`) });
      const select = layout.locator('header select');
      const other = await select.locator('option').evaluateAll((options, current) =>
        (options as HTMLOptionElement[]).find((o) => o.value !== current)?.value ?? '', await select.inputValue());
      await select.selectOption(other);
      const start = Date.now();
      let after = before;
      while (after === before && Date.now() - start < READY_MS) { await page.waitForTimeout(300); after = await textOf(code); }
      if (after === before) fail(`portal ${locale}: switching organization left the company code at ${before}`);
      lines.push(`deep link #/company: code ${before}; switched to ${other}: code ${after}`);
      // deep link to one ticket: the drawer opens with its conversation
      // a new document opening at the deep link (from the same URL, goto would only change the hash)
      const origin = new URL(page.url()).origin;
      await page.goto('about:blank');
      await page.goto(`${origin}/portal.html?locale=${locale}#/tickets/${FACTS.tickets.solved}`);
      const tickets = layout.locator('me-tickets');
      const opened = await Promise.all([
        tickets.locator('me-drawer dialog[open]').waitFor({ state: 'visible', timeout: READY_MS }),
        tickets.locator('me-ticket-detail [part~=conversation]').waitFor({ state: 'visible', timeout: READY_MS }),
      ]).then(() => true, () => false);
      if (!opened) fail(`portal ${locale}: #/tickets/${FACTS.tickets.solved} did not open the ticket`);
      else await page.screenshot({ path: resolve(OUT, `portal-ticket-${locale}.png`) });
      lines.push(`deep link #/tickets/${FACTS.tickets.solved}: ${opened ? 'drawer with the conversation' : 'NOT opened'}`);
      return lines;
    },
    describe: (_lines, locale) => `(b) full "Meu Espaço" (layout="full"): portal header with organization switcher, ${modules.length}-item menu, "Minhas solicitações" view; deep links #/company and #/tickets/<id> work, in ${locale}`,
  },
  {
    name: 'cdn',
    path: '/cdn.html',
    widgets: ['me-tickets', 'me-company', 'me-products'],
    extra: async (_page, _locale, { requests }) => {
      const cdn = requests.filter((p) => p.startsWith('/cdn/'));
      const fromSources = requests.filter((p) => /^\/src\/(index|portal|modules|ui)\b/.test(p));
      if (!cdn.includes('/cdn/meu-espaco.js')) fail('cdn: /cdn/meu-espaco.js was not loaded');
      if (fromSources.length) fail(`cdn: widget code came from the sources: ${fromSources.slice(0, 5).join(', ')}`);
      const defined = await _page.evaluate(() => ['me-portal', 'me-tickets', 'me-company', 'me-products'].filter((t) => customElements.get(t)).length);
      return [`${cdn.length} files from /cdn/ (meu-espaco.js + ${cdn.filter((p) => p.startsWith('/cdn/chunks/')).length} chunks), 0 widget modules from src/; ${defined}/4 tags defined`];
    },
    describe: (_lines, locale) => `(c) plain HTML page, widgets only from dist/cdn/meu-espaco.js (lazy chunks): tickets list, company card and products table in ${locale}`,
  },
  {
    name: 'csp',
    path: '/csp.html',
    widgets: cspWidgets,
    extra: async (page, _locale, { headers }) => {
      const header = headers['content-security-policy'];
      if (header !== DEMO_CSP) fail(`csp: served with Content-Security-Policy ${header ?? '(none)'}`);
      const violations = await page.evaluate(() => (window as unknown as { __demoViolations: string[] }).__demoViolations);
      if (violations.length) fail(`csp: ${violations.length} violations: ${[...new Set(violations)].slice(0, 5).join('; ')}`);
      return [`Content-Security-Policy: ${header}; ${violations.length} violations`];
    },
    describe: (_lines, locale) => `(d) strict-CSP page (Vite dev, header sent by the demo middleware): tickets, company, OS approval, LGPD term, IMG charts and the solution search, no violation, in ${locale}`,
  },
];

/** Opens one page in one language, checks it, screenshots it; returns its computed widget styles in pt-BR. */
async function checkPage(browser: Browser, origin: string, spec: PageSpec, locale: Locale): Promise<Record<string, Record<string, string>>> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  await context.addInitScript({ content: `window.__demoViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__demoViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '')), true);` });
  const page = await context.newPage();
  const { problems, requests } = watch(page);
  const label = `${spec.name} ${locale}`;
  try {
    const response = await page.goto(`${origin}${spec.path}?locale=${locale}`);
    if (!response?.ok()) { fail(`${label}: HTTP ${response?.status()}`); return {}; }
    const headers = response.headers();
    for (const missing of await waitReady(page, spec.widgets)) fail(`${label}: ${missing}`);
    const tickets = page.locator('me-tickets [role=tab]').first();
    if (spec.widgets.includes('me-tickets')) {
      const tab = await textOf(tickets);
      if (!tab.startsWith(TEXT[locale].mine)) fail(`${label}: <me-tickets> first tab "${tab}", expected "${TEXT[locale].mine} …"`);
    }
    await page.waitForTimeout(500); // charts settle (reduced motion: no animation)
    const shot = resolve(OUT, `${spec.name}-${locale}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    const styles = locale === 'pt-BR' ? await widgetStyles(page, cspWidgets) : {};
    const lines = [...await widgetData(page, spec.widgets), ...(await spec.extra?.(page, locale, { requests, headers }) ?? [])];
    for (const p of [...new Set(problems)].slice(0, 8)) fail(`${label}: ${p}`);
    report.push(`${spec.path}?locale=${locale} → ${shot.replace(`${process.cwd()}/`, '')}`, `  ${spec.describe(lines, locale)}`, ...lines.map((l) => `    ${l}`));
    return styles;
  } finally {
    await context.close();
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
console.log('building the CDN file into .tmp/demo/cdn …');
await build({ configFile: resolve('vite.config.ts'), mode: 'cdn', logLevel: 'warn', build: { outDir: CDN_DIR } });

process.env.MEU_ESPACO_DEMO_CDN = CDN_DIR;
const port = await freePort();
const server: ViteDevServer = await createServer({ configFile: resolve('vite.config.ts'), logLevel: 'warn', server: { port, strictPort: true, host: '127.0.0.1', open: false } });
await server.listen();
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath, args: chromiumArgs, timeout: launchTimeout });
try {
  const styles: Record<string, Record<string, Record<string, string>>> = {};
  for (const spec of PAGES) {
    for (const locale of LOCALES) {
      const s = await checkPage(browser, origin, spec, locale);
      if (locale === 'pt-BR') styles[spec.name] = s;
    }
  }
  // the intranet's aggressive CSS must not change the widgets: same computed styles as the calm CSP page
  const hostile = styles.intranet ?? {};
  const calm = styles.csp ?? {};
  let compared = 0;
  for (const [key, props] of Object.entries(calm)) {
    const other = hostile[key];
    if (!other) continue;
    compared++;
    for (const [prop, value] of Object.entries(props)) {
      if (other[prop] !== value) fail(`the intranet CSS changed ${key} ${prop}: ${other[prop]} (strict-CSP page: ${value})`);
    }
  }
  if (!compared) fail('no widget element to compare between the intranet and the strict-CSP page');
  report.push(`widget styles: ${compared} elements × ${STYLE_PROPS.length} properties identical on the intranet (aggressive CSS) and the strict-CSP page`);
} finally {
  await browser.close();
  await server.close();
}

console.log(report.join('\n'));
if (failures.length) {
  console.error(`\n✗ demo check: ${failures.length} failure(s)\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\n✓ demo check: 4 pages × 3 languages; screenshots in .tmp/demo/`);
