/**
 * The demo backend: the bundled mock API (MSW in the browser) with a realistic latency, then
 * the elements (the npm entries, from the sources). A real host skips the first line and points
 * `api-base` at its backend. Used by the intranet, full-portal and strict-CSP pages.
 */
import { FACTS, startMockApi } from '../src/mocks/index.js';
import { hostText, initLocale } from './locale.js';

const api = await startMockApi({ latencyMs: 300, quiet: true });
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

// "Simular": what happens elsewhere, through the mock API's live control (the widgets learn it
// from GET /v1/events, as they would from the real backend)
const status = document.querySelector<HTMLElement>('#simulate-status');
const say = (text: string) => {
  if (status) status.textContent = text;
};
const attempt = (action: () => string) => () => {
  try {
    say(action());
  } catch (error) {
    say(hostText('simulatedFailed', { reason: error instanceof Error ? error.message : String(error) }));
  }
};
document.querySelector('#simulate-reply')?.addEventListener('click', attempt(() => {
  // the ticket open in <me-tickets>, else the pinned open ticket of the organization
  const open = (document.querySelector('me-tickets') as (HTMLElement & { ticketId?: string }) | null)?.ticketId;
  const ticketId = open || FACTS.tickets.open;
  api.live.agentReply(ticketId);
  return hostText('simulatedReply', { number: `#${api.db.ticket(ticketId)?.number ?? ticketId}` });
}));
document.querySelector('#simulate-decision')?.addEventListener('click', attempt(() => {
  // the first pending order as the list shows it (newest sent first), decided by a colleague
  const pending = (api.db.serviceOrders.get(FACTS.orgs.a) ?? []).filter((s) => s.status === 'pending')
    .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0))[0];
  if (!pending) return hostText('simulatedNothing');
  api.live.decideElsewhere(pending.id, 'approve');
  return hostText('simulatedDecision', { name: pending.decision?.by.name ?? '', number: pending.number });
}));

for (const type of ['me-session-expired', 'me-organization-change', 'me-locale-change', 'me-navigate', 'me-error', 'me-ticket-created', 'me-ticket-opened', 'me-ticket-updated'] as const) {
  portal.addEventListener(type, (event) => console.info(`[demo] ${type}`, event.detail));
}
