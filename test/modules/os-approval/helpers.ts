/** Shared by the <me-os-approval> tests: mounting, rows, and the mock db's orders. */
import { html, waitUntil } from '@open-wc/testing';
import '../../../src/modules/os-approval/define.js';
import type { MeOsApproval } from '../../../src/modules/os-approval/me-os-approval.js';
import { defaultBrowserServices, type BrowserServices } from '../../../src/core/browser.js';
import type { ServiceOrder } from '../../../src/core/schemas/service-orders.js';
import { FACTS, renderPortal, sent, type useMockApi } from '../../helpers/portal.js';

type MockApi = ReturnType<ReturnType<typeof useMockApi>>;

export const ORG = FACTS.orgs.a;
export const decisionPath = (id: string) => `/v1/organizations/${ORG}/service-orders/${id}/decision`;
export const bulkPath = `/v1/organizations/${ORG}/service-orders/decisions`;
export const listPath = `/v1/organizations/${ORG}/service-orders`;

export async function renderApproval(options: { token?: string; tab?: string; orderId?: string; services?: BrowserServices; timeout?: number; organizationId?: string } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} .services=${options.services ?? defaultBrowserServices}
    timeout=${options.timeout ?? 30000} organization-id=${options.organizationId ?? ''}>
    <me-os-approval style="width: 1100px" tab=${options.tab ?? 'pending'} order-id=${options.orderId ?? ''}></me-os-approval></me-portal>`);
  const el = portal.querySelector<MeOsApproval>('me-os-approval')!;
  return { portal, el };
}

export const list = (el: MeOsApproval) => el.shadowRoot!.querySelector('me-data-list')!;
export const rows = (el: MeOsApproval) => [...(list(el)?.shadowRoot?.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)') ?? [])];
export const rowOf = (el: MeOsApproval, number: string) => rows(el).find((r) => r.textContent!.includes(number));

export async function waitForRows(el: MeOsApproval, min = 1): Promise<void> {
  await waitUntil(() => rows(el).length >= min, `the list never showed ${min} rows`, { timeout: 6000 });
}

/** The org's pending orders in the list's default order (deadline first). */
export async function pendingOrders(): Promise<ServiceOrder[]> {
  const response = await fetch(`/api${listPath}?status=pending&sort=approvalDeadline&pageSize=100`, { headers: { Authorization: 'Bearer demo-token' } });
  return ((await response.json()) as { items: ServiceOrder[] }).items;
}

/** Another admin (Carlos) decides an order in the mock db: the widget's next decision on it is a 409. */
export function decideElsewhere(api: MockApi, id: string, status: 'approved' | 'rejected' = 'approved'): { name: string } {
  const order = api.db.serviceOrders.get(ORG)!.find((o) => o.id === id)!;
  const by = api.db.person('usr-carlos')!;
  order.status = status;
  order.decision = { by: { id: by.id, name: by.name, email: by.email }, at: '2026-11-28T10:00:00-03:00', ...(status === 'rejected' ? { reason: 'Rejeitada por outro administrador.' } : {}) };
  return { name: by.name };
}

export const keysOf = (requests: Request[]) => requests.map((r) => r.headers.get('Idempotency-Key'));
export const decisionPosts = (id?: string) => sent('POST', id ? decisionPath(id) : /\/service-orders\/[^/]+\/decision$/);
