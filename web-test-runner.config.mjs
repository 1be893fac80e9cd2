// Browser tests: headless Debian Chromium (never a downloaded browser), TS through esbuild,
// and the committed MSW worker served from "/" so its scope covers the test page.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, executablePath, launchTimeout } from './scripts/chromium.mjs';

const worker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url), 'utf8');

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: launchTimeout + 30_000,
  // @tanstack/query-core reads process.env.NODE_ENV, which bundlers replace; unbundled test pages need it defined
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="pt-BR"><head><script>window.process = { env: { NODE_ENV: 'development' } };</script></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // papaparse ships only a UMD file, which bundlers (Vite, the host's) turn into a module and an
    // unbundled test page cannot import: give it the module wrapper a bundler would
    {
      name: 'papaparse-as-module',
      transform(context) {
        if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
        return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;` };
      },
    },
    // `executeServerCommand('double-click', { position, gap })`: the browser's own double click (the
    // second click has detail 2, `gap` ms after the first), which two separate sendMouse calls are
    // not on a loaded machine (more than the double-click interval apart, they are two clicks)
    {
      name: 'double-click-command',
      async executeCommand({ command, payload, session }) {
        if (command !== 'double-click') return undefined;
        const [x, y] = payload.position;
        const mouse = session.browser.getPage(session.id).mouse;
        // `gap`: ms between the two clicks, as a person's double click has (still a double click for the browser)
        await mouse.move(x, y);
        await mouse.down({ clickCount: 1 });
        await mouse.up({ clickCount: 1 });
        if (payload.gap) await sleep(payload.gap);
        await mouse.down({ clickCount: 2 });
        await mouse.up({ clickCount: 2 });
        return true;
      },
    },
  ],
  middleware: [
    function mswWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = worker;
        return;
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      // Every test page stays visible: a hidden page (a background tab) runs no animation frames,
      // ResizeObserver callbacks or scroll events, so anything virtualized or measured would hang.
      // So each page gets its own browser context (its own window: two pages as tabs of one window
      // leave one hidden), and tabs a test opens (a clicked target=_blank link) are closed at once.
      async createPage({ browser }) {
        const page = await (await browser.createBrowserContext()).newPage();
        page.on('popup', (popup) => popup?.close().catch(() => undefined));
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        timeout: launchTimeout,
        args: [
          ...chromiumArgs,
          // two test pages run at once: a page in the background must not have its timers and frames throttled
          '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
