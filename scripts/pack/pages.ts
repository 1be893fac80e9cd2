/**
 * The host pages' checks, one function a page. Each returns the lines it prints (what it
 * checked) or throws a `PageFailure` whose message says what is wrong, with the page's problems
 * (page errors, console errors, failed requests) appended.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { CdnTags } from './cdn-tags.js';
import { CSP, PORTAL, inlineCode, type HostWidget } from './host-pages.js';
import { diffStyles, formatDiff, fullDiff, stableStyles } from './style-diff.js';

const PROBE = fileURLToPath(new URL('probe.js', import.meta.url));
const VIEWPORT = { width: 1280, height: 900 };
/** generous: two shared cores */
const READY_MS = 30_000;
/** a data list's rows (the header row has no data-index); skeleton rows are still loading */
const ROWS = '[role=row][data-index]:not(.skeleton)';

export class PageFailure extends Error {}

interface Violation { directive: string; blockedURI: string; sample: string; source: string }

/** Collects what must never happen on a host page. */
class Problems {
  readonly #lines = new Map<string, number>();
  /** when the first page error or failed request happened (then the data may never come) */
  firstFatalAt?: number;
  /** API requests cancelled by the page (a query nobody waits for any more): allowed, counted */
  abortedApi = 0;

  constructor(page: Page) {
    const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
    page.on('pageerror', (e) => this.add(`page error: ${e.message}${e.stack?.split('\n')[1] ? ` (${e.stack.split('\n')[1]!.trim()})` : ''}`, true));
    page.on('console', (m) => {
      if (m.type() === 'error') this.add(`console error: ${m.text()}${m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : ''}`);
    });
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? '';
      if (isApi(r.url()) && error.includes('ERR_ABORTED')) this.abortedApi++;
      else this.add(`request failed: ${r.method()} ${r.url()} ${error}`, true);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !isApi(r.url())) this.add(`HTTP ${r.status()}: ${r.url()}`, true);
    });
    // the mock data's hostile rich text calls alert(): one reaching the page is an XSS
    page.on('dialog', (d) => {
      this.add(`${d.type()}() ran in the page: "${d.message()}"`);
      void d.dismiss();
    });
  }

  add(text: string, fatal = false): void {
    if (fatal) this.firstFatalAt ??= Date.now();
    // one line for the same message with another hash (CSP console errors name the blocked code's hash)
    const line = text.replace(/'sha256-[^']+'/g, "'sha256-…'");
    this.#lines.set(line, (this.#lines.get(line) ?? 0) + 1);
  }

  get count(): number {
    return this.#lines.size;
  }

  list(max = 12): string[] {
    const all = [...this.#lines].map(([line, n]) => `  ${n > 1 ? `${n}× ` : ''}${line.length > 220 ? `${line.slice(0, 219)}…` : line}`);
    return all.length > max ? [...all.slice(0, max), `  … ${all.length - max} more`] : all;
  }
}

async function open(browser: Browser, url: string, options: { reducedMotion?: 'reduce' } = {}): Promise<{ context: BrowserContext; page: Page; problems: Problems; headers: Record<string, string> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  await context.addInitScript({ path: PROBE });
  const page = await context.newPage();
  const problems = new Problems(page);
  const response = await page.goto(url);
  if (!response?.ok()) throw new PageFailure(`${url}: HTTP ${response?.status()}`);
  return { context, page, problems, headers: response.headers() };
}

/** The widgets' public events the page's document heard (the probe listens as a host script would). */
async function hostEvents(page: Page): Promise<Array<{ type: string; detail: Record<string, unknown> | null }>> {
  return page.evaluate('window.__pack.events');
}

function fail(what: string, failures: string[], problems: Problems): never {
  const lines = [`${what}:`, ...failures.map((f) => `  ✗ ${f}`)];
  if (problems.count) lines.push('page problems:', ...problems.list());
  throw new PageFailure(lines.join('\n'));
}

/** Waits until every widget shows server data; returns what did not (8 s after a page error or failed request, it stops waiting). */
async function waitReady(page: Page, selectors: Array<{ tag: string; selector: string }>, problems: Problems): Promise<string[]> {
  const start = Date.now();
  const pending = new Set(selectors);
  while (pending.size && Date.now() - start < READY_MS && !(problems.firstFatalAt && Date.now() - problems.firstFatalAt > 8000)) {
    for (const item of [...pending]) if (await page.locator(item.tag).first().locator(item.selector).first().isVisible()) pending.delete(item);
    if (pending.size) await page.waitForTimeout(250);
  }
  const seconds = Math.round((Date.now() - start) / 1000);
  return [...pending].map(({ tag, selector }) => `<${tag}> did not show server data (${selector} not visible after ${seconds} s)`);
}

const readySelectors = (widgets: HostWidget[], opened: boolean) => widgets.flatMap((w) =>
  [...w.ready, ...(opened && w.opened ? w.openedReady ?? [] : [])].map((selector) => ({ tag: w.tag, selector })));

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __pack: { violations: Violation[] } }).__pack.violations);
}

