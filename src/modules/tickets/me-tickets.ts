import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import { FirstView } from '../../core/first-view.js';
import type { Ticket, TicketList, TicketSummary } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { ticketsMessages } from '../../locales/tickets.js';
import { uiMessages } from '../../locales/ui.js';
import '../../ui/drawer.js';
import '../../ui/dialog.js';
import '../../ui/tabs.js';
import { announce, showToast } from '../../ui/toast.js';
import '../../ui/toast.js';
import { describeError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import './ticket-list.js';
import type { ReportScope } from './ticket-report.js';
import { firstPageQuery, ticketCountQuery, type TicketTab } from './tickets.api.js';
import { ticketsStyles } from './tickets.styles.js';

type TicketsTab = Exclude<TicketTab, 'managed'>;
const TABS: TicketsTab[] = ['mine', 'cc', 'organization'];

/**
 * "Minhas solicitações": the customer's support requests. Tabs (mine / in copy / organization —
 * the last for the organization's admins only) over a server-paged virtual list with search,
 * filters and sort; the detail with the conversation, reply, solve and satisfaction rating; a
 * new-request form with attachments; the open-tickets report (CSV and printable); the archives
 * of closed tickets (before 2017-11-01, CMNET, Consinco).
 *
 * @tagname me-tickets
 * @summary Support requests: list, detail, reply, new request, report and archives.
 *
 * @fires me-ticket-created - A new request was created. `detail: { ticket }`
 * @fires me-ticket-opened - A ticket's detail was shown (`ticketId`), or closed (`ticketId: undefined`). `detail: { ticketId, number? }`
 * @fires me-ticket-updated - A ticket changed by a reply, a solve or a rating. `detail: { ticket, action }`
 * @fires me-solution-deflected - A solution suggested while a new request (or a closed ticket's follow-up) was typed answered it ("Isso resolveu"): the form closed and no request was opened. `detail: { solutionId, subject }`
 *
 * @csspart header - Title and actions.
 * @csspart tabs - The tabs.
 * @csspart toolbar - Search and filters (inside each list).
 * @csspart list - The virtual list.
 * @csspart drawer - The side panel showing a ticket.
 * @csspart state - Loading, error, no-permission and configuration messages.
 *
 * @cssprop --me-tickets-list-height - Height of the scrolling list (default 560px).
 */
export class MeTickets extends MeElement {
  static override styles = [tokens, stateStyles, ticketsStyles];

  /** The ticket whose detail is shown (deep link); empty for none. */
  @property({ attribute: 'ticket-id' }) ticketId?: string;
  /** The tab shown first: `mine`, `cc` or `organization`. */
  @property() tab: TicketsTab = 'mine';

  @state() private view: 'list' | 'archive' = 'list';
  @state() private creating = false;
  @state() private reportBusy = false;
  /** number of the ticket in the drawer, when known before its detail loads (names the drawer) */
  @state() private openedNumber?: string;

  readonly #t = new MessagesController(this, ticketsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #ui = new MessagesController(this, uiMessages);
  /**
   * The shown tab's first page, started as soon as the organization is known (before `/v1/me`
   * when the host names it): the list below picks it up from the cache, and its total is the
   * tab's count.
   */
  readonly #firstPage = new QueryController<TicketList>(this, () => this.portal?.queryClient, () => firstPageQuery(this.portal, this.tab));
  /** the list shows its first result; the other tabs' counts and the filters' options wait for it */
  readonly #firstView = new FirstView(this, () => this.portal?.status === 'ready'
    && (!firstPageQuery(this.portal, this.tab) || !!this.#firstPage.result && !this.#firstPage.result.isPending));
  /** the other tabs' counts (the shown tab's is its first page's total) */
  readonly #counts = TABS.map((tab) => new QueryController<number>(this, () => this.portal?.queryClient, () =>
    !this.#firstView.shown || tab === this.tab || (tab === 'organization' && !this.portal?.isAdmin) ? undefined : ticketCountQuery(this.portal, tab)));

  protected override willUpdate(changed: PropertyValues<this>): void {
    // the detail's code (conversation, sanitizer, reply) loads when a ticket is first opened
    if (changed.has('ticketId') && this.ticketId && !customElements.get('me-ticket-detail')) {
      void import('./ticket-detail.js').then(() => this.requestUpdate());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('ticketId');
    if (changed.has('ticketId') && (this.ticketId || previous)) dispatch(this, 'me-ticket-opened', { ticketId: this.ticketId || undefined });
  }

  #open(ticketId: string | undefined, number?: string): void {
    this.ticketId = ticketId;
    this.openedNumber = number;
  }

  #onRowActivate(event: CustomEvent<{ item: unknown; key: string }>): void {
    event.stopPropagation();
    const ticket = event.detail.item as TicketSummary;
    this.#open(ticket.id, ticket.number);
  }

  async #report(kind: 'csv' | 'print'): Promise<void> {
    const portal = this.portal;
    if (!portal || this.reportBusy) return;
    const scope: ReportScope = this.tab === 'organization' && portal.isAdmin ? 'organization' : 'mine';
    const t = this.#t.t;
    this.reportBusy = true;
    announce(t('tickets.report.preparing'));
    try {
      const { downloadOpenTicketsCsv, printOpenTickets } = await import('./ticket-report.js');
      if (kind === 'csv') {
        const file = await downloadOpenTicketsCsv(portal, scope);
        announce(t('tickets.report.downloaded', { file }));
      } else {
        await printOpenTickets(portal, scope, (n) => ({
          title: t('tickets.report.title', { scope: scope === 'mine' ? t('tickets.tab.mine') : portal.organization?.name ?? '' }),
          generatedAt: t('tickets.report.generatedAt', { date: portal.format.dateTime(new Date()), n }),
          columns: {
            number: t('tickets.col.number'), subject: t('tickets.col.subject'), status: t('tickets.col.status'), priority: t('tickets.col.priority'),
            product: t('tickets.col.product'), requester: t('tickets.col.requester'), updated: t('tickets.col.updated'),
          },
          status: (ticket) => this.#ui.t(`ticketStatus.${ticket.status}`),
          priority: (ticket) => this.#ui.t(`priority.${ticket.priority}`),
        }));
      }
    } catch (error) {
      announce(`${t('tickets.report.failed')} ${describeError(error, this.#c.t)}`, { politeness: 'assertive' });
    } finally {
      this.reportBusy = false;
    }
  }

  #onCreated(event: CustomEvent<{ ticket: Ticket }>): void {
    this.creating = false;
    announce(this.#t.t('tickets.created', { number: event.detail.ticket.number }));
    this.#open(event.detail.ticket.id, event.detail.ticket.number);
  }

  /** "Isso resolveu": the form closes (focus back to "Nova solicitação"); the event goes on to the page. */
  #onDeflected(): void {
    this.creating = false;
    showToast({ message: this.#t.t('new.suggestions.deflected'), variant: 'success' });
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const isAdmin = this.portal!.isAdmin;
    const tabs = TABS.map((id, i) => ({
      id, label: t(`tickets.tab.${id}`), hidden: id === 'organization' && !isAdmin,
      count: id === this.tab ? this.#firstPage.data?.total : this.#counts[i]!.data,
    }));
    return html`
      <div class="header" part="header">
        <h2>${this.view === 'archive' ? t('archive.title') : t('tickets.title')}</h2>
        <div class="actions">
          ${this.view === 'archive'
            ? html`<button type="button" class="button secondary" @click=${() => { this.view = 'list'; }}>${t('tickets.back')}</button>`
            : html`
              <button type="button" class="button" @click=${this.#startNew}>${t('tickets.new')}</button>
              <button type="button" class="button secondary" ?disabled=${this.reportBusy} aria-busy=${this.reportBusy ? 'true' : nothing} @click=${() => this.#report('csv')}>${t('tickets.report.csv')}</button>
              <button type="button" class="button secondary" ?disabled=${this.reportBusy} @click=${() => this.#report('print')}>${t('tickets.report.print')}</button>
              <button type="button" class="button secondary" @click=${() => this.#openArchive()}>${t('tickets.archive')}</button>`}
        </div>
      </div>
      ${this.view === 'archive' ? this.#renderArchive() : this.#renderList(tabs, isAdmin)}
      <me-drawer part="drawer" .open=${!!this.ticketId} label=${this.openedNumber ? t('tickets.detail', { number: this.openedNumber }) : t('tickets.detail.any')} @me-close=${() => this.#open(undefined)}
        @me-ticket-created=${(event: CustomEvent<{ ticket: Ticket }>) => this.#open(event.detail.ticket.id, event.detail.ticket.number)}>
        ${this.ticketId ? keyed(this.ticketId, html`<me-ticket-detail ticket-id=${this.ticketId}></me-ticket-detail>`) : nothing}
      </me-drawer>
      <me-toast-region></me-toast-region>
      <me-dialog .open=${this.creating} label=${t('new.title')} @me-close=${() => { this.creating = false; }}>
        ${this.creating ? html`<me-ticket-new @me-ticket-created=${this.#onCreated} @me-solution-deflected=${this.#onDeflected}
          @me-cancel=${(e: Event) => { e.stopPropagation(); this.creating = false; }}></me-ticket-new>` : nothing}
      </me-dialog>
    `;
  }

  #renderList(tabs: Array<{ id: TicketsTab; label: string; count: number | undefined; hidden: boolean }>, isAdmin: boolean) {
    const forbidden = this.tab === 'organization' && !isAdmin;
    return html`
      <me-tabs part="tabs" label=${this.#t.t('tickets.tabs')} .tabs=${tabs} selected=${this.tab}
        @me-tab-change=${(e: CustomEvent<{ id: string }>) => { this.tab = e.detail.id as TicketsTab; }}></me-tabs>
      ${forbidden
        ? renderState('forbidden', { title: this.#c.t('state.forbidden.title'), detail: this.#t.t('tickets.forbidden.organization') })
        : html`<me-ticket-list .tab=${this.tab} .extras=${this.#firstView.shown} @me-row-activate=${this.#onRowActivate}></me-ticket-list>`}
    `;
  }

  /** the form's code loads on first use */
  async #startNew(): Promise<void> {
    await import('./ticket-new.js');
    this.creating = true;
  }

  async #openArchive(): Promise<void> {
    await import('./ticket-archive.js');
    this.view = 'archive';
  }

  #renderArchive() {
    return html`<me-ticket-archive @me-row-activate=${this.#onRowActivate}></me-ticket-archive>`;
  }
}
