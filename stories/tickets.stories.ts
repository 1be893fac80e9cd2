import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/tickets/define.js';
import { injectFault } from '../src/mocks/index.js';
import { apiUrl, FACTS } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

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

/** The list request never answers: skeleton rows, a busy grid and a polite "Carregando…". */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(http.get(apiUrl('/tickets'), async ({ request }) => {
      if (new URL(request.url).searchParams.get('pageSize') === '1') return undefined; // the tab counts answer
      await delay('infinite');
      return HttpResponse.json({});
    }));
  },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    const list = await findDeep<HTMLElement>(el.shadowRoot!, 'me-data-list');
    await waitFor(() => expect(list.shadowRoot!.querySelector('[role=grid]')).toHaveAttribute('aria-busy', 'true'));
    expect(list.shadowRoot!.querySelector('.placeholder')).not.toBeNull();
    await waitFor(() => expect(visibleText(list.shadowRoot!.querySelector('[role=status]')!)).toBe('Carregando…'));
  },
};

/** No request matches the filters: the empty message, with the way out (clear filters). */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain(OPEN_SUBJECT), { timeout: 5000 });
    const search = await findDeep<HTMLElement>(el.shadowRoot!, 'me-search-field');
    await userEvent.type(search.shadowRoot!.querySelector('input')!, 'nenhum chamado com este texto{Enter}');
    const list = await findDeep<HTMLElement>(el.shadowRoot!, 'me-data-list');
    await waitFor(() => expect(visibleText(list)).toContain('Nenhum resultado'), { timeout: 5000 });
    const ticketList = await findDeep<HTMLElement>(el.shadowRoot!, 'me-ticket-list');
    expect(shadow(ticketList).getByRole('button', { name: 'Limpar filtros' })).toBeVisible();
  },
};

/** The server fails (500) for the counts and the list: an alert with a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/tickets', status: 500, times: 4 }); },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    const list = await findDeep<HTMLElement>(el.shadowRoot!, 'me-data-list');
    const retry = await waitFor(() => {
      const button = [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Tentar novamente'));
      expect(button).toBeDefined();
      return button!;
    }, { timeout: 5000 });
    expect(visibleText(list)).toContain('Não foi possível carregar os dados.');
    await userEvent.click(retry);
    await waitFor(() => expect(visibleText(el)).toContain(OPEN_SUBJECT), { timeout: 5000 });
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

/** The open `<me-ticket-detail>` in the drawer of `<me-tickets>`, once the ticket (not a state block) shows. */
async function drawerDetail(el: HTMLElement) {
  const drawer = await findDeep<HTMLElement>(el.shadowRoot!, 'me-drawer');
  await waitFor(() => expect(drawer.shadowRoot!.querySelector('dialog')?.open).toBe(true));
  const detail = await findDeep<HTMLElement>(el.shadowRoot!, 'me-drawer > me-ticket-detail');
  await waitFor(() => expect(detail.shadowRoot?.querySelector('[part=ticket]')).toBeTruthy());
  return detail;
}

/**
 * A deep link (`ticket-id`): the list with that ticket's detail open in the drawer (its code
 * loads on first use). An earlier version of this story was dropped because "the detail never
 * appeared": the detail did appear; what failed was axe (the list's and the drawer's `<header>`s
 * were two page banners — fixed in the product).
 */
export const DeepLinkedTicket: Story = {
  args: { ticketId: FACTS.tickets.open },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    const detail = await drawerDetail(el);
    expect(detail).toHaveAttribute('ticket-id', FACTS.tickets.open);
    const heading = detail.shadowRoot!.querySelector('h2')!;
    expect(visibleText(heading)).toContain('SPED Fiscal');
    expect(visibleText(detail)).toContain(OPEN_SUBJECT);
    expect(visibleText(detail)).toContain('Marcar como resolvida');
    // the list is still there behind the drawer
    await waitFor(() => expect(visibleText(el.shadowRoot!.querySelector('me-ticket-list')!)).toContain(OPEN_SUBJECT));
  },
};

/** A closed ticket opened in the drawer: read only, with the way forward and the rating still open. */
export const ClosedTicketOpen: Story = {
  args: { ticketId: FACTS.tickets.closed },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    const detail = await drawerDetail(el);
    expect(detail).toHaveAttribute('ticket-id', FACTS.tickets.closed);
    const text = visibleText(detail);
    expect(text).toContain('Dúvida sobre prazo de atividades no workflow de compras');
    expect(text).toContain('Encerrado');
    expect(text).toContain('Esta solicitação está encerrada e não recebe novas respostas.');
    expect(text).toContain('Se ainda precisar de ajuda, abra uma nova solicitação.');
    expect(text).toContain('Como foi o atendimento desta solicitação?');
    expect(detail.shadowRoot!.querySelector('.reply')).toBeNull();
    expect(detail.shadowRoot!.querySelector('button.solve')).toBeNull();
    expect(shadow(detail).getByRole('button', { name: 'Abrir nova solicitação' })).toBeVisible();
  },
};

/** "Abrir nova solicitação" on a closed ticket: the form starts from its product, module and subject. */
export const ClosedTicketFollowUp: Story = {
  args: { ticketId: FACTS.tickets.closed },
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    const detail = await drawerDetail(el);
    await userEvent.click(shadow(detail).getByRole('button', { name: 'Abrir nova solicitação' }));
    const form = await findDeep<HTMLElement>(detail.shadowRoot!, 'me-ticket-new');
    await waitFor(() => expect(visibleText(form)).toContain('já encerrada'));
    const subject = await findDeep<HTMLInputElement>(form.shadowRoot!, 'me-field[name="subject"]');
    await waitFor(() => expect(subject.shadowRoot!.querySelector('input')!.value).toMatch(/^Continuação da .+: Dúvida sobre prazo/));
  },
};

/**
 * The module inside `<me-portal layout="full">`: the portal's header and menu with "Minhas
 * solicitações" current, and the tickets list in the main area (the hash is faked so the story
 * never touches the Storybook frame's URL).
 */
export const FullLayout: Story = {
  parameters: {
    portal: {
      layout: 'full',
      services: { getHash: () => '/tickets', setHash: () => undefined, onHashChange: () => () => undefined },
    },
  },
  // the full layout renders its own modules: nothing goes in the portal's slot
  render: () => html``,
  play: async ({ canvasElement }) => {
    const portal = await findDeep<HTMLElement>(canvasElement, 'me-portal');
    const layout = await findDeep<HTMLElement>(portal.shadowRoot!, 'me-portal-layout');
    const nav = await waitFor(() => {
      const found = layout.shadowRoot!.querySelector('nav');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(nav).toHaveAttribute('aria-label', 'Menu do Meu Espaço');
    expect(nav).toBeVisible();
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => visibleText(link))).toEqual(expect.arrayContaining(['Minhas solicitações', 'Dados cadastrais']));
    const current = links.find((link) => link.getAttribute('aria-current') === 'page')!;
    expect(visibleText(current)).toBe('Minhas solicitações');
    const main = layout.shadowRoot!.querySelector('main')!;
    expect(main).toHaveAttribute('aria-label', 'Minhas solicitações');
    expect(visibleText(layout.shadowRoot!.querySelector('header')!)).toContain('Meu Espaço');
    const list = await findDeep<HTMLElement>(main, 'me-tickets');
    await waitFor(() => expect(visibleText(list)).toContain(OPEN_SUBJECT));
    expect(visibleText(list.shadowRoot!.querySelector('h2')!)).toBe('Minhas solicitações');
  },
};
