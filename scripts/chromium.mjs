// The one place that says how every browser check starts Debian's Chromium: web-test-runner
// (puppeteer), the story tests, the demo, docs-page and pack checks and the benches (Playwright).
// Never a downloaded browser.

/** The Chromium binary: `$CHROME_PATH`, else Debian's. */
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags for a headless run on a machine with a closed network: without the background-networking
 * flags Chromium's own connections are refused, many at a time, and it looks up Google's hosts at
 * every start.
 */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/**
 * How long a launch may take, in ms. Puppeteer's and Playwright's default is 30 s: a CI run once
 * lost every browser test file because the first start after `apt-get install chromium` on a
 * loaded machine took longer. A start normally takes under a second.
 */
export const launchTimeout = 120_000;
