import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { dispatchOwn } from '../../core/events.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import type { TicketPriority, TicketStatus, TicketSummary } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { ticketsMessages, type TicketsKey } from '../../locales/tickets.js';
import { uiMessages } from '../../locales/ui.js';
import { ListFilters } from '../../ui/data-list/list-filters.js';
import '../../ui/data-list/me-data-list.js';
import type { PageSource, RowActivateDetail, SelectionChangeDetail, SortState } from '../../ui/data-list/types.js';
import '../../ui/toolbar/index.js';
import type { SelectOption } from '../../ui/toolbar/index.js';
import { QueryController } from '../../core/cache.js';
import { SORT_FIELDS, ticketColumns } from './ticket-columns.js';
import { DEFAULT_TICKET_FILTERS, fetchTicketPage, productsQuery, TICKET_PAGE_SIZE, type TicketFilters, type TicketTab } from './tickets.api.js';
import { listStyles } from './tickets.styles.js';
import type { ProductList } from '../../core/schemas/products.js';

const STATUSES: TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PRIORITIES: TicketPriority[] = ['urgent', 'high', 'normal', 'low'];

/**
 * One tab of "Minhas solicitações": the toolbar (search, status, priority, product, opened
 * dates) over the server-paged virtual list. With `tab="managed"` (<me-ticket-manager>) it lists
 * every organization linked to the user, with an organization filter and column instead of the
 * product filter (products are per organization), and its rows can be `selectable`.
 * Internal to `<me-tickets>` and `<me-ticket-manager>`.
 *
 * @tagname me-ticket-list
 * @summary The toolbar and virtual list of one tickets tab.
 * @fires me-row-activate - A ticket row was activated (the list's event, passed on; it does not bubble). `detail: { item, key, index }`
 * @fires me-selection-change - The user changed the selection (the list's event, passed on; it does not bubble). `detail: { keys, all }`
 */
export class MeTicketList extends MeElement {
  static override styles = [tokens, listStyles];

  /** which list: mine, cc or organization */
  @property() tab: TicketTab = 'mine';
  /**
   * The widget's first view is on screen: what it does not show may load now (the product
   * filter's options). Until then they load when the user opens that filter.
   */
  @property({ type: Boolean, attribute: false }) extras = false;
  /** Rows have checkboxes (the owner keeps `selectedKeys`). */
  @property({ type: Boolean }) selectable = false;
  @property({ attribute: false }) selectedKeys: Set<string> = new Set();
  /** Bumped by the owner after it changed tickets: the list reads its pages again. */
  @property({ type: Number, attribute: false }) revision = 0;
  /** the user reached for the product filter before `extras` */
  @state() private productsWanted = false;

  readonly #t = new MessagesController(this, ticketsMessages);
  readonly #ui = new MessagesController(this, uiMessages);
  readonly #products = new QueryController<ProductList>(this, () => this.portal?.queryClient, () => this.extras || this.productsWanted ? productsQuery(this.portal) : undefined);
  readonly #filters = new ListFilters<TicketFilters>(this, { ...DEFAULT_TICKET_FILTERS });
  /** the rows loaded so far, by id (a selection's tickets, for the owner's actions) */
  readonly #seen = new Map<string, TicketSummary>();

  /** A loaded row by its key (the owner's bulk actions act on the selected tickets). */
  ticket(id: string): TicketSummary | undefined {
    return this.#seen.get(id);
  }


  /** The list's source: a new object whenever what it shows changes (tab, organization, filters). */
  get source(): PageSource<TicketSummary> | undefined {
    const portal = this.portal;
    if (!portal?.organizationId) return undefined;
    const tab = this.tab;
    return this.#filters.source([tab, portal.organizationId, portal.locale, this.revision], (filters) => ({
      pageSize: TICKET_PAGE_SIZE,
      load: async (page, signal) => {
        const result = await fetchTicketPage(portal, tab, filters, page, TICKET_PAGE_SIZE, signal);
        for (const ticket of result.items) this.#seen.set(ticket.id, ticket);
        return result;
      },
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

  /** the list's row activation, passed on from this element (the list's own event stays inside) */
  #passOn = (event: CustomEvent<RowActivateDetail>): void => {
    dispatchOwn(this, 'me-row-activate', event.detail);
  };

  #passOnSelection = (event: CustomEvent<SelectionChangeDetail>): void => {
    dispatchOwn(this, 'me-selection-change', event.detail);
  };

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
    const active = (['status', 'priority', 'productId', 'organizationId'] as const).filter((k) => k in filters).length + (filters.openedFrom || filters.openedTo ? 1 : 0);
    const managed = this.tab === 'managed';
    const organizationOptions: SelectOption[] = [
      { value: '', label: t('tickets.filter.allOrganizations') },
      ...(this.portal?.me?.organizations ?? []).map((o) => ({ value: o.id, label: o.name })),
    ];
    return html`
      <me-toolbar part="toolbar" .active=${active}>
        <me-search-field slot="search" label=${t('tickets.search')} .value=${this.#filters.text} @me-search=${(e: CustomEvent<{ value: string }>) => this.#filters.search(e.detail.value)}></me-search-field>
        <me-select multiple label=${t('tickets.filter.status')} .options=${statusOptions} .values=${filters.status ?? []} placeholder=${t('tickets.filter.any')}
          @change=${(e: CustomEvent<{ values: string[] }>) => this.#filters.set({ status: e.detail.values as TicketStatus[] })}></me-select>
        <me-select label=${t('tickets.filter.priority')} .options=${priorityOptions} .value=${filters.priority ?? ''}
          @change=${(e: CustomEvent<{ value: string }>) => this.#filters.set({ priority: (e.detail.value || undefined) as TicketPriority | undefined })}></me-select>
        ${managed
          ? html`<me-select label=${t('tickets.filter.organization')} .options=${organizationOptions} .value=${filters.organizationId ?? ''}
              @change=${(e: CustomEvent<{ value: string }>) => this.#filters.set({ organizationId: e.detail.value || undefined })}></me-select>`
          : html`<me-select label=${t('tickets.filter.product')} .options=${productOptions} .value=${filters.productId ?? ''}
              @focusin=${() => { this.productsWanted = true; }} @pointerdown=${() => { this.productsWanted = true; }}
              @change=${(e: CustomEvent<{ value: string }>) => this.#filters.set({ productId: e.detail.value || undefined })}></me-select>`}
        <me-date-range label=${t('tickets.filter.opened')} .from=${filters.openedFrom ?? ''} .to=${filters.openedTo ?? ''}
          @change=${(e: CustomEvent<{ from: string; to: string }>) => this.#filters.set({ openedFrom: e.detail.from || undefined, openedTo: e.detail.to || undefined })}></me-date-range>
        ${filtered ? html`<button type="button" class="link" @click=${() => this.#filters.reset({ sort: filters.sort })}>${t('tickets.filter.clear')}</button>` : ''}
      </me-toolbar>
      <me-data-list part="list" label=${t('tickets.list')} .columns=${ticketColumns(t as (k: TicketsKey) => string, this.#ui.t, this.format, { organization: managed })} .rowKey=${(ticket: TicketSummary) => ticket.id}
        ?selectable=${this.selectable} .selectedKeys=${this.selectedKeys}
        .source=${this.source} .sort=${this.#sort} @me-sort-change=${this.#onSort} @me-row-activate=${this.#passOn} @me-selection-change=${this.#passOnSelection}>
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
