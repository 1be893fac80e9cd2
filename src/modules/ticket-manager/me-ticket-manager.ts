import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { dispatch } from '../../core/events.js';
import { FirstView } from '../../core/first-view.js';
import { MessagesController } from '../../core/i18n.js';
import type { Ticket, TicketList, TicketSummary } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { ticketManagerMessages } from '../../locales/ticket-manager.js';
import { ticketsMessages } from '../../locales/tickets.js';
import { controlStyles } from '../../ui/controls.styles.js';
import type { SelectionChangeDetail } from '../../ui/data-list/types.js';
import '../../ui/dialog.js';
import '../../ui/drawer.js';
import { icon } from '../../ui/icons.js';
import { renderPortalGate, stateStyles } from '../../ui/states.js';
import '../../ui/toast.js';
import '../tickets/ticket-list.js';
import type { MeTicketList } from '../tickets/ticket-list.js';
import { firstPageQuery, ticketQuery } from '../tickets/tickets.api.js';
import './bulk-action.js';
import { mayManage, type ManagerAction } from './manager.api.js';
import { managerStyles } from './ticket-manager.styles.js';

/**
 * "Gerenciar solicitações": one list of the tickets of every organization linked to the user
 * (`scope=managed`), with an organization filter and column, the usual filters, search and sort,
 * on the same server-paged virtual list as `<me-tickets>`; a row opens the same
 * `<me-ticket-detail>` in a side drawer. An organization's admins change a ticket's requester and
 * the people in copy — for the ticket open in the drawer, or in bulk over the selected rows (one
 * request per ticket, a few at a time, a result per ticket; the failures stay selected for another
 * try). A member of an organization sees its tickets but no admin action for them.
 *
 * @tagname me-ticket-manager
 * @summary Tickets of every linked organization, with admin actions in bulk (Gerenciar solicitações).
 *
 * @fires me-ticket-opened - A ticket's detail was shown (`ticketId`), or closed (`ticketId: undefined`). `detail: { ticketId }`
 * @fires me-tickets-managed - An admin action ran over one or more tickets. `detail: { action: 'requester' | 'ccs', succeeded: string[], failed: string[] }`
 *
 * @csspart header - Title and introduction.
 * @csspart bulk - The bar of the selected tickets' actions.
 * @csspart toolbar - Search and filters.
 * @csspart list - The virtual list.
 * @csspart drawer - The side panel showing a ticket.
 * @csspart results - The per-ticket results of an action.
 * @csspart state - Loading, error, no-permission and configuration messages.
 * @csspart button - Buttons.
 *
 * @cssprop --me-tickets-list-height - Height of the scrolling list (default 560px).
 */
export class MeTicketManager extends MeElement {
  static override styles = [tokens, controlStyles, stateStyles, managerStyles];

  /** The ticket whose detail is shown (deep link); empty for none. */
  @property({ attribute: 'ticket-id' }) ticketId?: string;

  @state() private selected: Set<string> = new Set();
  /** bumped after an action: the list reads its pages again */
  @state() private revision = 0;
  @state() private action?: { kind: ManagerAction; tickets: TicketSummary[] };
  @state() private openedNumber?: string;

