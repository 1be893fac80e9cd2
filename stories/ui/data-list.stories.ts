import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../../src/ui/data-list/me-data-list.js';
import type { MeDataList } from '../../src/ui/data-list/me-data-list.js';
import type { Column, PageSource } from '../../src/ui/data-list/types.js';
import { fakeSource, makeTicketRows as tickets, type TicketRow } from '../../test/fixtures/ticket-rows.js';
import { findDeep, shadow, visibleText } from '../support/shadow.js';

type Ticket = TicketRow;

const byText = (key: keyof Ticket) => (a: Ticket, b: Ticket) => a[key].localeCompare(b[key], 'pt-BR');
const columns: Column<Ticket>[] = [
  { id: 'number', header: 'Número', cell: (t) => t.number, width: '7rem', sortable: true, compare: byText('number') },
  { id: 'subject', header: 'Assunto', cell: (t) => html`<strong>${t.subject}</strong>`, width: 'minmax(12rem, 3fr)', sortable: true, compare: byText('subject') },
  { id: 'status', header: 'Situação', cell: (t) => t.status, width: 'minmax(7rem, 1fr)', sortable: true, compare: byText('status') },
  { id: 'priority', header: 'Prioridade', cell: (t) => t.priority, width: 'minmax(6rem, 1fr)' },
  { id: 'product', header: 'Produto', cell: (t) => t.product, width: 'minmax(8rem, 1fr)', hideInCard: true },
  { id: 'updated', header: 'Atualizado em', cell: (t) => t.updated, width: '8rem', align: 'end', cardLabel: 'Atualizado' },
];

const activated = fn();
const sorted = fn();
const selected = fn();

interface Args {
  items?: Ticket[];
  source?: PageSource<Ticket>;
  selectable?: boolean;
  loading?: boolean;
  width?: string;
}