function formatViolations(list: Violation[], max = 15): string[] {
  const groups = new Map<string, number>();
  for (const v of list) {
    const key = `${v.directive} blocked ${v.blockedURI || '(no URI)'}${v.sample ? ` sample "${v.sample.slice(0, 60)}"` : ''}${v.source ? ` at ${v.source.replace(/^https?:\/\/[^/]+/, '')}` : ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const lines = [...groups].sort((a, b) => b[1] - a[1]).map(([key, n]) => `    ${n}× ${key}`);
  return lines.length > max ? [...lines.slice(0, max), `    … ${lines.length - max} more kinds`] : lines;
}

const textOf = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** Data rows of the tickets list, their boxes and how many sit in the list's viewport. */
async function rowLayout(tickets: Locator): Promise<{ rows: Array<{ x: number; y: number; width: number; height: number }>; visible: number; distinctY: number }> {
  const scroller = await tickets.locator('me-data-list [part~=list]').first().boundingBox();
  const boxes = [];
  for (const row of await tickets.locator(`me-data-list ${ROWS}`).all()) {
    const box = await row.boundingBox();
    if (box && box.height > 0) boxes.push(box);
  }
  const inView = scroller ? boxes.filter((b) => b.y < scroller.y + scroller.height && b.y + b.height > scroller.y) : [];
  return { rows: inView, visible: inView.length, distinctY: new Set(inView.map((b) => Math.round(b.y))).size };
}

/** Clicks the first visible row with the mouse; returns whether the drawer and its conversation showed. */
async function openFirstTicket(page: Page, failures: string[]): Promise<boolean> {
  const tickets = page.locator('me-tickets').first();
  await tickets.locator(`me-data-list ${ROWS}`).first().scrollIntoViewIfNeeded();
  const { rows } = await rowLayout(tickets);
  const row = rows[0];
  if (!row) { failures.push('no visible ticket row to click'); return false; }
  await page.mouse.click(row.x + Math.min(60, row.width / 2), row.y + row.height / 2);
  try {
    await tickets.locator('me-drawer dialog[open]').waitFor({ state: 'visible', timeout: READY_MS });
    await tickets.locator('me-ticket-detail [part~=conversation]').waitFor({ state: 'visible', timeout: READY_MS });
    return true;
  } catch {
    failures.push('a mouse click on a ticket row did not show the drawer with the ticket\'s conversation');
    return false;
  }
}

/** The package's npm entries, bundled by the host's Vite (the page of the original pack test). */
export async function checkNpmPage(browser: Browser, url: string): Promise<string> {
  const { context, page, problems } = await open(browser, url);
  try {
    const failures = await waitReady(page, [{ tag: 'me-company', selector: '[part~=code]' }], problems);
    const code = failures.length ? '' : await textOf(page.locator('me-company [part~=code]').first());
    const organization = (await hostEvents(page)).find((e) => e.type === 'me-organization-change');
    if (!organization) failures.push('the host page never heard me-organization-change on its document');
    if (failures.length || problems.count) fail('npm entries page', failures, problems);
    return `npm entries page: <me-company> shows "${code}", the host heard me-organization-change (${String(organization!.detail?.organizationId)}), no errors`;
  } finally {
    await context.close();
  }
}

/**
 * The CDN file alone on a plain page: server data shown, every tag the CDN registers defined
 * (eager ones on load; lazy ones once a ticket is opened with the mouse and every chunk is
 * loaded), no page error, console error, failed request or failed chunk.
 */
export async function checkCdnPage(browser: Browser, url: string, cdnWidgets: HostWidget[], tags: CdnTags, chunksDir: string): Promise<string> {
  const { context, page, problems } = await open(browser, `${url}cdn.html`);
  try {
    const failures = await waitReady(page, readySelectors(cdnWidgets, false), problems);
    const undefinedTags = async (list: string[]) => page.evaluate((t) => t.filter((tag) => !customElements.get(tag)), list);
    const eagerMissing = await undefinedTags(tags.eager);
    if (eagerMissing.length) failures.push(`registered by ${tags.entry} but not defined after load: ${eagerMissing.join(', ')}`);
    let rows = 0;
    let drawer = false;
    if (!failures.length) {
      rows = (await rowLayout(page.locator('me-tickets').first())).visible;
      drawer = await openFirstTicket(page, failures);
    }
    // every chunk the CDN ships must evaluate in a plain page (the lazy ones too)
    const chunks = readdirSync(chunksDir).filter((f) => f.endsWith('.js'));
    const chunkErrors = await page.evaluate(async (list) => {
      const errors: string[] = [];
      for (const chunk of list) {
        try {
          await import(chunk);
        } catch (error) {
          errors.push(`${chunk}: ${String(error)}`);
        }
      }
      return errors;
    }, chunks.map((f) => `${url}cdn/chunks/${f}`));
    for (const error of chunkErrors) failures.push(`CDN chunk failed to load: ${error}`);
    const lazyMissing = await undefinedTags(tags.lazy);
    if (lazyMissing.length) failures.push(`registered lazily by ${tags.entry} but not defined once every chunk loaded: ${lazyMissing.join(', ')}`);
    const heard = await hostEvents(page);
    if (!heard.some((e) => e.type === 'me-organization-change')) failures.push('the page never heard me-organization-change on its document');
    const opened = heard.find((e) => e.type === 'me-ticket-opened' && e.detail?.ticketId);
    if (drawer && !opened) failures.push('a ticket opened by a click, but the page never heard me-ticket-opened');
    if (failures.length || problems.count) fail('CDN page (dist/cdn/meu-espaco.js alone)', failures, problems);
    const code = await textOf(page.locator('me-company [part~=code]').first());
    return [
      `CDN page: <me-company> shows "${code}", <me-tickets> ${rows} rows${drawer ? ', drawer opened by a click' : ''}; the page heard me-organization-change and me-ticket-opened (${String(opened?.detail?.ticketId)});`,
      `  ${tags.eager.length + tags.lazy.length} tags defined (${tags.eager.length} on load: ${tags.eager.join(', ')}; ${tags.lazy.length} lazy: ${tags.lazy.join(', ')});`,
      `  ${chunks.length} chunks evaluate; 0 page errors, console errors or failed requests${problems.abortedApi ? ` (${problems.abortedApi} cancelled API requests)` : ''}`,
    ].join('\n');
  } finally {
    await context.close();
  }
}

/**
 * Every widget under `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'`:
 * no violation, the tickets list's rows laid out one below the other, a ticket opened with the mouse.
 */
export async function checkCspPage(browser: Browser, url: string, widgets: HostWidget[], builtPages: string): Promise<string> {
  const failures: string[] = [];
  for (const file of readdirSync(builtPages).filter((f) => f.endsWith('.html'))) {
    const inline = inlineCode(readFileSync(join(builtPages, file), 'utf8'));
    if (inline.length) failures.push(`built ${file} has inline code a strict CSP blocks: ${inline.join(' ')}`);
  }
  const { context, page, problems, headers } = await open(browser, `${url}csp.html`);
  try {
    const header = headers['content-security-policy'];
    if (header !== CSP) failures.push(`the preview server sent Content-Security-Policy: ${header} (expected ${CSP}): the harness is broken`);
    failures.push(...await waitReady(page, readySelectors(widgets, false), problems));
    const layout = await rowLayout(page.locator('me-tickets').first());
    if (layout.visible < 5) failures.push(`<me-tickets> shows ${layout.visible} rows in its list (expected at least 5)`);
    else if (layout.distinctY !== layout.visible) {
      failures.push(`<me-tickets>' ${layout.visible} visible rows sit at only ${layout.distinctY} distinct y position(s): rows collapse onto each other (a style="…" binding blocked by the CSP?)`);
    }
    const drawer = layout.visible ? await openFirstTicket(page, failures) : false;
    await page.waitForTimeout(500); // late violations (the drawer's content)
    const found = await violations(page);
    if (found.length) failures.push(`${found.length} Content-Security-Policy violations:\n${formatViolations(found).join('\n')}`);
    if (failures.length || problems.count) fail('strict CSP page', failures, problems);
    return `strict CSP: 0 violations, ${layout.visible} rows at ${layout.distinctY} distinct y positions, ${drawer ? 'drawer opened by a click, conversation shown' : 'no drawer'}; widgets: ${widgets.map((w) => `<${w.tag}>`).join(', ')}`;
  } finally {
    await context.close();
  }
}

/**
 * The widgets on a clean page and on a page with aggressive global CSS (same markup, data,
 * viewport, open drawer): every computed style inside the widgets must be the same.
 */
export async function checkHostileCss(browser: Browser, url: string, widgets: HostWidget[], reportFile: string): Promise<string> {
  const hosts = [PORTAL.tag, ...new Set(widgets.map((w) => w.tag))];
  const snapshot = async (name: 'clean' | 'hostile') => {
    const { context, page, problems } = await open(browser, `${url}${name}.html`, { reducedMotion: 'reduce' });
    try {
      const failures = await waitReady(page, readySelectors(widgets, true), problems);
      if (name === 'hostile') {
        const applied = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--pack-hostile').trim() === 'applied');
        if (!applied) failures.push('hostile.css is not applied to the page: the harness is broken');
      }
      if (failures.length || problems.count) fail(`${name} page (hostile-CSS comparison)`, failures, problems);
      return await stableStyles(page, hosts, [PORTAL.tag]);
    } finally {
      await context.close();
    }
  };
  const clean = await snapshot('clean');
  const hostile = await snapshot('hostile');
  const result = diffStyles(clean, hostile);
  writeFileSync(reportFile, fullDiff(result));
  const elements = Object.keys(clean).length;
  if (result.diffs.length || result.onlyClean.length || result.onlyHostile.length) {
    throw new PageFailure([
      `hostile CSS: ${result.diffs.length} computed styles inside the widgets come from the page (${elements} elements compared; every difference, tab-separated: ${reportFile}):`,
      ...formatDiff(result),
    ].join('\n'));
  }
  return `hostile CSS: 0 differences from the clean page over ${elements} elements × their computed styles (${hosts.map((t) => `<${t}>`).join(', ')}, drawer open)`;
}