  readonly #t = new MessagesController(this, ticketManagerMessages);
  readonly #tickets = new MessagesController(this, ticketsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  /** the list's first page, started as soon as the organization is known (the list takes it from the cache) */
  readonly #firstPage = new QueryController<TicketList>(this, () => this.portal?.queryClient, () => firstPageQuery(this.portal, 'managed'));
  readonly #firstView = new FirstView(this, () => this.portal?.status === 'ready' && !!this.#firstPage.result && !this.#firstPage.result.isPending);
  /** the ticket in the drawer (same cache entry as the detail: no request of its own) */
  readonly #opened = new QueryController<{ ticket: Ticket }>(this, () => this.portal?.queryClient, () => ticketQuery(this.portal, this.ticketId || undefined));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ticketId') && this.ticketId && !customElements.get('me-ticket-detail')) {
      void import('../tickets/ticket-detail.js').then(() => this.requestUpdate());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('ticketId');
    if (changed.has('ticketId') && (this.ticketId || previous)) dispatch(this, 'me-ticket-opened', { ticketId: this.ticketId || undefined });
  }

  /** the user is an admin of at least one of their organizations: rows can be selected */
  get #canManage(): boolean {
    return this.portal?.me?.organizations.some((o) => o.roles.includes('admin')) ?? false;
  }

  get #list(): MeTicketList | null {
    return this.renderRoot.querySelector('me-ticket-list');
  }

  #onRowActivate = (event: CustomEvent<{ item: unknown }>): void => {
    const ticket = event.detail.item as TicketSummary;
    this.ticketId = ticket.id;
    this.openedNumber = ticket.number;
  };

  #onSelection = (event: CustomEvent<SelectionChangeDetail>): void => {
    this.selected = new Set(event.detail.keys);
  };

  #selectedTickets(): TicketSummary[] {
    const list = this.#list;
    return [...this.selected].map((id) => list?.ticket(id)).filter((t): t is TicketSummary => !!t);
  }

  #start(kind: ManagerAction, tickets: TicketSummary[]): void {
    if (tickets.length) this.action = { kind, tickets };
  }

  #onFinished = (event: CustomEvent<{ action: ManagerAction; succeeded: string[]; failed: string[] }>): void => {
    const { action, succeeded, failed } = event.detail;
    // the successes leave the selection; the failures stay selected for another try
    if (this.action && this.action.tickets.some((t) => this.selected.has(t.id))) {
      this.selected = new Set([...this.selected].filter((id) => !succeeded.includes(id)));
    }
    this.revision += 1;
    dispatch(this, 'me-tickets-managed', { action, succeeded, failed });
  };

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const canManage = this.#canManage;
    const n = this.selected.size;
    const count = this.format.number(n);
    const selectedText = n === 1 ? t('manager.selected.one') : t('manager.selected', { n: count });
    return html`
      <div class="header" part="header">
        <h2>${t('manager.title')}</h2>
        <p class="intro">${t('manager.intro')}</p>
      </div>
      ${canManage && n
        ? html`<div class="bulk" part="bulk" role="group" aria-label=${selectedText}>
            <span class="count">${selectedText}</span>
            <button type="button" class="button secondary" part="button" @click=${() => this.#start('requester', this.#selectedTickets())}>${t('manager.changeRequester.n', { n: count })}</button>
            <button type="button" class="button secondary" part="button" @click=${() => this.#start('ccs', this.#selectedTickets())}>${t('manager.editCcs.n', { n: count })}</button>
            <button type="button" class="button secondary" part="button" @click=${() => { this.selected = new Set(); }}>${t('manager.clear')}</button>
          </div>`
        : nothing}
      <me-ticket-list part="toolbar list" exportparts="toolbar, list" tab="managed" .extras=${this.#firstView.shown} ?selectable=${canManage}
        .selectedKeys=${this.selected} .revision=${this.revision}
        @me-row-activate=${this.#onRowActivate} @me-selection-change=${this.#onSelection}></me-ticket-list>
      <me-drawer part="drawer" .open=${!!this.ticketId}
        label=${this.openedNumber ? this.#tickets.t('tickets.detail', { number: this.openedNumber }) : this.#tickets.t('tickets.detail.any')}
        @me-close=${() => { this.ticketId = undefined; this.openedNumber = undefined; }}>
        ${this.ticketId ? html`${this.#renderDrawerActions()}${keyed(this.ticketId, html`<me-ticket-detail ticket-id=${this.ticketId}></me-ticket-detail>`)}` : nothing}
      </me-drawer>
      <me-dialog .open=${!!this.action} label=${this.action?.kind === 'ccs' ? t('manager.dialog.ccs') : t('manager.dialog.requester')}
        @me-close=${() => { this.action = undefined; }}>
        ${this.action
          ? html`<me-ticket-bulk-action .action=${this.action.kind} .tickets=${this.action.tickets}
              @me-bulk-finished=${this.#onFinished} @me-cancel=${() => { this.action = undefined; }}></me-ticket-bulk-action>`
          : nothing}
      </me-dialog>
      <me-toast-region></me-toast-region>
    `;
  }

  /** The admin actions for the ticket in the drawer, where its organization and permissions allow them. */
  #renderDrawerActions() {
    const ticket = this.#opened.data?.ticket ?? (this.ticketId ? this.#list?.ticket(this.ticketId) : undefined);
    if (!ticket) return nothing;
    const t = this.#t.t;
    const requester = mayManage(this.portal, ticket, 'requester');
    const ccs = mayManage(this.portal, ticket, 'ccs');
    const admin = this.portal?.me?.organizations.find((o) => o.id === ticket.organization.id)?.roles.includes('admin');
    if (!requester && !ccs) {
      return admin ? nothing : html`<p class="note">${icon('info')}<span>${t('manager.member')}</span></p>`;
    }
    return html`<div class="drawer-actions">
      ${requester ? html`<button type="button" class="button secondary" part="button" @click=${() => this.#start('requester', [ticket])}>${t('manager.changeRequester')}</button>` : nothing}
      ${ccs ? html`<button type="button" class="button secondary" part="button" @click=${() => this.#start('ccs', [ticket])}>${t('manager.editCcs')}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'me-tickets-managed': CustomEvent<{ action: ManagerAction; succeeded: string[]; failed: string[] }>;
  }
}
