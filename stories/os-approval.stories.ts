import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/os-approval/define.js';
import type { MeOsApproval } from '../src/modules/os-approval/me-os-approval.js';
import { injectFault, PROBLEM_BASE } from '../src/mocks/index.js';
import type { MePortal } from '../src/portal/me-portal.js';
import { apiUrl, FACTS, mockDb, mockLive, networkIdle, sentToApi } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

const ORG = FACTS.orgs.a;
const listPath = apiUrl('/organizations/:orgId/service-orders');
const decisionRe = /\/service-orders\/[^/]+\/decision$/;

async function approval(canvasElement: HTMLElement): Promise<MeOsApproval> {
  return findDeep<MeOsApproval>(canvasElement, 'me-os-approval');
}

const listOf = (el: MeOsApproval) => el.shadowRoot!.querySelector('me-data-list')!;
const rowsOf = (el: MeOsApproval) => [...(listOf(el)?.shadowRoot?.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)') ?? [])];
const rowOf = (el: MeOsApproval, number: string) => rowsOf(el).find((r) => r.textContent!.includes(number));
/** the org's pending orders in the list's order (deadline first), from the story's mock db */
const pending = () => mockDb().serviceOrders.get(ORG)!.filter((o) => o.status === 'pending')
  .sort((a, b) => (a.approvalDeadline ?? '').localeCompare(b.approvalDeadline ?? ''));

async function firstRows(el: MeOsApproval): Promise<void> {
  await waitFor(() => expect(rowsOf(el).length).toBeGreaterThan(0), { timeout: 5000 });
}

const meta = {
  title: 'Modules/OS approval (Aprovar OS)',
  component: 'me-os-approval',
  render: () => html`<me-os-approval></me-os-approval>`,
  // a story of this file opens a modal (a deep-linked drawer, an open dialog): on the docs page each story
  // renders in a frame of its own, so a modal covers that frame, never the whole docs page
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Ana (admin) sees the pending orders with hours, amount and deadline, and can decide them. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const [first] = pending();
    const row = rowOf(el, first!.number)!;
    expect(row.textContent).toContain(first!.consultant.name);
    expect(row.textContent).toContain('R$');
    expect(row.querySelector('button.os-approve')).not.toBeNull();
    expect(visibleText(el)).toContain(`Aprovar selecionadas (0)`);
  },
};

/** A member sees the orders but no decision buttons: only admins decide. */
export const AsMember: Story = {
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    expect(el.shadowRoot!.querySelector('me-submit-button.bulk-approve')).toBeNull();
    expect(rowsOf(el)[0]!.querySelector('button.os-approve')).toBeNull();
    expect(visibleText(el)).toContain('Somente administradores');
  },
};

/** The list request never answers: the list's busy skeleton. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(http.get(listPath, async () => { await delay('infinite'); return HttpResponse.json({}); }));
  },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await waitFor(() => expect(listOf(el)?.shadowRoot?.querySelector('[aria-busy=true]')).not.toBeNull());
    expect(rowsOf(el)).toHaveLength(0);
  },
};

/** Nothing awaits approval. */
export const Empty: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/v1/organizations/:orgId/service-orders', body: { items: [], page: 1, pageSize: 50, total: 0 }, times: Infinity }); },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await waitFor(() => expect(visibleText(listOf(el))).toContain('Nenhuma OS aguardando aprovação.'));
  },
};

