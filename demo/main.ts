/**
 * The demo backend: the bundled mock API (MSW in the browser) with a realistic latency, then
 * the elements (the npm entries, from the sources). A real host skips the first line and points
 * `api-base` at its backend. Used by the intranet, full-portal and strict-CSP pages.
 */
import { startMockApi } from '../src/mocks/index.js';
import { initLocale } from './locale.js';

await startMockApi({ latencyMs: 300, quiet: true });
await import('../src/index.js');
await import('../src/portal/me-admins-notice.js');

const portal = document.querySelector('me-portal')!;
initLocale(portal);

// a module that the registry lists but the page has no section for yet stays out; one the page
// has a section for (hidden) shows once the registry has it
const { modules } = await import('../src/modules/registry.js');
for (const section of document.querySelectorAll<HTMLElement>('[data-module]')) {
  const entry = modules.find((m) => m.tag === section.dataset.module);
  if (!entry) continue;
  await entry.load();
  section.hidden = false;
}

for (const type of ['me-session-expired', 'me-organization-change', 'me-locale-change', 'me-navigate', 'me-error', 'me-ticket-created', 'me-ticket-opened', 'me-ticket-updated'] as const) {
  portal.addEventListener(type, (event) => console.info(`[demo] ${type}`, event.detail));
}
