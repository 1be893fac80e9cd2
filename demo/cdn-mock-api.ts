/**
 * The CDN page's demo backend — the CDN file has no mocks: the package's mock API (here from
 * the sources, served by the demo's Vite; a static host bundles `meu-espaco/mocks` the same way,
 * see scripts/pack/host/cdn-mock-api.js), and the page's language switcher.
 *
 * The CDN script, the page's next module script, does not wait for this one: its `GET /v1/me`
 * leaves before the mock worker is active and would reach the dev server. So requests made until
 * the worker is active wait for it; then `fetch` is the browser's own again.
 */
import { startMockApi } from '../src/mocks/index.js';
import { initLocale } from './locale.js';

const browserFetch = window.fetch;
const ready = startMockApi({ latencyMs: 300, quiet: true });
window.fetch = async (...args) => {
  await ready;
  return browserFetch.apply(window, args);
};
await ready;
window.fetch = browserFetch;

// the language switcher, on the CDN's <me-portal> (an attribute: no class needed)
const start = () => initLocale(document.querySelector('me-portal')!);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