/** The server fails once (500): an alert with a retry that recovers. */
export const ErrorWithRetry: Story = {
  // only the pending list fails: the history's counts (same path, `status=approved|rejected`) of this
  // story or of the one before it, still in flight, must not take the fault
  beforeEach: () => { injectFault({ method: 'GET', path: '/v1/organizations/:orgId/service-orders', query: { status: 'pending' }, status: 500, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    const retry = await waitFor(() => {
      const button = listOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part=state] button');
      expect(button).not.toBeNull();
      return button!;
    }, { timeout: 5000 });
    await userEvent.click(retry);
    await firstRows(el);
  },
};

/** The server refuses (403): a no-permission message without a retry. */
export const Forbidden: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/v1/organizations/:orgId/service-orders', status: 403, times: Infinity,
      body: { type: `${PROBLEM_BASE}forbidden`, title: 'Acesso negado', status: 403, detail: 'Seu perfil não permite ver as OS desta organização.' } });
  },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await waitFor(() => expect(listOf(el).shadowRoot!.querySelector('[data-kind=forbidden]')).not.toBeNull(), { timeout: 5000 });
    expect(visibleText(listOf(el))).toContain('Seu perfil não permite ver as OS desta organização.');
  },
};

/** A 200 whose items break the contract: the field is named. */
export const MalformedPayload: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/v1/organizations/:orgId/service-orders', body: { items: [{ id: 'x', number: 7 }], page: 1, pageSize: 50, total: 1 }, times: Infinity });
  },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await waitFor(() => expect(visibleText(listOf(el))).toMatch(/campo “items\.0\.number”/), { timeout: 5000 });
  },
};

/** Outside `<me-portal>`: says how to fix the page. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Componente não configurado');
  },
};

/** "Aprovar" on a row: one POST with an Idempotency-Key; the order leaves the list. */
export const ApproveOne: Story = {
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const [first] = pending();
    await userEvent.click(rowOf(el, first!.number)!.querySelector('button.os-approve')!);
    await waitFor(() => expect(rowOf(el, first!.number)).toBeUndefined(), { timeout: 5000 });
    await networkIdle();
    expect(sentToApi('POST', decisionRe)).toHaveLength(1);
    expect(sentToApi('POST', decisionRe)[0]!.headers.get('Idempotency-Key')).toBeTruthy();
  },
};

/** A double click on "Aprovar" while the server is slow: still one decision. */
export const DoubleClickSendsOne: Story = {
  beforeEach: () => { injectFault({ method: 'POST', path: '/v1/organizations/:orgId/service-orders/:id/decision', delayMs: 400 }); },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const [first] = pending();
    await userEvent.dblClick(rowOf(el, first!.number)!.querySelector('button.os-approve')!);
    await waitFor(() => expect(rowOf(el, first!.number)).toBeUndefined(), { timeout: 5000 });
    await networkIdle();
    expect(sentToApi('POST', decisionRe)).toHaveLength(1);
  },
};

/** The network fails once: the row says so; "Aprovar" again reuses the decision's Idempotency-Key. */
export const RetryAfterNetworkError: Story = {
  beforeEach: () => { injectFault({ method: 'POST', path: '/v1/organizations/:orgId/service-orders/:id/decision', status: 0 }); },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const [first] = pending();
    await userEvent.click(rowOf(el, first!.number)!.querySelector('button.os-approve')!);
    await waitFor(() => expect(rowOf(el, first!.number)!.textContent).toContain('Sem conexão'), { timeout: 5000 });
    await userEvent.click(rowOf(el, first!.number)!.querySelector('button.os-approve')!);
    await waitFor(() => expect(rowOf(el, first!.number)).toBeUndefined(), { timeout: 5000 });
    const keys = sentToApi('POST', decisionRe).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  },
};

/** "Rejeitar" asks for a reason: an empty one is refused before anything is sent; a valid one rejects. */
export const RejectWithReason: Story = {
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const [first] = pending();
    await userEvent.click(rowOf(el, first!.number)!.querySelector('button.os-reject')!);
    const field = el.shadowRoot!.querySelector('me-field')!;
    const submit = el.shadowRoot!.querySelector('me-submit-button.reject-submit')!.shadowRoot!.querySelector('button')!;
    await userEvent.click(submit);
    await waitFor(() => expect(field.error).toBe('Preencha este campo.'));
    expect(sentToApi('POST', decisionRe)).toHaveLength(0);
    await userEvent.type(field.shadowRoot!.querySelector('textarea')!, 'Horas acima do combinado na proposta.');
    await userEvent.click(submit);
    await waitFor(() => expect(rowOf(el, first!.number)).toBeUndefined(), { timeout: 5000 });
    expect(sentToApi('POST', decisionRe)).toHaveLength(1);
  },
};

