/**
 * What the dashboard shows, computed once from the answer: each chart's labels, series and
 * summary sentence, the figures and the projects. The same models feed the screen (`<me-chart>`)
 * and the printed document (tables), so both always say the same thing.
 */
import { html, type TemplateResult } from 'lit';
import type { Formatters } from '../../core/format.js';
import type { Locale } from '../../core/i18n.js';
import type { Dashboard, ProjectStatus } from '../../core/schemas/dashboard.js';
import type { DashboardKey } from '../../locales/dashboard.js';
import type { UiKey } from '../../locales/ui.js';
import type { BadgeTone } from '../../ui/badge-templates.js';
import type { ChartSeries, ChartType } from '../../ui/chart/me-chart.js';
import type { Translate } from '../../ui/states.js';

export interface ChartModel {
  id: 'trend' | 'backlog' | 'product' | 'priority';
  type: ChartType;
  caption: string;
  summary: string;
  categoryLabel: string;
  emptyText: string;
  labels: string[];
  series: ChartSeries[];
  horizontal?: boolean;
}

export interface Figure {
  id: string;
  label: string;
  value: string;
  /** no data for it in the period: `value` says so */
  empty?: boolean;
}

export interface ViewContext {
  t: Translate<DashboardKey>;
  plural: (base: string, count: number, params?: Record<string, string | number>) => string;
  ui: Translate<UiKey>;
  format: Formatters;
  locale: Locale;
}

export const PROJECT_TONES: Record<ProjectStatus, BadgeTone> = { planned: 'neutral', running: 'info', done: 'success', late: 'danger' };

const BACKLOG = ['new', 'open', 'pending', 'hold'] as const;

const sum = (values: number[]) => values.reduce((s, n) => s + n, 0);

/** Index of the largest value (the first of a tie). */
function top(values: number[]): number {
  return values.reduce((best, v, i) => (v > values[best]! ? i : best), 0);
}

