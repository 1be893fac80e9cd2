/**
 * The temporary host project's pages (written into .tmp/pack/host, built by the host's own Vite):
 *
 * - `cdn.html`: the README's no-build embedding — the CDN `<script>` and static markup; its demo
 *   backend is `host/cdn-mock-api.js` (why it looks the way it does: see that file).
 * - `csp.html`: every widget under a strict Content-Security-Policy (sent by the preview server).
 * - `clean.html` / `hostile.html`: the same widgets, in their open states, on a page without and
 *   with aggressive global CSS (`host/hostile.css`), to compare computed styles.
 *
 * The pages other than the CDN one run `host.js`: the package's mock API first, then the entries
 * (the demo's order: msw must be active before the first request).
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** One built widget, as a host page places it inside `<me-portal>`. */
export interface HostWidget {
  tag: string;
  /** the npm entry registering it */
  entry: string;
  /** its markup on the CDN and strict-CSP pages (the CSP page opens states with the mouse) */
  html: string;
  /** its markup on the clean and hostile-CSS pages, with states open from attributes (no clicks); default `html` */
  opened?: string;
  /** selectors inside the element (they pierce shadow roots) visible once it shows server data */
  ready: string[];
  /** what must be visible besides `ready` when `opened` is used */
  openedReady?: string[];
}

export const PORTAL = { tag: 'me-portal', entry: 'meu-espaco/portal', open: '<me-portal api-base="/api" token="demo-token">', close: '</me-portal>' };

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export const PAGES = ['index', 'cdn', 'csp', 'clean', 'hostile'] as const;

const page = (head: string, body: string) =>
  `<!doctype html>\n<html lang="pt-BR">\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

/** Writes the pages, their scripts and stylesheets into the host project. */
export function writeHostPages(project: string, widgets: HostWidget[], cdnWidgets: HostWidget[]): void {
  const files = fileURLToPath(new URL('host', import.meta.url));
  for (const name of ['cdn-mock-api.js', 'host.css', 'hostile.css']) cpSync(join(files, name), join(project, name));
  cpSync(join(files, 'favicon.svg'), join(project, 'public/favicon.svg'));

  const portal = (markup: string[]) => `${PORTAL.open}\n  ${markup.join('\n  ')}\n${PORTAL.close}`;
  writeFileSync(join(project, 'cdn.html'), page(
    '<link rel="icon" href="data:,">\n<script type="module" src="./cdn-mock-api.js"></script>',
    `${portal(cdnWidgets.map((w) => w.html))}\n<script type="module" src="/cdn/meu-espaco.js"></script>`,
  ));

  const entries = [PORTAL.entry, ...new Set(widgets.map((w) => w.entry))];
  writeFileSync(join(project, 'host.js'), [
    '// written by scripts/pack/host-pages.ts: the mock API, then every widget\'s entry',
    "import { startMockApi } from 'meu-espaco/mocks';",
    'await startMockApi({ quiet: true });',
    `await Promise.all([${entries.map((e) => `import('${e}')`).join(', ')}]);`,
    '',
  ].join('\n'));
  const head = (...css: string[]) => [
    '<link rel="icon" href="/favicon.svg">',
    ...css.map((file) => `<link rel="stylesheet" href="./${file}">`),
    '<script type="module" src="./host.js"></script>',
  ].join('\n');
  writeFileSync(join(project, 'csp.html'), page(head('host.css'), portal(widgets.map((w) => w.html))));
  const opened = portal(widgets.map((w) => w.opened ?? w.html));
  writeFileSync(join(project, 'clean.html'), page(head('host.css'), opened));
  writeFileSync(join(project, 'hostile.html'), page(head('host.css', 'hostile.css'), opened));
}

/** `vite preview` sends the strict policy with the CSP page (and only with it). */
export function cspHeader(): Plugin {
  return {
    name: 'pack-test-csp',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === '/csp.html' || path === '/csp') res.setHeader('Content-Security-Policy', CSP);
        next();
      });
    },
  };
}

/** Inline `<script>`, `<style>` or `style=""` in a built page: what a strict CSP blocks. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) if (!/\bsrc=/i.test(tag)) found.push(tag);
  for (const tag of html.match(/<style\b[^>]*>/gi) ?? []) found.push(tag);
  for (const attr of html.match(/<[a-z][^>]*\sstyle=("[^"]*"|'[^']*')/gi) ?? []) found.push(attr.slice(0, 80));
  for (const attr of html.match(/\son[a-z]+=("[^"]*"|'[^']*')/gi) ?? []) found.push(attr.trim().slice(0, 80));
  return found;
}
