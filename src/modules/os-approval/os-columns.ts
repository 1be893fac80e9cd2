import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../core/format.js';
import type { ServiceOrder } from '../../core/schemas/service-orders.js';
import type { OsApprovalKey } from '../../locales/os-approval.js';
import { badge } from '../../ui/badge-templates.js';
import type { Column } from '../../ui/data-list/types.js';
import { icon } from '../../ui/icons.js';

type T = (key: OsApprovalKey, params?: Record<string, string | number>) => string;

/** Column id → the API's `sort` field. */
export const OS_SORT_FIELDS: Record<string, string> = {
  number: 'number', hours: 'totalHours', amount: 'amount', deadline: 'approvalDeadline', sent: 'sentAt', title: 'title',
};

/** What a row of the pending list shows besides the order: a decision on its way, or why the last one failed. */
export interface RowState {
  sending?: 'approve' | 'reject';
  problem?: string;
}

export interface PendingActions {
  canDecide: boolean;
  state(id: string): RowState | undefined;
  /** the row holding the list's focus: only its buttons are tab stops (the list stays one stop, plus the two of that row) */
  isActive(id: string): boolean;
  approve(order: ServiceOrder, event: MouseEvent): void;
  reject(order: ServiceOrder, event: MouseEvent): void;
}

/** Today's date (`YYYY-MM-DD`) in the user's time zone. */
export function today(timeZone?: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** First and last day of the entries. */
export function entriesPeriod(order: ServiceOrder, t: T, format: Formatters): string {
  const dates = order.entries.map((e) => e.date).sort();
  if (!dates.length) return t('os.none');
  const from = format.date(dates[0]!);
  const to = format.date(dates[dates.length - 1]!);
  return from === to ? from : t('os.period', { from, to });
}

export function hours(order: ServiceOrder, t: T, format: Formatters): string {
  return t('os.hours', { n: format.number(order.totalHours, { maximumFractionDigits: 2 }) });
}

export function amount(order: ServiceOrder, t: T, format: Formatters): string {
  return order.amount ? format.money(order.amount) : t('os.none');
}

/** The approval deadline; an overdue one is a danger badge with an icon and the word (never colour alone). */
export function deadline(order: ServiceOrder, t: T, format: Formatters, now: string): TemplateResult | string {
  if (!order.approvalDeadline) return t('os.none');
  const date = format.date(order.approvalDeadline);
  return order.status === 'pending' && order.approvalDeadline < now
    ? badge('danger', 'warning', t('os.overdue', { date }))
    : html`<span>${t('os.dueOn', { date })}</span>`;
}

export function decisionBadge(order: ServiceOrder, t: T): TemplateResult {
  if (order.status === 'approved') return badge('success', 'checkCircle', t('os.status.approved'));
  if (order.status === 'rejected') return badge('danger', 'close', t('os.status.rejected'));
  return badge('warning', 'pause', t('os.status.pending'));
}

/** The pending list's columns: the order's figures, then its "Aprovar"/"Rejeitar" and the last failure. */
export function pendingColumns(t: T, format: Formatters, timeZone: string | undefined, actions: PendingActions): Column<ServiceOrder>[] {
  const now = today(timeZone);
  const columns: Column<ServiceOrder>[] = [
    { id: 'number', header: t('os.col.number'), sortable: true, width: 'minmax(8.5rem, 0.8fr)', cell: (o) => o.number },
    { id: 'title', header: t('os.col.title'), sortable: true, width: 'minmax(10rem, 2fr)', cell: (o) => o.title },
    { id: 'consultant', header: t('os.col.consultant'), width: 'minmax(8rem, 1fr)', cell: (o) => o.consultant.name },
    { id: 'project', header: t('os.col.project'), width: 'minmax(8rem, 1fr)', hideBelow: 1280, cell: (o) => o.project ?? t('os.none') },
    { id: 'serviceType', header: t('os.col.serviceType'), width: 'minmax(7rem, 0.8fr)', hideBelow: 1400, cell: (o) => o.serviceType ?? t('os.none') },
    { id: 'modality', header: t('os.col.modality'), width: 'minmax(6rem, 0.6fr)', hideBelow: 1500, cell: (o) => (o.modality ? t(`os.modality.${o.modality}`) : t('os.none')) },
    { id: 'period', header: t('os.col.period'), width: 'minmax(9rem, 1fr)', hideBelow: 1100, cell: (o) => entriesPeriod(o, t, format) },
    { id: 'hours', header: t('os.col.hours'), sortable: true, width: 'minmax(5rem, 0.5fr)', align: 'end', cell: (o) => hours(o, t, format) },
    { id: 'amount', header: t('os.col.amount'), sortable: true, width: 'minmax(7rem, 0.7fr)', align: 'end', hideBelow: 960, cell: (o) => amount(o, t, format) },
    { id: 'deadline', header: t('os.col.deadline'), sortable: true, width: 'minmax(10rem, 1fr)', cell: (o) => deadline(o, t, format, now) },
  ];
  if (!actions.canDecide) return columns;
  columns.push({
    id: 'actions', header: t('os.col.actions'), width: 'minmax(15rem, 1.6fr)', cell: (o) => {
      const state = actions.state(o.id);
      const busy = !!state?.sending;
      const tabIndex = actions.isActive(o.id) ? 0 : -1;
      return html`<span class="os-actions">
        <button type="button" class="button os-approve" part="action approve" aria-label=${t('os.approveOne', { number: o.number })} aria-disabled=${busy ? 'true' : nothing}
          aria-busy=${state?.sending === 'approve' ? 'true' : nothing} tabindex=${tabIndex} @click=${(e: MouseEvent) => actions.approve(o, e)}>
          ${state?.sending === 'approve' ? html`<span class="spinner" aria-hidden="true"></span>` : icon('check', 14)} ${t('os.approve')}</button>
        <button type="button" class="button secondary os-reject" part="action reject" aria-label=${t('os.rejectOne', { number: o.number })} aria-disabled=${busy ? 'true' : nothing}
          aria-busy=${state?.sending === 'reject' ? 'true' : nothing} tabindex=${tabIndex} @click=${(e: MouseEvent) => actions.reject(o, e)}>
          ${icon('close', 14)} ${t('os.reject')}</button>
        ${state?.problem ? html`<span class="os-problem" role="note" title=${state.problem}>${badge('danger', 'error', state.problem)}</span>` : nothing}
      </span>`;
    },
  });
  return columns;
}

/** The history's columns: the decision, who, when and why. */
export function historyColumns(t: T, format: Formatters): Column<ServiceOrder>[] {
  return [
    { id: 'number', header: t('os.col.number'), sortable: true, width: 'minmax(8.5rem, 0.8fr)', cell: (o) => o.number },
    { id: 'title', header: t('os.col.title'), sortable: true, width: 'minmax(10rem, 2fr)', cell: (o) => o.title },
    { id: 'consultant', header: t('os.col.consultant'), width: 'minmax(8rem, 1fr)', hideBelow: 1100, cell: (o) => o.consultant.name },
    { id: 'hours', header: t('os.col.hours'), sortable: true, width: 'minmax(5rem, 0.5fr)', align: 'end', hideBelow: 960, cell: (o) => hours(o, t, format) },
    { id: 'decision', header: t('os.col.decision'), width: 'minmax(8rem, 0.8fr)', cell: (o) => decisionBadge(o, t) },
    { id: 'decidedBy', header: t('os.col.decidedBy'), width: 'minmax(8rem, 1fr)', cell: (o) => o.decision?.by.name ?? t('os.none') },
    { id: 'decidedAt', header: t('os.col.decidedAt'), width: 'minmax(8rem, 0.8fr)', cell: (o) => (o.decision ? format.dateTime(o.decision.at) : t('os.none')) },
    { id: 'reason', header: t('os.col.reason'), width: 'minmax(10rem, 2fr)', hideBelow: 840, cell: (o) => o.decision?.reason ?? t('os.none') },
  ];
}
