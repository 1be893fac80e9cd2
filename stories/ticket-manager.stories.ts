import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/ticket-manager/define.js';
import { injectFault } from '../src/mocks/index.js';
import { FACTS, sentToApi } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

async function manager(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-ticket-manager');
}

const listOf = (el: HTMLElement) => el.shadowRoot!.querySelector('me-ticket-list')!;
const dataListOf = (el: HTMLElement) => listOf(el).shadowRoot?.querySelector('me-data-list') ?? null;
const rowsOf = (el: HTMLElement) => [...(dataListOf(el)?.shadowRoot?.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)') ?? [])]
  .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));

async function rowsShown(el: HTMLElement, n = 3) {
  await waitFor(() => expect(rowsOf(el).length).toBeGreaterThanOrEqual(n), { timeout: 8000 });
}

const meta = {
  title: 'Modules/Ticket manager (Gerenciar solicitações)',
  component: 'me-ticket-manager',
  render: (args) => html`<me-ticket-manager ticket-id=${args.ticketId ?? ''} style="--me-tickets-list-height: 480px"></me-ticket-manager>`,
  args: { ticketId: '' },
  // a story of this file opens a modal (a deep-linked drawer, an open dialog): on the docs page each story
  // renders in a frame of its own, so a modal covers that frame, never the whole docs page
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta<{ ticketId?: string }>;

export default meta;
type Story = StoryObj<{ ticketId?: string }>;

/** Ana (admin of Metalúrgica Paulista, member of Rede Sabor do Sul): both organizations in one list. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await rowsShown(el);
    expect(visibleText(el)).toContain('Gerenciar solicitações');
    const request = sentToApi('GET', '/v1/tickets').map((r) => new URL(r.url).searchParams).find((q) => q.get('scope') === 'managed');
    expect(request).toBeDefined();
    expect(visibleText(dataListOf(el)!)).toContain('Organização');
  },
};

/** Two rows selected: the bar offers the admin actions over them. */
export const Selection: Story = {
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await rowsShown(el);
    const [first, second] = rowsOf(el);
    await userEvent.click(first!.querySelector('input[type=checkbox]')!);
    await userEvent.click(second!.querySelector('input[type=checkbox]')!);
    await waitFor(() => expect(visibleText(el.shadowRoot!.querySelector('[part=bulk]')!)).toContain('2 selecionadas'));
    await userEvent.click(shadow(el).getByRole('button', { name: 'Pessoas em cópia (2)' }));
    const action = await findDeep<HTMLElement>(el.shadowRoot!, 'me-ticket-bulk-action');
    await waitFor(() => expect(visibleText(action)).toContain('Remover da cópia'), { timeout: 5000 });
  },
};

/** The ticket open in the drawer, with the actions its organization's admins have. */
export const DrawerActions: Story = {
  args: { ticketId: FACTS.tickets.open },
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await waitFor(() => expect(shadow(el).getByRole('button', { name: 'Trocar solicitante' })).toBeVisible(), { timeout: 8000 });
    expect(shadow(el).getByRole('button', { name: 'Pessoas em cópia' })).toBeVisible();
  },
};

/** Results of a bulk change with a failure: the ticket the server refused stays selected. */
export const PartialFailure: Story = {
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await rowsShown(el);
    const rows = rowsOf(el).slice(0, 4);
    for (const row of rows) await userEvent.click(row.querySelector('input[type=checkbox]')!);
    const list = listOf(el) as unknown as { ticket(id: string): { id: string; organization: { id: string }; permissions: { canEditCcs: boolean } } | undefined; selectedKeys: Set<string> };
    await waitFor(() => expect(list.selectedKeys.size).toBe(4));
    const target = [...list.selectedKeys].map((id) => list.ticket(id)!).find((t) => t.organization.id === FACTS.orgs.a && t.permissions.canEditCcs);
    if (target) injectFault({ method: 'PUT', path: `/tickets/${target.id}/ccs`, status: 500 });
    await userEvent.click(shadow(el).getByRole('button', { name: 'Pessoas em cópia (4)' }));
    const action = await findDeep<HTMLElement>(el.shadowRoot!, 'me-ticket-bulk-action');
    const remove = await waitFor(() => {
      const select = [...action.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('me-select')].find((s) => s.label === 'Remover da cópia');
      expect(select).toBeDefined();
      return select!;
    }, { timeout: 5000 });
    await userEvent.click(remove.shadowRoot!.querySelector('button')!);
    await userEvent.click(remove.shadowRoot!.querySelector<HTMLElement>('[role=option]')!);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(shadow(action).getByRole('button', { name: /Aplicar em/ }));
    await waitFor(() => expect(visibleText(action)).toMatch(/solicitações alteradas/), { timeout: 8000 });
    expect(action.shadowRoot!.querySelectorAll('.results li.failed').length).toBeGreaterThan(0);
  },
};

/** Bruno, a member: the tickets without checkboxes or admin actions. */
export const AsMember: Story = {
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await rowsShown(el);
    expect(rowsOf(el)[0]!.querySelector('input[type=checkbox]')).toBeNull();
  },
};

/** While the first page is on its way. */
export const Loading: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/tickets', query: { scope: 'managed' }, delayMs: 600_000, times: Infinity }); },
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await waitFor(() => expect(dataListOf(el)?.shadowRoot?.querySelector('.skeleton, [aria-busy=true]')).toBeTruthy(), { timeout: 5000 });
  },
};

/** The first page fails once (500): the list's error and a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/tickets', query: { scope: 'managed', page: '1' }, status: 500, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    const retry = await waitFor(() => {
      const button = [...(dataListOf(el)?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.includes('Tentar novamente'));
      expect(button).toBeDefined();
      return button!;
    }, { timeout: 8000 });
    await userEvent.click(retry);
    await rowsShown(el);
  },
};

/** Outside `<me-portal>`: says how to fix the page. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('<me-portal api-base="…">');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Manage requests'), { timeout: 8000 });
  },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await manager(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Gestionar solicitudes'), { timeout: 8000 });
  },
};
