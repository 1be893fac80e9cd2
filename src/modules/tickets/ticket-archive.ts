import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { dispatchOwn } from '../../core/events.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import type { ArchiveSource, TicketSummary } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { ticketsMessages, type TicketsKey } from '../../locales/tickets.js';
import { uiMessages } from '../../locales/ui.js';
import { ListFilters } from '../../ui/data-list/list-filters.js';
import '../../ui/data-list/me-data-list.js';
import type { PageSource, RowActivateDetail } from '../../ui/data-list/types.js';
import '../../ui/toolbar/index.js';
import { ticketColumns } from './ticket-columns.js';
import { fetchArchivePage, type ArchiveFilters } from './tickets.api.js';
import { listStyles } from './tickets.styles.js';

const SOURCES: ArchiveSource[] = ['legacy', 'cmnet', 'consinco'];
const PAGE_SIZE = 100;

/**
 * The read-only archives of closed tickets: portal tickets closed before 2017-11-01, CMNET and
 * Consinco — search, closed-date range and the same detail. Internal to `<me-tickets>`.
 *
 * @tagname me-ticket-archive
 * @summary Archived (closed) tickets, read only.
 * @fires me-row-activate - A ticket row was activated (the list's event, passed on; it does not bubble). `detail: { item, key, index }`
 */
export class MeTicketArchive extends MeElement {
  static override styles = [tokens, listStyles];

  @state() private archiveSource: ArchiveSource = 'legacy';

  readonly #t = new MessagesController(this, ticketsMessages);
  readonly #ui = new MessagesController(this, uiMessages);
  readonly #filters = new ListFilters<ArchiveFilters>(this, {});

  get source(): PageSource<TicketSummary> | undefined {
    const portal = this.portal;
    if (!portal || portal.status !== 'ready') return undefined;
    const archiveSource = this.archiveSource;
    return this.#filters.source([archiveSource, portal.organizationId, portal.locale], (filters) => ({
      pageSize: PAGE_SIZE,
      load: (page, signal) => fetchArchivePage(portal, archiveSource, filters, page, PAGE_SIZE, signal),
    }));
  }

  /** the list's row activation, passed on from this element (the list's own event stays inside) */
  #passOn = (event: CustomEvent<RowActivateDetail>): void => {
    dispatchOwn(this, 'me-row-activate', event.detail);
  };

  protected override render() {
    const t = this.#t.t;
    return html`
      <p class="hint">${t('archive.readOnly')}</p>
      <me-toolbar part="toolbar" .active=${this.#filters.value.closedFrom || this.#filters.value.closedTo ? 1 : 0}>
        <me-select slot="search" label=${t('archive.source')} .options=${SOURCES.map((s) => ({ value: s, label: t(`archive.source.${s}`) }))} .value=${this.archiveSource}
          @change=${(e: CustomEvent<{ value: string }>) => { this.archiveSource = e.detail.value as ArchiveSource; }}></me-select>
        <me-search-field slot="search" label=${t('tickets.search')} .value=${this.#filters.text} @me-search=${(e: CustomEvent<{ value: string }>) => this.#filters.search(e.detail.value)}></me-search-field>
        <me-date-range label=${t('archive.closed')} .from=${this.#filters.value.closedFrom ?? ''} .to=${this.#filters.value.closedTo ?? ''}
          @change=${(e: CustomEvent<{ from: string; to: string }>) => this.#filters.set({ closedFrom: e.detail.from, closedTo: e.detail.to })}></me-date-range>
      </me-toolbar>
      <me-data-list part="list" label=${t('archive.title')} .columns=${ticketColumns(t as (k: TicketsKey) => string, this.#ui.t, this.format, { closed: true })}
        .rowKey=${(ticket: TicketSummary) => ticket.id} .source=${this.source} @me-row-activate=${this.#passOn}>
        <span slot="empty">${t('tickets.empty')}</span>
      </me-data-list>
    `;
  }
}

define('me-ticket-archive', MeTicketArchive);

declare global {
  interface HTMLElementTagNameMap {
    'me-ticket-archive': MeTicketArchive;
  }
}
