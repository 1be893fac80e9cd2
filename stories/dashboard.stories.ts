import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Dashboard } from '../src/core/schemas/dashboard.js';
import '../src/modules/dashboard/define.js';
import type { MeDashboard } from '../src/modules/dashboard/define.js';
import { injectFault, PROBLEM_BASE } from '../src/mocks/index.js';
import type { MeChart } from '../src/ui/chart/me-chart.js';
import { apiUrl, FACTS, networkIdle, sentToApi } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

/** The mocks' "today" (their data ends on 2026-11-28): the stories pin the dashboard to it. */
const TODAY = FACTS.referenceNow.slice(0, 10);
const dashboardPath = apiUrl('/organizations/:orgId/dashboard');
const ownPath = `/v1/organizations/${FACTS.orgs.a}/dashboard`;

const EMPTY: Dashboard = {
  period: { from: '2026-06-01', to: '2026-11-28', granularity: 'month' },
  opened: [], solved: [], averageOpenedPerPeriod: 0,
  backlog: { new: 0, open: 0, pending: 0, hold: 0 },
  byProduct: [], byPriority: [],
  slaCompliance: 0, avgFirstResponseHours: 0, avgResolutionHours: 0,
  serviceOrders: { pending: 0, approvedHours: 0, rejected: 0 }, projects: [],
};

async function dashboard(canvasElement: HTMLElement): Promise<MeDashboard> {
  return findDeep<MeDashboard>(canvasElement, 'me-dashboard');
}

