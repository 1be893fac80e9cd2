import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import type { TicketPriority, TicketStatus, TicketSummary } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { ticketsMessages, type TicketsKey } from '../../locales/tickets.js';
import { uiMessages } from '../../locales/ui.js';
import { ListFilters } from '../../ui/data-list/list-filters.js';
import '../../ui/data-list/me-data-list.js';
import type { PageSource, SortState } from '../../ui/data-list/types.js';
import '../../ui/toolbar/index.js';
import type { SelectOption } from '../../ui/toolbar/index.js';
import { QueryController } from '../../core/cache.js';
import { SORT_FIELDS, ticketColumns } from './ticket-columns.js';
import { fetchTicketPage, productsQuery, type TicketFilters, type TicketTab } from './tickets.api.js';
import { listStyles } from './tickets.styles.js';
import type { ProductList } from '../../core/schemas/products.js';

const STATUSES: TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES: TicketPriority[] = ['urgent', 'high', 'normal', 'low'];
const PAGE_SIZE = 100;

/**
 * One tab of "Minhas solicitações": the toolbar (search, status, priority, product, opened
 * dates) over the server-paged virtual list. Internal to `<me-tickets>`.
 *
 * @tagname me-ticket-list
 * @summary The toolbar and virtual list of one tickets tab.
 */
export class MeTicketList extends MeElement {
  static override styles = [tokens, listStyles];

  /** which list: mine, cc or organization */
  @property() tab: TicketTab = 'mine';

  readonly #t = new MessagesController(this, ticketsMessages);
  readonly #ui = new MessagesController(this, uiMessages);
  readonly #products = new QueryController<ProductList>(this, () => this.portal?.queryClient, () => productsQuery(this.portal));
  readonly #filters = new ListFilters<TicketFilters>(this, { sort: '-updatedAt' });

  /** The list's source: a new object whenever what it shows changes (tab, organization, filters). */
  get source(): PageSource<TicketSummary> | undefined {
    const portal = this.portal;
    if (!portal?.organizationId) return undefined;
    const tab = this.tab;
    return this.#filters.source([tab, portal.organizationId, portal.locale], (filters) => ({
      pageSize: PAGE_SIZE,
      load: (page, signal) => fetchTicketPage(portal, tab, filters, page, PAGE_SIZE, signal),
    }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('tab') && changed.get('tab') !== undefined) this.#filters.reset({ sort: this.#filters.value.sort });
  }

  get #sort(): SortState | undefined {
    const sort = this.#filters.value.sort ?? '-updatedAt';
    const field = sort.replace(/^-/, '');
    const id = Object.keys(SORT_FIELDS).find((k) => SORT_FIELDS[k] === field);
    return id ? { id, direction: sort.startsWith('-') ? 'desc' : 'asc' } : undefined;
  }

  #onSort(event: CustomEvent<{ sort: SortState | undefined }>): void {
    const sort = event.detail.sort;
    this.#filters.set({ sort: sort ? `${sort.direction === 'desc' ? '-' : ''}${SORT_FIELDS[sort.id]}` : undefined });
  }

  protected override render() {
    const t = this.#t.t;
    const ui = this.#ui.t;
    const statusOptions: SelectOption[] = STATUSES.map((s) => ({ value: s, label: ui(`ticketStatus.${s}`) }));
    const priorityOptions: SelectOption[] = [{ value: '', label: t('tickets.filter.any') }, ...PRIORITIES.map((p) => ({ value: p, label: ui(`priority.${p}`) }))];
    const products = this.#products.data?.items ?? [];
    const productOptions: SelectOption[] = [{ value: '', label: t('tickets.filter.any') }, ...products.map((p) => ({ value: p.id, label: `${p.lineName} ${p.version}` }))];
    const filters = this.#filters.value;
    const filtered = this.#filters.has('sort');
    // filters folded behind the toolbar's button on a phone (the search stays out)
    const active = (['status', 'priority', 'productId'] as const).filter((k) => k in filters).length + (filters.openedFrom || filters.openedTo ? 1 : 0);
    return html`
      <me-toolbar part="toolbar" .active=${active}>
        <me-search-field slot="search" label=${t('tickets.search')} .value=${this.#filters.text} @me-search=${(e: CustomEvent<{ value: string }>) => this.#filters.search(e.detail.value)}></me-search-field>
        <me-select multiple label=${t('tickets.filter.status')} .options=${statusOptions} .values=${filters.status ?? []} placeholder=${t('tickets.filter.any')}
          @change=${(e: CustomEvent<{ values: string[] }>) => this.#filters.set({ status: e.detail.values as TicketStatus[] })}></me-select>
        <me-select label=${t('tickets.filter.priority')} .options=${priorityOptions} .value=${filters.priority ?? ''}
          @change=${(e: CustomEvent<{ value: string }>) => this.#filters.set({ priority: (e.detail.value || undefined) as TicketPriority | undefined })}></me-select>
        <me-select label=${t('tickets.filter.product')} .options=${productOptions} .value=${filters.productId ?? ''}
          @change=${(e: CustomEvent<{ value: string }>) => this.#filters.set({ productId: e.detail.value || undefined })}></me-select>
        <me-date-range label=${t('tickets.filter.opened')} .from=${filters.openedFrom ?? ''} .to=${filters.openedTo ?? ''}
          @change=${(e: CustomEvent<{ from: string; to: string }>) => this.#filters.set({ openedFrom: e.detail.from || undefined, openedTo: e.detail.to || undefined })}></me-date-range>
        ${filtered ? html`<button type="button" class="link" @click=${() => this.#filters.reset({ sort: filters.sort })}>${t('tickets.filter.clear')}</button>` : ''}
      </me-toolbar>
      <me-data-list part="list" label=${t('tickets.list')} .columns=${ticketColumns(t as (k: TicketsKey) => string, this.#ui.t, this.format)} .rowKey=${(ticket: TicketSummary) => ticket.id}
        .source=${this.source} .sort=${this.#sort} @me-sort-change=${this.#onSort}>
        <span slot="empty">${filtered ? t('tickets.empty.filtered') : t('tickets.empty')}</span>
      </me-data-list>
    `;
  }
}

define('me-ticket-list', MeTicketList);

declare global {
  interface HTMLElementTagNameMap {
    'me-ticket-list': MeTicketList;
  }
}
