import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/modules/tickets/define.js';
import { clearFaults, injectFault } from '../src/mocks/index.js';
import { apiUrl, FACTS, mockDb, sentToApi } from './support/mock-api.js';
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
  // a story of this file opens a modal (a deep-linked drawer, an open dialog): on the docs page each story
  // renders in a frame of its own, so a modal covers that frame, never the whole docs page
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta<{ tab?: string; ticketId?: string }>;

export default meta;
type Story = StoryObj<{ tab?: string; ticketId?: string }>;

/** The loaded rows a data list shows, in order: the text of each cell. */
function shownRows(list: HTMLElement): string[][] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)')]
    .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
    .map((row) => [...row.querySelectorAll('[part=cell]')].map((cell) => visibleText(cell)));
}

/** `GET /v1/tickets` as the demo user, straight from the mock API (what the tab counts should say). */
async function ticketTotal(query: string): Promise<number> {
  const response = await fetch(apiUrl(`/tickets?${query}&pageSize=1`), { headers: { Authorization: 'Bearer demo-token' } });
  return ((await response.json()) as { total: number }).total;
}

/** Ana's own requests, with counts per tab and the full toolbar. */
export const Mine: Story = {
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain(OPEN_SUBJECT), { timeout: 5000 });
    const list = await findDeep<HTMLElement>(el.shadowRoot!, 'me-data-list');
    // Ana's own: every row on screen is hers (the requester column)
    const rows = shownRows(list);
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((cells) => cells[5]))).toEqual(new Set(['Ana Beatriz Carvalho']));
    // counts per tab, as the API counts them
    const org = FACTS.orgs.a;
    const [mine, cc, all] = await Promise.all([
      ticketTotal(`scope=mine&organizationId=${org}`), ticketTotal(`scope=cc&organizationId=${org}`), ticketTotal(`scope=organization&organizationId=${org}`),
    ]);
    const tabs = await findDeep<HTMLElement>(el.shadowRoot!, 'me-tabs');
    // a tab is named by its label and its count: "Minhas (340)"
    const named = (label: string, count: number) => new RegExp(`^${label}\\s*\\(${count.toLocaleString('pt-BR').replace('.', '\\.')}\\)$`);
    await waitFor(() => expect(shadow(tabs).getByRole('tab', { name: named('Minhas', mine) })).toBeVisible());
    await waitFor(() => expect(shadow(tabs).getByRole('tab', { name: named('Em cópia', cc) })).toBeVisible());
    await waitFor(() => expect(shadow(tabs).getByRole('tab', { name: named('Da organização', all) })).toBeVisible());
    // the full toolbar: search, status, priority, product and opened dates
    const ticketList = await findDeep<HTMLElement>(el.shadowRoot!, 'me-ticket-list');
    const toolbar = ticketList.shadowRoot!.querySelector('me-toolbar')!;
    expect(toolbar.querySelector('me-search-field')).toHaveAttribute('label', 'Buscar por número, assunto ou texto');
    expect([...toolbar.querySelectorAll('me-select')].map((select) => select.getAttribute('label'))).toEqual(['Status', 'Prioridade', 'Produto']);
    expect(toolbar.querySelector('me-date-range')).toHaveAttribute('label', 'Aberta entre');
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
    const list = await findDeep<HTMLElement>(el.shadowRoot!, 'me-data-list');
    await waitFor(() => expect(visibleText(list)).toContain('O servidor enviou dados em um formato inesperado (campo “items”).'), { timeout: 5000 });
    const retry = shadow(list).getByRole('button', { name: 'Tentar novamente' });
    expect(retry).toBeVisible();
    // the retry works once the server answers properly again
    clearFaults();
    await userEvent.click(retry);
    await waitFor(() => expect(visibleText(list)).toContain(OPEN_SUBJECT), { timeout: 5000 });
    expect(visibleText(list)).not.toContain('formato inesperado');
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

/**
 * The server fails (500) for the list's first page, the first request of the widget (the other
 * tabs' counts wait for the first view): an alert with a retry that recovers.
 */
export const ErrorWithRetry: Story = {
  // only the first page (`pageSize=100`) fails, not a count (`pageSize=1`) still in flight from the story before
  beforeEach: () => { injectFault({ method: 'GET', path: '/tickets', query: { pageSize: '100' }, status: 500, times: 1 }); },
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
    const closed = mockDb().ticket(FACTS.tickets.closed)!;
    expect(closed.productId && closed.module).toBeTruthy();
    const el = await tickets(canvasElement);
    const detail = await drawerDetail(el);
    await userEvent.click(shadow(detail).getByRole('button', { name: 'Abrir nova solicitação' }));
    const form = await findDeep<HTMLElement>(detail.shadowRoot!, 'me-ticket-new');
    await waitFor(() => expect(visibleText(form)).toContain(`Continuação da solicitação ${closed.number}, já encerrada.`));
    const control = async (name: string) => {
      const field = await findDeep<HTMLElement>(form.shadowRoot!, `me-field[name="${name}"]`);
      return field.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
    };
    await waitFor(async () => expect((await control('productId')).value).toBe(closed.productId));
    expect((await control('module')).value).toBe(closed.module);
    expect((await control('subject')).value).toBe(`Continuação da ${closed.number}: ${closed.subject}`);
  },
};

/**
 * "Nova solicitação" with solutions suggested while the subject is typed: after a pause in the
 * typing, up to 5 for the chosen product's line appear under the field (announced once), each
 * opening in place without losing the form; "Isso resolveu" closes it (`me-solution-deflected`).
 */
export const NewRequestWithSuggestions: Story = {
  play: async ({ canvasElement }) => {
    const el = await tickets(canvasElement);
    await userEvent.click(await shadow(el).findByRole('button', { name: 'Nova solicitação' }));
    const form = await findDeep<HTMLElement>(el.shadowRoot!, 'me-ticket-new');
    const control = <C extends Element>(name: string, selector: string) =>
      waitFor(() => {
        const found = form.shadowRoot!.querySelector(`me-field[name="${name}"]`)?.shadowRoot?.querySelector<C>(selector);
        if (!found) throw new Error(`no ${name} yet`);
        return found;
      }, { timeout: 5000 });
    await userEvent.selectOptions(await control<HTMLSelectElement>('productId', 'select'), FACTS.products.inUse); // Protheus
    await userEvent.type(await control<HTMLInputElement>('subject', 'input'), 'Erro ao transmitir NF-e: rejeição 539', { delay: 60 });
    const suggestions = await findDeep<HTMLElement>(form.shadowRoot!, 'me-ticket-suggestions');
    const region = await shadow(suggestions).findByRole('region', { name: 'Soluções que podem ajudar' }, { timeout: 5000 });
    const links = within(region).getAllByRole('button');
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThanOrEqual(5);
    expect(visibleText(links[0]!)).toContain('rejeição 539');
    await waitFor(() => expect(suggestions.shadowRoot!.querySelector('[role=status]')).toHaveTextContent(/podem? ajudar/));
    // typed at a person's pace: a few requests, the last one for the whole subject and the product's line
    const asked = sentToApi('GET', '/v1/solutions/suggestions').map((request) => new URL(request.url).searchParams);
    expect(asked.length).toBeLessThanOrEqual(3);
    expect(asked.at(-1)!.get('q')).toBe('Erro ao transmitir NF-e: rejeição 539');
    expect(asked.at(-1)!.get('productLineId')).toBe('protheus');
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
