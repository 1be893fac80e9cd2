/**
 * The live-updates bench (bench/live.ts): `<me-portal>` with the open ticket's detail on the mock API
 * (`?latency=` ms per request). Once the stream is open, an agent reply is made in the mock
 * (`api.live.agentReply`) `?replies=` times; each time, how long until the reply's text is in the
 * conversation and painted: the event on the stream, the batch (100 ms), the ticket's refetch, render.
 */
import { FACTS, startMockApi } from '../../src/mocks/index.js';
import '../../src/modules/tickets/ticket-detail.js';
import type { MePortal } from '../../src/portal/me-portal.js';
import { frame, hasText, tick } from '../page-support.js';

const params = new URLSearchParams(location.search);
const replies = Number(params.get('replies') ?? 5);
const api = await startMockApi({ latencyMs: Number(params.get('latency') ?? 0), quiet: true });
await import('../../src/portal/define.js');
const portal = document.querySelector<MePortal>('me-portal')!;
const detail = document.createElement('me-ticket-detail');
detail.setAttribute('ticket-id', FACTS.tickets.open);
portal.append(detail);

while (portal.liveUpdates?.stream.state !== 'open') await tick();
const times: number[] = [];
for (let i = 1; i <= replies; i++) {
  const text = `Resposta ${i} do atendente (bench).`;
  const start = performance.now();
  api.live.agentReply(FACTS.tickets.open, text);
  while (!detail.shadowRoot || !hasText(detail.shadowRoot, text)) await tick();
  await frame();
  times.push(performance.now() - start);
  await new Promise((resolve) => setTimeout(resolve, 300));
}
const result = { times, connections: api.live.connections().length };
declare global {
  interface Window {
    liveBench: typeof result;
  }
}
window.liveBench = result;
