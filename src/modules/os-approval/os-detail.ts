/**
 * One service order as the drawer and the printout show it: description, related requests, the
 * time-entries table with its total, and the decision once there is one. Plain text only: every
 * value is interpolated by Lit (escaped), never parsed as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../core/format.js';
import type { ServiceOrder } from '../../core/schemas/service-orders.js';
import type { OsApprovalKey } from '../../locales/os-approval.js';
import { amount, deadline, entriesPeriod, hours, today } from './os-columns.js';

type T = (key: OsApprovalKey, params?: Record<string, string | number>) => string;

export function renderOrderDetail(order: ServiceOrder, t: T, format: Formatters, timeZone?: string): TemplateResult {
  const field = (label: OsApprovalKey, value: unknown) => html`<div><dt>${t(label)}</dt><dd>${value}</dd></div>`;
  const decision = order.decision;
  return html`<article class="os-detail" part="detail" aria-labelledby="os-detail-title">
    <h3 id="os-detail-title" tabindex="-1">${order.number} — ${order.title}</h3>
    <dl class="facts">
      ${field('os.col.consultant', order.consultant.name)}
      ${field('os.col.project', order.project ?? t('os.none'))}
      ${field('os.col.serviceType', order.serviceType ?? t('os.none'))}
      ${field('os.col.modality', order.modality ? t(`os.modality.${order.modality}`) : t('os.none'))}
      ${field('os.col.period', entriesPeriod(order, t, format))}
      ${field('os.col.hours', hours(order, t, format))}
      ${field('os.col.amount', amount(order, t, format))}
      ${field('os.col.deadline', deadline(order, t, format, today(timeZone)))}
      ${field('os.detail.sentAt', format.dateTime(order.sentAt))}
    </dl>
    ${decision
      ? html`<section class="decision" aria-label=${t('os.detail.decision')}>
          <p><strong>${t('os.detail.decidedBy', { status: t(`os.status.${order.status}`), name: decision.by.name, date: format.dateTime(decision.at) })}</strong></p>
          ${decision.reason ? html`<p class="reason">${decision.reason}</p>` : nothing}
        </section>`
      : nothing}
    <h4>${t('os.detail.description')}</h4>
    <p class="description">${order.description}</p>
    ${order.relatedTicketNumbers?.length
      ? html`<h4>${t('os.detail.tickets')}</h4><ul class="tickets">${order.relatedTicketNumbers.map((n) => html`<li>${n}</li>`)}</ul>`
      : nothing}
    <h4 id="os-entries-title">${t('os.detail.entries')}</h4>
    <table class="entries" aria-labelledby="os-entries-title">
      <thead><tr><th scope="col">${t('os.detail.date')}</th><th scope="col">${t('os.detail.time')}</th><th scope="col" class="num">${t('os.col.hours')}</th><th scope="col">${t('os.detail.activity')}</th></tr></thead>
      <tbody>${order.entries.map((e) => html`<tr><td>${format.date(e.date)}</td><td>${e.start}–${e.end}</td><td class="num">${format.number(e.hours, { maximumFractionDigits: 2 })}</td><td>${e.activity}</td></tr>`)}</tbody>
      <tfoot><tr><th scope="row" colspan="2">${t('os.detail.total')}</th><td class="num">${format.number(order.totalHours, { maximumFractionDigits: 2 })}</td><td>${amount(order, t, format)}</td></tr></tfoot>
    </table>
  </article>`;
}

/** The printable list of pending orders. */
export function renderPendingTable(orders: ServiceOrder[], t: T, format: Formatters): TemplateResult {
  const headers: OsApprovalKey[] = ['os.col.number', 'os.col.title', 'os.col.consultant', 'os.col.project', 'os.col.period', 'os.col.hours', 'os.col.amount', 'os.col.deadline'];
  return html`<table><thead><tr>${headers.map((h) => html`<th>${t(h)}</th>`)}</tr></thead>
    <tbody>${orders.map((o) => html`<tr><td>${o.number}</td><td>${o.title}</td><td>${o.consultant.name}</td><td>${o.project ?? t('os.none')}</td>
      <td>${entriesPeriod(o, t, format)}</td><td>${hours(o, t, format)}</td><td>${amount(o, t, format)}</td><td>${o.approvalDeadline ? format.date(o.approvalDeadline) : t('os.none')}</td></tr>`)}</tbody></table>`;
}
