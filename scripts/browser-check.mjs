// `npm test`'s first browser step: starts Chromium exactly as web-test-runner does (puppeteer-core,
// the same flags) and loads a page, up to three times. It warms the new browser's caches, and when
// Chromium cannot start it says so once, with what Chromium printed, instead of 51 test files each
// failing with "Timed out … waiting for the WS endpoint URL".
import { performance } from 'node:perf_hooks';
import { launch } from 'puppeteer-core';
import { chromiumArgs, executablePath, launchTimeout } from './chromium.mjs';

const attempts = 3;
for (let attempt = 1; attempt <= attempts; attempt++) {
  const started = performance.now();
  let browser;
  try {
    browser = await launch({ executablePath, headless: true, args: chromiumArgs, timeout: launchTimeout, dumpio: attempt === attempts });
    const page = await browser.newPage();
    await page.setContent('<p>ok</p>');
    const text = await page.$eval('p', (p) => p.textContent);
    if (text !== 'ok') throw new Error(`the page showed ${JSON.stringify(text)}`);
    console.log(`${await browser.version()} started and rendered a page in ${Math.round(performance.now() - started)} ms (attempt ${attempt})`);
    await browser.close();
    process.exit(0);
  } catch (error) {
    console.error(`Chromium (${executablePath}) did not start, attempt ${attempt}/${attempts}, after ${Math.round(performance.now() - started)} ms: ${error instanceof Error ? error.message : error}`);
    await browser?.close().catch(() => undefined);
  }
}
console.error('Chromium cannot start on this machine: the browser tests cannot run. What it printed is above.');
process.exit(1);