/** Someone decided the order meanwhile (409): the server's detail, who decided and when. */
export const DecidedElsewhere: Story = {
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const [first] = pending();
    const record = mockDb().serviceOrders.get(ORG)!.find((o) => o.id === first!.id)!;
    record.status = 'approved';
    record.decision = { by: { id: 'usr-carlos', name: 'Carlos Eduardo Lima', email: 'carlos@example.com' }, at: '2026-11-28T10:00:00-03:00' };
    await userEvent.click(rowOf(el, first!.number)!.querySelector('button.os-approve')!);
    await waitFor(() => expect(visibleText(el)).toContain('Decidida por Carlos Eduardo Lima'), { timeout: 5000 });
    expect(visibleText(el)).toContain('já foi aprovada');
  },
};

/** Three selected, one decided elsewhere: one bulk POST, "2 aprovadas, 1 não pôde ser decidida". */
export const BulkApprovePartial: Story = {
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const [a, b, c] = pending();
    for (const order of [a, b, c]) await userEvent.click(rowOf(el, order!.number)!.querySelector('input.check-input')!);
    const record = mockDb().serviceOrders.get(ORG)!.find((o) => o.id === b!.id)!;
    record.status = 'approved';
    record.decision = { by: { id: 'usr-carlos', name: 'Carlos Eduardo Lima', email: 'carlos@example.com' }, at: '2026-11-28T10:00:00-03:00' };
    await userEvent.click(el.shadowRoot!.querySelector('me-submit-button.bulk-approve')!.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(visibleText(el)).toContain('2 aprovadas, 1 não pôde ser decidida'), { timeout: 5000 });
    expect(sentToApi('POST', `/v1/organizations/${ORG}/service-orders/decisions`)).toHaveLength(1);
  },
};

/** The history tab: decided orders with who, when and why. */
export const History: Story = {
  render: () => html`<me-os-approval tab="history"></me-os-approval>`,
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    expect(rowsOf(el)[0]!.textContent).toContain('Aprovada');
  },
};

/** A deep link to a rejected order: the drawer with its entries and the reason. */
export const DeepLinkDetail: Story = {
  render: () => html`<me-os-approval order-id=${FACTS.serviceOrders.rejected}></me-os-approval>`,
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part=detail]')).not.toBeNull(), { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part=detail] table.entries')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('[part=detail] .decision')!.textContent).toMatch(/Rejeitada por/);
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    expect(visibleText(el)).toContain('Approve service orders');
    expect(rowsOf(el)[0]!.querySelector('button.os-approve')!.textContent!.trim()).toBe('Approve');
  },
};

/** Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    expect(rowsOf(el)[0]!.querySelector('button.os-approve')!.textContent!.trim()).toBe('Aprobar');
  },
};

/** Live updates: a colleague approves an order while the list is open — it leaves the pending list, and a note says who decided it and when. */
export const DecidedByColleagueLive: Story = {
  play: async ({ canvasElement }) => {
    const el = await approval(canvasElement);
    await firstRows(el);
    const portal = el.closest<MePortal>('me-portal')!;
    await waitFor(() => expect(portal.liveUpdates?.stream.state).toBe('open'), { timeout: 8000 });
    const order = pending()[0]!;
    mockLive().decideElsewhere(order.id, 'approve');
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~=elsewhere]')).not.toBeNull(), { timeout: 8000 });
    expect(visibleText(el.shadowRoot!.querySelector('[part~=elsewhere]')!)).toMatch(new RegExp(`A OS ${order.number} foi aprovada por .+ e saiu da lista de pendentes\\.`));
    await waitFor(() => expect(rowOf(el, order.number)).toBeUndefined(), { timeout: 8000 });
  },
};