/** Period labels: a month ("nov. de 2026") or the Monday a week starts on, as calendar dates. */
function periodLabel(period: string, granularity: Dashboard['period']['granularity'], ctx: ViewContext, long = false): string {
  if (granularity === 'week') return ctx.format.date(period);
  // core/format has no month formatter: same locale, a calendar date read in UTC (never shifted)
  return new Intl.DateTimeFormat(ctx.locale, { month: long ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${period}T12:00:00Z`));
}

/** Opened and solved counts aligned on the same periods (the server sends both lists). */
function trendRows(d: Dashboard): Array<{ period: string; opened: number; solved: number }> {
  const rows = new Map<string, { opened: number; solved: number }>();
  for (const p of d.opened) rows.set(p.period, { opened: p.count, solved: 0 });
  for (const p of d.solved) rows.set(p.period, { opened: rows.get(p.period)?.opened ?? 0, solved: p.count });
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, v]) => ({ period, ...v }));
}

export function isTicketsEmpty(d: Dashboard): boolean {
  return sum(d.opened.map((p) => p.count)) + sum(d.solved.map((p) => p.count)) === 0;
}

export function isOrdersEmpty(d: Dashboard): boolean {
  return d.serviceOrders.pending + d.serviceOrders.rejected === 0 && d.serviceOrders.approvedHours === 0;
}

export function chartModels(d: Dashboard, ctx: ViewContext): ChartModel[] {
  const { t, ui, format } = ctx;
  const n = (value: number) => format.number(value);
  const granularity = d.period.granularity;

  const rows = trendRows(d);
  const opened = sum(rows.map((r) => r.opened));
  const solved = sum(rows.map((r) => r.solved));
  const peak = rows[top(rows.map((r) => r.opened))];
  const trend: ChartModel = {
    id: 'trend',
    type: granularity === 'week' ? 'line' : 'bar',
    caption: t('dashboard.trend.caption'),
    categoryLabel: t(`dashboard.trend.category.${granularity}`),
    emptyText: t('dashboard.trend.empty'),
    labels: opened + solved ? rows.map((r) => periodLabel(r.period, granularity, ctx)) : [],
    series: [
      { label: t('dashboard.trend.opened'), values: rows.map((r) => r.opened) },
      { label: t('dashboard.trend.solved'), values: rows.map((r) => r.solved) },
    ],
    summary: opened + solved === 0 ? ''
      : opened && peak
        ? t(`dashboard.trend.summary.${granularity}`, { period: periodLabel(peak.period, granularity, ctx, true), count: n(peak.opened), opened: n(opened), solved: n(solved) })
        : t('dashboard.trend.summary.noneOpened', { solved: n(solved) }),
  };

  const backlogValues = BACKLOG.map((s) => d.backlog[s]);
  const backlogTotal = sum(backlogValues);
  const backlogTop = top(backlogValues);
  const backlog: ChartModel = {
    id: 'backlog',
    type: 'bar',
    caption: t('dashboard.backlog.caption'),
    categoryLabel: t('dashboard.backlog.status'),
    emptyText: t('dashboard.backlog.empty'),
    labels: backlogTotal ? BACKLOG.map((s) => ui(`ticketStatus.${s}`)) : [],
    series: [{ label: t('dashboard.count'), values: backlogValues }],
    summary: backlogTotal
      ? ctx.plural('dashboard.backlog.summary', backlogTotal, { n: n(backlogTotal), status: ui(`ticketStatus.${BACKLOG[backlogTop]!}`), count: n(backlogValues[backlogTop]!) })
      : '',
  };

  const products = d.byProduct.filter((p) => p.count > 0);
  const productTotal = sum(products.map((p) => p.count));
  const productTop = products[top(products.map((p) => p.count))];
  const product: ChartModel = {
    id: 'product',
    type: 'bar',
    horizontal: true,
    caption: t('dashboard.product.caption'),
    categoryLabel: t('dashboard.product.category'),
    emptyText: t('dashboard.openedEmpty'),
    labels: products.map((p) => p.name),
    series: [{ label: t('dashboard.count'), values: products.map((p) => p.count) }],
    summary: productTop ? t('dashboard.product.summary', { name: productTop.name, count: n(productTop.count), total: n(productTotal) }) : '',
  };

  const priorities = d.byPriority.filter((p) => p.count > 0);
  const priorityTotal = sum(priorities.map((p) => p.count));
  const priorityTop = priorities[top(priorities.map((p) => p.count))];
  const priority: ChartModel = {
    id: 'priority',
    type: 'doughnut',
    caption: t('dashboard.priority.caption'),
    categoryLabel: t('dashboard.priority.category'),
    emptyText: t('dashboard.openedEmpty'),
    labels: priorities.map((p) => ui(`priority.${p.priority}`)),
    series: [{ label: t('dashboard.count'), values: priorities.map((p) => p.count) }],
    summary: priorityTop
      ? t('dashboard.priority.summary', { priority: ui(`priority.${priorityTop.priority}`), count: n(priorityTop.count), total: n(priorityTotal) })
      : '',
  };
  return [trend, backlog, product, priority];
}

export function hours(value: number, format: Formatters): string {
  return format.number(value, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
}

export function figures(d: Dashboard, ctx: ViewContext): Figure[] {
  const { t, format } = ctx;
  const noTickets = isTicketsEmpty(d);
  const noOrders = isOrdersEmpty(d);
  const ticket = (id: string, label: DashboardKey, value: () => string): Figure =>
    noTickets ? { id, label: t(label), value: t('dashboard.figure.noTickets'), empty: true } : { id, label: t(label), value: value() };
  const order = (id: string, label: DashboardKey, value: () => string): Figure =>
    noOrders ? { id, label: t(label), value: t('dashboard.figure.noOrders'), empty: true } : { id, label: t(label), value: value() };
  return [
    ticket('average', `dashboard.figure.average.${d.period.granularity}`, () => format.number(d.averageOpenedPerPeriod, { maximumFractionDigits: 1 })),
    ticket('sla', 'dashboard.figure.sla', () => format.percent(d.slaCompliance)),
    ticket('first-response', 'dashboard.figure.firstResponse', () => hours(d.avgFirstResponseHours, format)),
    ticket('resolution', 'dashboard.figure.resolution', () => hours(d.avgResolutionHours, format)),
    order('approved-hours', 'dashboard.figure.approvedHours', () => hours(d.serviceOrders.approvedHours, format)),
    order('pending-orders', 'dashboard.figure.pendingOrders', () => format.number(d.serviceOrders.pending)),
    order('rejected-orders', 'dashboard.figure.rejectedOrders', () => format.number(d.serviceOrders.rejected)),
  ];
}

/** The printed document's content: the period, the figures, each chart as its table, the projects. */
export function printContent(d: Dashboard, ctx: ViewContext): TemplateResult {
  const { t, format } = ctx;
  const value = (v: number | null) => (v === null ? '—' : format.number(v));
  return html`
    <p>${t('dashboard.range', { from: format.date(d.period.from), to: format.date(d.period.to) })}</p>
    <h2>${t('dashboard.figures')}</h2>
    <dl>${figures(d, ctx).map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>
    ${chartModels(d, ctx).map((c) => html`<h2>${c.caption}</h2>
      ${c.labels.length
        ? html`<p>${c.summary}</p><table><thead><tr><th>${c.categoryLabel}</th>${c.series.map((s) => html`<th>${s.label}</th>`)}</tr></thead>
          <tbody>${c.labels.map((label, i) => html`<tr><th>${label}</th>${c.series.map((s) => html`<td>${value(s.values[i] ?? null)}</td>`)}</tr>`)}</tbody></table>`
        : html`<p>${c.emptyText}</p>`}`)}
    <h2>${t('dashboard.projects')}</h2>
    ${d.projects.length
      ? html`<table><thead><tr><th>${t('dashboard.project.name')}</th><th>${t('dashboard.project.statusLabel')}</th><th>${t('dashboard.project.progressLabel')}</th></tr></thead>
        <tbody>${d.projects.map((p) => html`<tr><td>${p.name}</td><td>${t(`dashboard.project.status.${p.status}`)}</td><td>${format.percent(p.progress)}</td></tr>`)}</tbody></table>`
      : html`<p>${t('dashboard.projects.empty')}</p>`}`;
}
