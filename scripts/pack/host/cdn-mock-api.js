/* global window */
/**
 * The CDN page's demo backend: the package's mock API (`meu-espaco/mocks`, bundled with msw by
 * the host's Vite as a page entry of its own), next to the CDN file, which has no mocks.
 *
 * What a real host does: a page with a backend has only the CDN `<script>`; a page without one
 * (a static demo, a prototype) adds this script before it. The mock worker becomes active some
 * hundred milliseconds after this starts, while the CDN script — the next module script of the
 * page, which does not wait for this one's top-level await — asks `GET /v1/me` right away: that
 * request would reach the host server (404). So, like msw 1's `waitUntilReady`, requests made
 * before the worker is active wait for it; then `fetch` is the browser's own again.
 */
import { startMockApi } from 'meu-espaco/mocks';

const browserFetch = window.fetch;
const ready = startMockApi({ quiet: true });
window.fetch = async (...args) => {
  await ready;
  return browserFetch.apply(window, args);
};
await ready;
window.fetch = browserFetch;
