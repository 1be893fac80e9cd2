/**
 * `npm run test:storybook-docs` (after `npm run build-storybook`): opens every docs page of the built
 * Storybook in Chromium and fails when a modal dialog is open on it — a story whose drawer or
 * dialog opens by itself (a deep link, an `open` attribute) must render in a frame of its own on
 * docs pages (`parameters.docs.story.inline: false`), or the modal covers the whole page and the
 * docs cannot be read. Also fails on a page error or a docs page that renders nothing.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath, launchTimeout } from './chromium.mjs';

const root = 'storybook-static';
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json',
};

interface Index { entries: Record<string, { id: string; type: string; title: string }> }
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as Index;
// DOCS_FILTER=tickets narrows to the docs pages whose title contains it
const docs = Object.values(index.entries).filter((e) => e.type === 'docs' && (!process.env.DOCS_FILTER || e.title.toLowerCase().includes(process.env.DOCS_FILTER.toLowerCase())));

// a static server for storybook-static (the MSW worker is in it: staticDirs)
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Service-Worker-Allowed': '/' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };

const browser = await chromium.launch({ executablePath, args: chromiumArgs, timeout: launchTimeout });
const failures: string[] = [];
const started = Date.now();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // three pages at a time (each waits mostly on its stories' data)
  const queue = [...docs];
  const check = async (entry: (typeof docs)[number]) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${entry.id}&viewMode=docs`);
    await page.waitForFunction(() => (document.querySelector('#storybook-docs')?.textContent?.length ?? 0) > 40, undefined, { timeout: 30_000 })
      .catch(() => failures.push(`${entry.title}: the docs page rendered nothing`));
    // the inline stories render and their data arrive (a deep link opens its drawer once its ticket is
    // in): watch the page for 4 s, and stop at the first modal
    const findModals = `(() => {
      const found = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element instanceof HTMLDialogElement && element.open && element.matches(':modal')) {
            const host = element.getRootNode().host;
            found.push(host ? '<' + host.localName + '>' : '<dialog>');
          }
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    })()`; // a string, not a function: tsx's name helpers would not exist in the page
    let modals: string[] = [];
    for (let waited = 0; waited < 4000 && !modals.length; waited += 250) {
      await page.waitForTimeout(250);
      modals = await page.evaluate(findModals) as string[];
    }
    if (modals.length) failures.push(`${entry.title}: a modal is open over the docs page (${modals.join(', ')})`);
    if (errors.length) failures.push(`${entry.title}: ${errors.join(' | ')}`);
    await page.close();
  };
  await Promise.all(Array.from({ length: 3 }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await check(entry);
  }));
} finally {
  await browser.close();
  server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.error(`✘ ${failures.length} of ${docs.length} docs pages:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`✔ ${docs.length} docs pages of the built Storybook open with no modal over them (${seconds} s)`);