const charts = (el: MeDashboard) => [...el.shadowRoot!.querySelectorAll<MeChart>('me-chart')];
const chartOf = (el: MeDashboard, id: string) => el.shadowRoot!.querySelector<MeChart>(`me-chart[data-chart=${id}]`)!;
const rows = (c: MeChart) => [...c.shadowRoot!.querySelectorAll('table tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));

/** Figures shown and every chart drawn (or saying it is empty). */
async function loaded(el: MeDashboard): Promise<void> {
  await waitFor(() => expect(el.shadowRoot!.querySelector('.figures')).not.toBeNull(), { timeout: 8000 });
  await Promise.all(charts(el).map((c) => c.updateComplete));
  await waitFor(() => expect(charts(el).every((c) => c.empty || c.chart)).toBe(true), { timeout: 8000 });
}

/** The dashboard's queries so far (their parameters). */
const queries = () => sentToApi('GET', ownPath).map((r) => Object.fromEntries(new URL(r.url).searchParams));

/** The same answer the dashboard got (asked after counting: this request is on the wire too). */
async function answer(query: Record<string, string>): Promise<Dashboard> {
  const response = await fetch(`/api${ownPath}?${new URLSearchParams(query)}`, { headers: { Authorization: `Bearer ${FACTS.tokens.admin}` } });
  return response.json() as Promise<Dashboard>;
}

const nf = (locale: string) => new Intl.NumberFormat(locale);
const monthLabel = (locale: string, d: string, long = false) =>
  new Intl.DateTimeFormat(locale, { month: long ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));

/** Each chart's table equals the answer's numbers, and its summary is the sentence those numbers make (pt-BR). */
function expectChartsMatch(el: MeDashboard, d: Dashboard): void {
  const n = (v: number) => nf('pt-BR').format(v);
  const total = (list: Array<{ count: number }>) => list.reduce((s, p) => s + p.count, 0);
  const trend = chartOf(el, 'trend');
  const category = d.period.granularity === 'month' ? 'Mês' : 'Semana de';
  const label = (p: string) => (d.period.granularity === 'month' ? monthLabel('pt-BR', p) : new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC' }).format(new Date(`${p}T12:00:00Z`)));
  expect(rows(trend)).toEqual([[category, 'Abertas', 'Resolvidas'], ...d.opened.map((p, i) => [label(p.period), n(p.count), n(d.solved[i]!.count)])]);
  const peak = d.opened.reduce((best, p) => (p.count > best.count ? p : best));
  const where = d.period.granularity === 'month' ? `em ${monthLabel('pt-BR', peak.period, true)}` : `na semana de ${label(peak.period)}`;
  expect(trend.summary).toBe(`Mais aberturas ${where}: ${n(peak.count)}. No período, ${n(total(d.opened))} abertas e ${n(total(d.solved))} resolvidas.`);
  const STATUS = { new: 'Novo', open: 'Em atendimento', pending: 'Aguardando cliente', hold: 'Em espera' } as const;
  const statuses = ['new', 'open', 'pending', 'hold'] as const;
  const most = statuses.reduce((best, s) => (d.backlog[s] > d.backlog[best] ? s : best));
  const open = statuses.reduce((s, k) => s + d.backlog[k], 0);
  const backlog = chartOf(el, 'backlog');
  expect(rows(backlog)).toEqual([['Status', 'Solicitações'], ...statuses.map((s) => [STATUS[s], n(d.backlog[s])])]);
  expect(backlog.summary).toBe(`${n(open)} solicitações em aberto; a maioria em “${STATUS[most]}”: ${n(d.backlog[most])}.`);
  const product = chartOf(el, 'product');
  expect(rows(product)).toEqual([['Produto', 'Solicitações'], ...d.byProduct.map((p) => [p.name, n(p.count)])]);
  expect(product.summary).toBe(`${d.byProduct[0]!.name} teve mais solicitações: ${n(d.byProduct[0]!.count)} de ${n(total(d.byProduct))}.`);
  const PRIORITY = { low: 'Baixa', normal: 'Normal', high: 'Alta', urgent: 'Urgente' } as const;
  const priority = chartOf(el, 'priority');
  const frequent = d.byPriority.reduce((best, p) => (p.count > best.count ? p : best));
  expect(rows(priority)).toEqual([['Prioridade', 'Solicitações'], ...d.byPriority.filter((p) => p.count).map((p) => [PRIORITY[p.priority], n(p.count)])]);
  expect(priority.summary).toBe(`Prioridade mais frequente: ${PRIORITY[frequent.priority]}, com ${n(frequent.count)} de ${n(total(d.byPriority))}.`);
  for (const c of charts(el)) expect(c.shadowRoot!.querySelector('canvas')).toHaveAttribute('aria-label', c.summary);
}

const meta = {
  title: 'Modules/Dashboard (Dashboard do cliente)',
  component: 'me-dashboard',
  args: { period: '6m', granularity: 'month', from: '', to: '' },
  argTypes: {
    period: { control: 'select', options: ['3m', '6m', '12m', 'custom'] },
    granularity: { control: 'inline-radio', options: ['month', 'week'] },
  },
  render: (args) => html`<me-dashboard today=${TODAY} period=${args.period as string} granularity=${args.granularity as string}
    from=${args.from as string} to=${args.to as string}></me-dashboard>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The last 6 months by month: figures, the four charts (each summary and table checked against the answer) and the projects. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await loaded(el);
    await networkIdle();
    expect(queries()).toEqual([{ from: '2026-06-01', to: '2026-11-28', granularity: 'month' }]);
    const d = await answer(queries()[0]!);
    expectChartsMatch(el, d);
    const view = shadow(el);
    expect(view.getByRole('heading', { level: 2, name: 'Dashboard do cliente' })).toBeVisible();
    const text = visibleText(el);
    expect(text).toContain('De 01/06/2026 a 28/11/2026');
    expect(text).toContain(new Intl.NumberFormat('pt-BR', { style: 'percent', maximumFractionDigits: 1 }).format(d.slaCompliance));
    for (const p of d.projects) expect(view.getByRole('progressbar', { name: `Progresso de ${p.name}` })).toHaveAttribute('value', String(Math.round(p.progress * 100)));
  },
};

/** 3 → 12 months → back to 6: each new period is one request; the one seen before comes from the cache. */
export const PeriodSwitch: Story = {
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await loaded(el);
    const select = el.shadowRoot!.querySelector('me-select.period')!.shadowRoot!.querySelector('select')!;
    await userEvent.selectOptions(select, '3m');
    await waitFor(() => expect(queries().at(-1)).toEqual({ from: '2026-09-01', to: '2026-11-28', granularity: 'month' }));
    await loaded(el);
    expect(rows(chartOf(el, 'trend'))).toHaveLength(4);
    await userEvent.selectOptions(select, '12m');
    await waitFor(() => expect(queries().at(-1)).toEqual({ from: '2025-12-01', to: '2026-11-28', granularity: 'month' }));
    await loaded(el);
    expect(rows(chartOf(el, 'trend'))).toHaveLength(13);
    await userEvent.selectOptions(select, '6m');
    await loaded(el);
    await networkIdle();
    expect(queries()).toHaveLength(3);
    expect(rows(chartOf(el, 'trend'))).toHaveLength(7);
  },
};

/** Counts per week (a line chart), the 3 months ending today. */
export const Weekly: Story = {
  args: { period: '3m', granularity: 'week' },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await loaded(el);
    await networkIdle();
    expect(queries()).toEqual([{ from: '2026-09-01', to: '2026-11-28', granularity: 'week' }]);
    expect(chartOf(el, 'trend').type).toBe('line');
    expectChartsMatch(el, await answer(queries()[0]!));
    expect(visibleText(el)).toContain('Média de aberturas por semana');
  },
};

/** A custom range set by the host (`period="custom" from to`). */
export const CustomRange: Story = {
  args: { period: 'custom', from: '2026-08-01', to: '2026-10-31' },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await loaded(el);
    await networkIdle();
    expect(queries()).toEqual([{ from: '2026-08-01', to: '2026-10-31', granularity: 'month' }]);
    expect(rows(chartOf(el, 'trend')).slice(1).map((r) => r[0])).toEqual(['ago. de 2026', 'set. de 2026', 'out. de 2026']);
    expect(el.shadowRoot!.querySelector('me-date-range')).not.toBeNull();
    expectChartsMatch(el, await answer(queries()[0]!));
  },
};

/** A period without tickets or service orders: it says so, and no chart draws empty axes. */
export const EmptyPeriod: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/organizations/:orgId/dashboard', body: EMPTY, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    const status = await shadow(el).findByText('Nenhuma solicitação ou ordem de serviço entre 01/06/2026 e 28/11/2026.');
    expect(status).toHaveAttribute('role', 'status');
    await loaded(el);
    expect(charts(el).map((c) => c.empty)).toEqual([true, true, true, true]);
    for (const c of charts(el)) expect(c.shadowRoot!.querySelector('canvas')).toBeNull();
    expect(visibleText(el)).toContain('Sem solicitações no período');
    expect(visibleText(el)).toContain('Nenhum projeto nesta organização.');
  },
};

let dashboardRequested = false;

/** The dashboard request never answers: a busy status below the period picker. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    dashboardRequested = false;
    msw.use(http.get(dashboardPath, async () => {
      dashboardRequested = true;
      await delay('infinite');
      return HttpResponse.json({});
    }));
  },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await waitFor(() => expect(dashboardRequested).toBe(true));
    const status = await shadow(el).findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Carregando…');
    expect(el.shadowRoot!.querySelector('me-select.period')).not.toBeNull();
  },
};

/** The server fails once (500): an alert with a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/organizations/:orgId/dashboard', status: 500, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    const view = shadow(el);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await loaded(el);
    expect(view.queryByRole('alert')).toBeNull();
  },
};

/** The server refuses (403): no-permission, no pointless retry. */
export const Forbidden: Story = {
  beforeEach: () => {
    injectFault({
      method: 'GET', path: '/organizations/:orgId/dashboard', status: 403, times: 1,
      body: { type: `${PROBLEM_BASE}forbidden`, title: 'Acesso negado', status: 403, detail: 'Seu perfil não permite ver o dashboard desta organização.' },
    });
  },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Você não tem permissão para ver isto.');
    expect(alert).toHaveTextContent('Seu perfil não permite ver o dashboard desta organização.');
    expect(shadow(el).queryByRole('button', { name: 'Tentar novamente' })).toBeNull();
  },
};

/** A 200 whose payload breaks the contract: the field is named. */
export const MalformedPayload: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/organizations/:orgId/dashboard', body: { ...EMPTY, backlog: { new: -1, open: 0, pending: 0, hold: 0 } }, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('O servidor enviou dados em um formato inesperado (campo “backlog.new”).');
    expect(el.shadowRoot!.querySelector('.figures')).toBeNull();
  },
};

/** On a page without `<me-portal>`: it says how to fix the page. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Componente não configurado');
  },
};

/** The portal's dark theme: the charts take the dark palette. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await loaded(el);
    const colour = (chartOf(el, 'trend').chart!.data.datasets[0] as { borderColor: string }).borderColor;
    expect(colour).toBe('rgb(86, 180, 233)'); // --me-chart-1 in dark
  },
};

/** In English: labels, month names and numbers in `en`. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await loaded(el);
    const text = visibleText(el);
    expect(text).toContain('Customer dashboard');
    expect(text).toContain('From 06/01/2026 to 11/28/2026');
    expect(rows(chartOf(el, 'trend'))[1]![0]).toBe('Jun 2026');
    expect(chartOf(el, 'trend').summary).toMatch(/^Most tickets opened in \w+ 2026: [\d,]+\. In the period, [\d,]+ opened and [\d,]+ solved\.$/);
  },
};

/** En español. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await dashboard(canvasElement);
    await loaded(el);
    const text = visibleText(el);
    expect(text).toContain('Panel del cliente');
    expect(text).toContain('Del 01/06/2026 al 28/11/2026');
    expect(rows(chartOf(el, 'backlog'))[1]![0]).toBe('Nuevo');
  },
};
