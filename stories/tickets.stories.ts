import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/modules/tickets/define.js';
import { injectFault } from '../src/mocks/index.js';
import { FACTS } from './support/mock-api.js';
import { findDeep, visibleText } from './support/shadow.js';

const OPEN_SUBJECT = 'SPED Fiscal: bloco C190 com valores divergentes em outubro';

async function tickets(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-tickets');
}

const meta = {
  title: 'Modules/Tickets (Minhas solicitações)',
  component: 'me-tickets',
  render: (args) => html`<me-tickets tab=${args.tab ?? 'mine'} ticket-id=${args.ticketId ?? ''} style="--me-tickets-list-height: 480px"></me-tickets>`,
  args: { tab: 'mine', ticketId: '' },
} satisfies Meta<{ tab?: string; ticketId?: string }>;

export default meta;
type Story = StoryObj<{ tab?: string; ticketId?: string }>;

/** Ana's own requests, with counts per tab and the full toolbar. */
export const Mine: Story = {
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain(OPEN_SUBJECT), { timeout: 5000 });
    expect(visibleText(el)).toContain('Da organização');
  },
};

/** The organization's 10,000 tickets in a virtual, server-paged list (admin only). */
export const Organization: Story = {
  args: { tab: 'organization' },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toMatch(/10\.000/), { timeout: 5000 });
  },
};

/** A member: no organization tab, and asking for it shows no-permission. */
export const MemberAskingForOrganization: Story = {
  args: { tab: 'organization' },
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Você não tem permissão'), { timeout: 5000 });
    expect(visibleText(el)).not.toContain('Da organização');
  },
};

/** The list failed with a malformed payload: an error naming the field, with retry. */
export const MalformedList: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/tickets', body: { items: 5, page: 1, pageSize: 100, total: 1 }, times: Infinity }); },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('formato inesperado'), { timeout: 5000 });
  },
};

/** Outside any portal: the configuration message. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Componente não configurado'));
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('My requests'), { timeout: 5000 });
  },
};
