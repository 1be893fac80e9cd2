// Browser tests: headless Debian Chromium (never a downloaded browser), TS through esbuild,
// and the committed MSW worker served from "/" so its scope covers the test page.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const worker = readFileSync(new URL('./public/mockServiceWorker.js', import.meta.url), 'utf8');

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  // @tanstack/query-core reads process.env.NODE_ENV, which bundlers replace; unbundled test pages need it defined
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="pt-BR"><head><script>window.process = { env: { NODE_ENV: 'development' } };</script></head>
    <body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
          // two test pages run at once: a page in the background must not have its timers and frames throttled
          '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
