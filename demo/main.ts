/**
 * The demo backend: the bundled mock API (MSW in the browser) with a realistic latency, then
 * the elements. A real host skips the first two lines and points `api-base` at its backend.
 */
import { startMockApi } from '../src/mocks/index.js';

await startMockApi({ latencyMs: 300, quiet: true });
await import('../src/index.js');
await import('../src/portal/me-admins-notice.js');

const portal = document.querySelector('me-portal')!;
document.querySelector<HTMLSelectElement>('#locale')?.addEventListener('change', (event) => {
  portal.locale = (event.target as HTMLSelectElement).value;
});
for (const type of ['me-session-expired', 'me-organization-change', 'me-navigate', 'me-error', 'me-ticket-created', 'me-ticket-opened', 'me-ticket-updated'] as const) {
  portal.addEventListener(type, (event) => console.info(`[demo] ${type}`, event.detail));
}
