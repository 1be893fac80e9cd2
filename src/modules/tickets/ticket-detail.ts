import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController } from '../../core/cache.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Person } from '../../core/schemas/common.js';
import type { Ticket } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { ticketsDetailMessages, type TicketsDetailKey } from '../../locales/tickets-detail.js';
import '../../ui/badge.js';
import { controlStyles } from '../../ui/controls.styles.js';
import '../../ui/dialog.js';
import { uploadStyles } from '../../ui/form/index.js';
import { icon } from '../../ui/icons.js';
import { renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import { showToast } from '../../ui/toast.js';
import { renderWhen } from '../../ui/when.js';
import { renderAttachments, renderConversation } from './ticket-conversation.js';
import type { DetailHost, TicketAction } from './ticket-detail.context.js';
import { TicketRating } from './ticket-rating.js';
import { TicketReply } from './ticket-reply.js';
import { TicketSolve } from './ticket-solve.js';
import { ticketKeys, ticketQuery } from './tickets.api.js';
import { ticketDetailStyles } from './tickets-detail.styles.js';

export type { TicketAction } from './ticket-detail.context.js';

/** Tickets of the archives (closed before 2017-11-01, CMNET, Consinco): read only, whatever the permissions say. */
export function isArchived(ticket: Ticket): boolean {
  return ticket.platform !== 'portal';
}

function isGone(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'http' && error.status === 404;
}

/**
 * One ticket of "Minhas solicitações": its data, the conversation with TOTVS support (agents'
 * rich text sanitized, everything else shown as text), attachments, and — when allowed — reply
 * (with attachments; a reply reopens a solved ticket), mark as solved and the satisfaction
 * rating. Closed and archived tickets are read only. Loaded by `<me-tickets>` in a drawer; reads
 * `GET /v1/tickets/{id}` through the shared cache.
 *
 * @tagname me-ticket-detail
 * @summary One ticket: conversation, attachments, reply, solve and rating.
 *
 * @fires me-ticket-updated - A reply was sent, the ticket was marked solved or rated. `detail: { ticket, action: 'reply' | 'solve' | 'rate' }`
 * @fires me-ticket-created - A closed ticket's "open a new request" created one (from its product, module and subject). `detail: { ticket }`
 * @fires me-solution-deflected - That follow-up form's suggested solution answered it ("Isso resolveu"): the form closed, no request was opened. `detail: { solutionId, subject }`
 *
 * @csspart ticket - The ticket (once loaded).
 * @csspart header - Number, subject, badges and the solve action.
 * @csspart meta - The ticket's data (product, requester, dates, CCs).
 * @csspart description - The description.
 * @csspart conversation - The conversation.
 * @csspart comment - One message (also `agent` or `customer`).
 * @csspart attachments - A list of attachment links.
 * @csspart reply - The reply form.
 * @csspart uploads - The reply's attachment picker and files.
 * @csspart rating - The satisfaction rating (form or the rating given).
 * @csspart notice - Closed, archived and reopen notices.
 * @csspart state - Loading, error, not-found and no-permission messages.
 * @csspart button - Buttons (attach, solve, retry).
 */
export class MeTicketDetail extends MeElement {
  static override styles = [tokens, stateStyles, controlStyles, uploadStyles, ticketDetailStyles];

  /** The ticket to show. */
  @property({ attribute: 'ticket-id' }) ticketId?: string;

  /** What the last action said (shown here when the page has no `<me-toast-region>`). */
  @state() private announcement = '';
  /** the new-request form continuing a closed ticket is open */
  @state() private followingUp = false;

  readonly #t = new MessagesController(this, ticketsDetailMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #query = new QueryController<{ ticket: Ticket; etag?: string }>(this, () => this.portal?.queryClient, () => ticketQuery(this.portal, this.ticketId));
  readonly #host: DetailHost = {
    element: this,
    portal: () => this.portal,
    format: () => this.format,
    t: (key, params) => this.#t.t(key, params),
    c: (key, params) => this.#c.t(key, params),
    completed: (ticket, action, message) => this.#completed(ticket, action, message),
    refresh: () => this.#refresh(),
  };
  readonly #reply = new TicketReply(this.#host);
  readonly #rating = new TicketRating(this.#host);
  readonly #solve = new TicketSolve(this.#host);

  /** the ticket whose 404 already refreshed the lists */
  #gone: string | undefined;
  /** the comments of the ticket shown (id), to tell a reply that arrived since (live updates, a refresh) */
  #seenComments?: { ticketId: string; ids: Set<string> };
  /** what arrived, said by the live region without moving focus or scroll (not shown) */
  @state() private arrived = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ticketId')) {
      this.announcement = '';
      this.arrived = '';
      this.followingUp = false;
    }
    const ticket = this.#query.result?.data?.ticket;
    if (ticket && ticket.id === this.ticketId) this.#noticeArrivals(ticket);
  }

  /**
   * Replies that arrived while the ticket is open (an agent's, through live updates or a refresh)
   * are announced; the conversation grows in place, so focus, scroll and the reply being typed stay.
   */
  #noticeArrivals(ticket: Ticket): void {
    const seen = this.#seenComments;
    const ids = new Set(ticket.comments.map((comment) => comment.id));
    this.#seenComments = { ticketId: ticket.id, ids };
    if (!seen || seen.ticketId !== ticket.id) return;
    const me = this.portal?.me?.id;
    const arrived = ticket.comments.filter((comment) => !seen.ids.has(comment.id) && comment.author.id !== me);
    if (!arrived.length) return;
    const last = arrived.at(-1)!;
    this.arrived = arrived.length === 1
      ? this.#t.t('detail.live.reply', { name: last.author.name })
      : this.#t.t('detail.live.replies', { n: this.format.number(arrived.length), name: last.author.name });
  }

  protected override updated(): void {
    // a ticket that is gone must leave the lists too (once per ticket)
    if (isGone(this.#query.result?.error) && this.ticketId && this.#gone !== this.ticketId) {
      this.#gone = this.ticketId;
      void this.portal?.queryClient.invalidateQueries({ queryKey: ticketKeys.lists });
    }
  }

  #completed(ticket: Ticket, action: TicketAction, message: string): void {
    dispatch(this, 'me-ticket-updated', { ticket, action });
    // a page with a toast region shows and announces it there; otherwise this element does
    this.announcement = showToast({ message, variant: 'success' }) === undefined ? message : '';
    if (action !== 'reply') {
      // the button or form that had focus is gone: the ticket's heading takes it
      void this.updateComplete.then(() => {
        const active = this.shadowRoot?.activeElement;
        if (!active || !active.isConnected) this.renderRoot.querySelector<HTMLElement>('#subject')?.focus();
      });
    }
  }

  /** the form's code loads on first use */
  async #followUp(): Promise<void> {
    await import('./ticket-new.js');
    this.followingUp = true;
  }

  /** The follow-up was created: `me-ticket-created` goes on to the page (`<me-tickets>` opens the new ticket). */
  #followedUp(event: CustomEvent<{ ticket: Ticket }>): void {
    this.followingUp = false;
    const message = this.#t.t('detail.followUp.created', { number: event.detail.ticket.number });
    this.announcement = showToast({ message, variant: 'success' }) === undefined ? message : '';
  }

  #refresh(): void {
    const portal = this.portal;
    if (!portal || !this.ticketId) return;
    void portal.queryClient.invalidateQueries({ queryKey: ticketKeys.detail(this.ticketId) });
    void portal.queryClient.invalidateQueries({ queryKey: ticketKeys.lists });
  }

  protected override render() {
    const c = this.#c.t;
    const gate = renderPortalGate(this.portalLink, this.portal, c, { needsOrganization: false });
    if (gate) return gate;
    if (!this.ticketId) return nothing;
    const result = this.#query.result;
    if (!result || (result.isPending && !result.data)) return renderState('loading', { title: c('state.loading') });
    const error = result.error;
    if (isGone(error)) {
      return renderState('error', { title: this.#t.t('detail.notFound.title'), detail: this.#t.t('detail.notFound.detail') });
    }
    if (error instanceof ApiError && error.isForbidden) {
      return renderState('forbidden', { title: this.#t.t('detail.forbidden.title'), detail: error.detail ?? c('state.forbidden.detail') });
    }
    if (result.data) return this.#renderTicket(result.data.ticket);
    return renderError(error, c, () => void this.#query.refetch());
  }

  #renderTicket(ticket: Ticket) {
    const t = this.#t.t;
    const archived = isArchived(ticket);
    return html`<article class="ticket" part="ticket" aria-labelledby="subject">
      <header class="head" part="header">
        <div class="head-text">
          <p class="eyebrow">${t('detail.number', { number: ticket.number })}</p>
          <h2 id="subject" class="subject" tabindex="-1">${ticket.subject}</h2>
          <ul class="badges" aria-label=${t('detail.badges')}>
            <li><me-status-badge status=${ticket.status}></me-status-badge></li>
            <li><me-priority-badge priority=${ticket.priority}></me-priority-badge></li>
          </ul>
        </div>
        <div class="head-actions">${this.#solve.render(ticket, archived)}</div>
      </header>
      ${archived
        ? html`<p class="notice warning" part="notice">${icon('lock')} <span>${t('detail.archived', { source: t(`detail.archived.${ticket.platform}`) })}</span></p>`
        : nothing}
      ${this.#renderMeta(ticket)}
      <section class="description-section" part="description" aria-labelledby="description-title">
        <h3 id="description-title">${t('detail.description')}</h3>
        <div class="description"><p class="text">${ticket.description}</p></div>
        ${renderAttachments(ticket.attachments, t, this.format, t('detail.attachments'))}
      </section>
      ${renderConversation(ticket, t, this.format)}
      ${this.#rating.render(ticket, archived)}
      ${this.#renderReply(ticket, archived)}
      <div role="status" class="live">${this.announcement
        ? html`<p class="notice success">${icon('checkCircle')} <span>${this.announcement}</span></p>`
        : nothing}</div>
      <div role="status" class="visually-hidden" part="arrivals">${this.arrived}</div>
    </article>`;
  }

  #renderMeta(ticket: Ticket) {
    const t = this.#t.t;
    const item = (label: TicketsDetailKey, value: unknown) => html`<div><dt>${t(label)}</dt><dd>${value}</dd></div>`;
    const person = (p: Person) => html`${p.name}<span class="email">${p.email}</span>`;
    return html`<dl class="meta" part="meta" aria-label=${t('detail.data')}>
      ${item('detail.product', ticket.product?.name ?? t('detail.notInformed'))}
      ${item('detail.module', ticket.module || t('detail.notInformed'))}
      ${item('detail.requester', person(ticket.requester))}
      ${item('detail.organization', ticket.organization.name)}
      ${item('detail.createdAt', renderWhen(this.format, ticket.createdAt))}
      ${item('detail.updatedAt', renderWhen(this.format, ticket.updatedAt))}
      ${ticket.dueAt && ticket.status !== 'solved' && ticket.status !== 'closed' ? item('detail.dueAt', this.#renderDue(ticket.dueAt)) : nothing}
      ${ticket.closedAt ? item('detail.closedAt', renderWhen(this.format, ticket.closedAt)) : nothing}
      ${item('detail.ccs', ticket.ccs.length
        ? html`<ul class="people">${ticket.ccs.map((p) => html`<li>${person(p)}</li>`)}</ul>`
        : t('detail.ccs.none'))}
    </dl>`;
  }

  /** The deadline; once past, said in words and with an icon (not by colour alone). */
  #renderDue(dueAt: string) {
    const when = renderWhen(this.format, dueAt);
    if (Date.parse(dueAt) >= Date.now()) return when;
    return html`<span class="overdue">${icon('warning')} <strong>${this.#t.t('detail.dueAt.overdue')}</strong> ${when}</span>`;
  }

  /** A reply refused because the ticket closed meanwhile: the reason, and the text so it is not lost. */
  #renderKeptReply() {
    const text = this.#reply.form.value('body');
    return html`<p class="error" role="alert">${icon('error')} <span>${this.#reply.error}</span></p>
      ${text ? html`<p>${this.#t.t('reply.kept')}</p><blockquote class="kept text">${text}</blockquote>` : nothing}`;
  }

  #renderReply(ticket: Ticket, archived: boolean) {
    const t = this.#t.t;
    if (archived) return nothing;
    if (ticket.status === 'closed') {
      return html`<div class="notice closed" part="notice" role="note">
        ${icon('lock')}
        <div><p><strong>${t('detail.closed')}</strong></p><p>${t('detail.closed.hint')}</p>
          ${this.#reply.error ? this.#renderKeptReply() : nothing}
          <p><button type="button" class="button secondary" part="button follow-up" @click=${() => void this.#followUp()}>${t('detail.closed.newRequest')}</button></p></div>
      </div>
      <me-dialog .open=${this.followingUp} label=${t('detail.followUp.title', { number: ticket.number })} @me-close=${() => { this.followingUp = false; }}>
        ${this.followingUp
          ? html`<me-ticket-new .followUp=${ticket} @me-ticket-created=${this.#followedUp}
            @me-solution-deflected=${() => { this.followingUp = false; }} @me-cancel=${(e: Event) => { e.stopPropagation(); this.followingUp = false; }}></me-ticket-new>`
          : nothing}
      </me-dialog>`;
    }
    if (!ticket.permissions.canComment) return html`<p class="notice" part="notice">${icon('info')} <span>${t('detail.cannotComment')}</span></p>`;
    return this.#reply.render(ticket);
  }
}

define('me-ticket-detail', MeTicketDetail);

declare global {
  interface HTMLElementTagNameMap {
    'me-ticket-detail': MeTicketDetail;
  }
  interface GlobalEventHandlersEventMap {
    'me-ticket-updated': CustomEvent<{ ticket: Ticket; action: TicketAction }>;
  }
}