const meta = {
  title: 'UI/Data list',
  component: 'me-data-list',
  beforeEach: () => { activated.mockClear(); sorted.mockClear(); selected.mockClear(); },
  render: (args) => html`<div style="max-width: ${args.width ?? '100%'}">
    <me-data-list style="height: 420px" label="Chamados" .columns=${columns} .rowKey=${(t: Ticket) => t.id}
      .items=${args.items ?? []} .source=${args.source} ?selectable=${args.selectable} ?loading=${args.loading}
      @me-row-activate=${(e: CustomEvent) => activated(e.detail)} @me-sort-change=${(e: CustomEvent) => sorted(e.detail)}
      @me-selection-change=${(e: CustomEvent) => selected(e.detail)}></me-data-list>
  </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function list(canvasElement: HTMLElement) {
  const element = await findDeep<MeDataList<Ticket>>(canvasElement, 'me-data-list');
  return { element, view: shadow(element), grid: await shadow(element).findByRole('grid', { name: 'Chamados' }) };
}
const row = (element: HTMLElement, index: number) => element.shadowRoot!.querySelector<HTMLElement>(`[role=row][data-index="${index}"]`);

/** 25 tickets in client mode: a grid with one tab stop; Enter on a row opens it (`me-row-activate`). */
export const Default: Story = {
  args: { items: tickets(25) },
  play: async ({ canvasElement }) => {
    const { element, view, grid } = await list(canvasElement);
    expect(grid).toHaveAttribute('aria-rowcount', '26');
    expect(view.getAllByRole('columnheader').map((h) => h.textContent!.trim().replace(/\s+/g, ' '))).toEqual(['Número▲', 'Assunto▲', 'Situação▲', 'Prioridade', 'Produto', 'Atualizado em']);
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('25 resultados'));
    row(element, 0)!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(activated).toHaveBeenCalledWith(expect.objectContaining({ key: 'tk-3', index: 2 }));
  },
};

/** 10,000 rows: only the rows on screen are in the DOM; End jumps to the last one. */
export const TenThousandRows: Story = {
  args: { items: tickets(10_000) },
  play: async ({ canvasElement }) => {
    const { element, grid } = await list(canvasElement);
    expect(grid).toHaveAttribute('aria-rowcount', '10001');
    expect(element.shadowRoot!.querySelectorAll('*').length).toBeLessThan(500);
    row(element, 0)!.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(visibleText(row(element, 9_999)!)).toContain('(10000)'));
    expect(element.shadowRoot!.activeElement).toBe(row(element, 9_999));
  },
};

let server = fakeSource(10_000, tickets, { delay: 300 });

/** Server paging (a fake API answering in 300 ms): skeleton rows until each page arrives. */
export const ServerPaging: Story = {
  beforeEach: () => { server = fakeSource(10_000, tickets, { delay: 300 }); },
  render: (args) => meta.render({ ...args, source: server }),
  play: async ({ canvasElement }) => {
    const { element, view } = await list(canvasElement);
    await waitFor(() => expect(visibleText(row(element, 0) ?? element)).toContain('2400001'));
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('10.000 resultados'));
    expect(server.requested).toEqual([1]); // the page on screen; the next one once the rows shown pass its middle
    const scroller = element.shadowRoot!.querySelector('[part=list]')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(row(element, 9_999)?.querySelector('.skeleton-cell')).toBeTruthy());
    await waitFor(() => expect(visibleText(row(element, 9_999)!)).toContain('(10000)'));
    expect(server.requested).toContain(200);
    expect(new Set(server.requested).size).toBe(server.requested.length);
  },
};

/** Sortable headers are buttons: asc, then desc; `aria-sort` follows; `compare` sorts locally. */
export const Sortable: Story = {
  args: { items: tickets(40) },
  play: async ({ canvasElement }) => {
    const { element, view } = await list(canvasElement);
    const button = view.getByRole('button', { name: /Número/ });
    await userEvent.click(button);
    expect(sorted).toHaveBeenLastCalledWith({ sort: { id: 'number', direction: 'asc' } });
    await userEvent.click(button);
    expect(sorted).toHaveBeenLastCalledWith({ sort: { id: 'number', direction: 'desc' } });
    await waitFor(() => expect(button.closest('[role=columnheader]')).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(visibleText(row(element, 0)!)).toContain('2400040'));
  },
};

/** Checkboxes, Space, shift-ranges and "select all" fire `me-selection-change`. */
export const Selectable: Story = {
  args: { items: tickets(30), selectable: true },
  play: async ({ canvasElement }) => {
    const { element, view } = await list(canvasElement);
    await userEvent.click(view.getByRole('checkbox', { name: 'Selecionar 2400002' }));
    expect(selected).toHaveBeenLastCalledWith({ keys: ['tk-2'], all: false });
    const user = userEvent.setup(); // one session, so the held Shift applies to the click
    await user.keyboard('{Shift>}');
    await user.click(row(element, 4)!.querySelector<HTMLElement>('[part=cell]')!);
    await user.keyboard('{/Shift}');
    await waitFor(() => expect(selected).toHaveBeenLastCalledWith({ keys: ['tk-2', 'tk-3', 'tk-4', 'tk-5'], all: false }));
    await userEvent.click(view.getByRole('checkbox', { name: 'Selecionar todas as linhas' }));
    expect(selected.mock.lastCall![0].keys).toHaveLength(30);
    await waitFor(() => expect(row(element, 0)).toHaveAttribute('aria-selected', 'true'));
  },
};

/** The owner is still fetching: skeleton and a busy grid. */
export const Loading: Story = {
  args: { loading: true },
  play: async ({ canvasElement }) => {
    const { element, grid } = await list(canvasElement);
    expect(grid).toHaveAttribute('aria-busy', 'true');
    expect(element.shadowRoot!.querySelector('.placeholder')).toBeTruthy();
  },
};

/** No rows: the `empty` slot's default text. */
export const Empty: Story = {
  args: { items: [] },
  play: async ({ canvasElement }) => {
    const { element, view } = await list(canvasElement);
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('Nenhum resultado'));
    const empty = element.shadowRoot!.querySelector('[part=empty]')!;
    expect(empty).toBeVisible();
    expect(visibleText(empty)).toBe('Nenhum resultado');
  },
};

/** The first page fails once: the error state, and its retry reloads the page. */
export const ErrorWithRetry: Story = {
  beforeEach: () => {
    let failures = 1;
    server = fakeSource(120, tickets, { delay: 100, fail: (page) => page === 1 && failures-- > 0 });
  },
  render: (args) => meta.render({ ...args, source: server }),
  play: async ({ canvasElement }) => {
    const { element, view } = await list(canvasElement);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await waitFor(() => expect(visibleText(row(element, 0) ?? element)).toContain('2400001'));
    expect(server.requested.filter((page) => page === 1)).toHaveLength(2);
  },
};

/** In a 360 px column the rows become cards of "label: value" lines, still keyboard navigable. */
export const Narrow: Story = {
  args: { items: tickets(30), width: '360px' },
  play: async ({ canvasElement }) => {
    const { element } = await list(canvasElement);
    await waitFor(() => expect(row(element, 0)).toHaveAttribute('part', 'row card'));
    const status = row(element, 0)!.querySelectorAll('[part=cell]')[2]!;
    expect(getComputedStyle(status, '::before').content).toBe('"Situação: "');
    expect(getComputedStyle(row(element, 0)!.querySelectorAll('[part=cell]')[4]!).display).toBe('none');
    row(element, 0)!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(element.shadowRoot!.activeElement).toBe(row(element, 1)));
  },
};
