import { elementScroll, VirtualizerController, type Virtualizer, type VirtualItem } from '@tanstack/lit-virtual';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { listMessages } from '../../locales/list.js';
import { badgeStyles } from '../badge-templates.js';
import { stateStyles } from '../states.js';
import { styleProps } from '../style-props.js';
import { Announcer, intl } from './announcer.js';
import { dataListStyles } from './data-list.styles.js';
import { columnTrack, ListLayout, trackMinimum } from './layout.js';
import { ListNavigation, type NavigationHost } from './navigation.js';
import { ListData } from './data.js';
import { renderHeader, renderListState, renderRow, type RowView } from './templates.js';
import type { Column, PageSource, RowActivateDetail, RowKey, SelectionChangeDetail, SortChangeDetail, SortState } from './types.js';

/**
 * The viewport's size for the virtualizer, from a ResizeObserver only, applied on the next frame.
 * The library's default also reads it synchronously when the list connects, which forced a layout
 * of the whole page in the middle of the first render (~15–20 ms of a widget's first paint). Until
 * the first report the list assumes the window's height (a few rows too many, never too few), and
 * applying a report on the next frame keeps a list whose height follows its rows (`height: auto`)
 * out of a ResizeObserver loop.
 */
function observeRectWithoutLayout(instance: Virtualizer<HTMLDivElement, HTMLDivElement>, cb: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  if (!element) return undefined;
  let frame = 0;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (!box) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => cb({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) }));
  });
  observer.observe(element, { box: 'border-box' });
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}

const restored = new WeakSet<Element>();

/**
 * Scrolls the viewport for the virtualizer, except the library's "restore" of offset 0 on a fresh
 * viewport (already at 0): a no-op scroll that still forced a layout during the first render.
 */
function scrollWithoutRestore(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<HTMLDivElement, HTMLDivElement>) {
  const element = instance.scrollElement;
  if (element && !restored.has(element)) {
    restored.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

/**
 * The list every module uses: declarative columns, sorting, row selection, keyboard navigation
 * with one tab stop, virtual scrolling (only the rows on screen are in the DOM) and two data
 * modes — `items` (client) or `source` (server paging: the pages on screen are asked for as the
 * user scrolls; not-yet-loaded rows show skeletons). Below 560 px of its own width, rows
 * become cards of "label: value" lines. Needs no portal (reads the portal's locale when inside one).
 *
 * Cells may render the kit's badge templates (`statusBadge`, `priorityBadge`, `badge` from
 * ui/badge-templates.ts): their styles are part of the list's, so no badge element per cell is needed.
 *
 * Height: the element is as tall as its owner makes it (`height`, default 480 px; for a list that
 * shrinks to few rows use `height: auto; max-height: …`) and scrolls inside; the header is sticky.
 *
 * Selection in server mode: the header checkbox selects the loaded rows and sets `allSelected`
 * (= every row of the total, loaded or not, is meant); toggling one row off clears that flag.
 *
 * @tagname me-data-list
 * @summary Virtualized, keyboard-navigable data list with sorting, selection and server paging.
 *
 * @fires me-sort-change - A sortable header was clicked (asc → desc → asc). `detail: { sort }`. The element
 *   sorts by itself only in client mode with a column `compare`; otherwise the owner refetches. Not bubbling: listen on the element itself.
 * @fires me-selection-change - The user changed the selection. `detail: { keys: string[], all: boolean }` Not bubbling: listen on the element itself.
 * @fires me-row-activate - Enter on a row, or a click (double-click with `activation="dblclick"`). `detail: { item, key, index }` Not bubbling: listen on the element itself.
 * @fires me-retry - Client mode: the retry button of the `error` state was pressed (refetch the items). Not bubbling: listen on the element itself.
 *
 * @slot empty - Shown when there are no rows (default: "Nenhum resultado").
 * @slot error - Replaces the default error message (the first load failed, or a page did: call `retry()`).
 *
 * @csspart list - The scrolling viewport.
 * @csspart header - The header row.
 * @csspart row - Every row (loaded or skeleton).
 * @csspart card - A row shown as a card (narrow layout).
 * @csspart cell - Every data cell.
 * @csspart empty - The empty message.
 * @csspart state - The error state block.
 *
 * @cssprop [--me-data-list-height=480px] - Default height of the element (a `height` set on it wins).
 * @cssprop [--me-data-list-header-background=var(--me-color-surface)] - Header row background.
 * @cssprop [--me-data-list-row-hover-background=var(--me-color-surface)] - Row background under the pointer.
 * @cssprop [--me-data-list-selected-background=var(--me-color-info-background)] - Background of selected rows.
 * @cssprop [--me-data-list-divider-color=var(--me-color-border)] - Row dividers and the outer border.
 */
export class MeDataList<T = unknown> extends MeElement implements NavigationHost {
  static override styles = [tokens, stateStyles, badgeStyles, dataListStyles];

  /** The columns, in order. Keep the array stable between renders of the owner. */
  @property({ attribute: false }) columns: Column<T>[] = [];
  /** Client mode: every row. Ignored while `source` is set. */
  @property({ attribute: false }) items: T[] = [];
  /** Server paging mode: pass a new object to reset (new filters, search or sort). */
  @property({ attribute: false }) source?: PageSource<T>;
  /** Unique, stable key of a row (default: its `id`). */
  @property({ attribute: false }) rowKey: RowKey<T> = (item) => String((item as { id?: unknown } | null)?.id);
  /** Accessible name of the grid (default "Lista"). */
  @property() label?: string;
  /** The sort shown on the headers (`aria-sort`); updated by header clicks. */
  @property({ attribute: false }) sort?: SortState;
  /** Adds a checkbox column; Space, shift+click and the header checkbox select rows. */
  @property({ type: Boolean, reflect: true }) selectable = false;
  /** Keys of the selected rows. */
  @property({ attribute: false }) selectedKeys: Set<string> = new Set();
  /** Server mode: every row of the total is selected, including rows not loaded yet. */
  @property({ type: Boolean, attribute: 'all-selected' }) allSelected = false;
  /** Height of a row in the table layout, in px (cards are measured). */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 44;
  /** Rows rendered beyond each edge of the viewport. */
  @property({ type: Number }) overscan = 6;
  /** What activates a row with the pointer. */
  @property() activation: 'click' | 'dblclick' = 'click';
  /** Client mode: the owner is loading `items` (skeleton while there are none). */
  @property({ type: Boolean }) loading = false;
  /** Client mode: the owner's load failed; shows the error state with a retry (`me-retry`). */
  @property({ attribute: false }) error?: unknown;

  readonly #t = new MessagesController(this, listMessages);
  readonly #common = new MessagesController(this, commonMessages);
  readonly #data = new ListData<T>(() => this.requestUpdate());
  readonly #nav = new ListNavigation(this);
  readonly #layout = new ListLayout(this);
  readonly #announcer = new Announcer(this);
  readonly #virtual: VirtualizerController<HTMLDivElement, HTMLDivElement> = new VirtualizerController(this, {
    count: 0,
    getScrollElement: () => this.#scroller,
    estimateSize: () => this.#estimate,
    overscan: this.overscan,
    observeElementRect: observeRectWithoutLayout,
    scrollToFn: scrollWithoutRestore,
    initialRect: { width: 0, height: globalThis.innerHeight || 800 },
  });
  #estimate = 44;
  #rendered: [first: number, last: number] = [0, -1];
  #toTop = false;
  #status = { pending: false, error: undefined as unknown };
  #cards = false;
  #visible: Column<T>[] = [];

  /** Rows in the list: the server's total in paging mode (0 until the first page answers). */
  get rowCount(): number {
    return this.#data.count;
  }

  /** The row at `index` (0-based), `undefined` while its page is loading. */
  itemAt(index: number): T | undefined {
    return this.#data.at(index);
  }

  /** The key of the row at `index`, `undefined` while its page is loading. */
  keyAt(index: number): string | undefined {
    const item = this.itemAt(index);
    return item === undefined ? undefined : this.rowKey(item);
  }

  /** Keys of the rows loaded so far (every row in client mode). */
  loadedKeys(): string[] {
    return this.#data.loadedKeys(this.rowKey);
  }

  /** Asks again for the pages that failed (server mode), or fires `me-retry` (client mode). */
  retry(): void {
    if (this.source) this.#data.pages.retry();
    else dispatchOwn(this, 'me-retry', {});
  }

  /** Scrolls the row at `index` into view. */
  revealRow(index: number): void {
    this.#virtualizer.scrollToIndex(index, { align: 'auto' });
  }

  /** @internal rows per PageUp/PageDown */
  pageRows(): number {
    const height = (this.#scroller?.clientHeight ?? 0) - this.#headerOffset;
    return Math.max(1, Math.floor(height / this.#estimate));
  }

  /** Focuses the grid's tab stop (the active row). */
  override focus(options?: FocusOptions): void {
    const stop = this.renderRoot?.querySelector<HTMLElement>('[tabindex="0"]');
    if (stop) stop.focus(options);
    else super.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    intl(this.locale); // Intl's locale data loads once, before the first count is announced
  }

  get #virtualizer(): Virtualizer<HTMLDivElement, HTMLDivElement> {
    return this.#virtual.getVirtualizer();
  }

  get #scroller(): HTMLDivElement | null {
    return this.renderRoot?.querySelector<HTMLDivElement>('.scroller') ?? null;
  }

  /** height of the sticky header: rows start below it */
  get #headerOffset(): number {
    const measured = this.#layout.headerHeight;
    return measured >= 0 ? measured : this.rowHeight + 1;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('source')) {
      this.#data.setSource(this.source);
      this.#nav.reset();
      if (!changed.has('allSelected')) this.allSelected = false;
      this.#toTop = this.hasUpdated;
    }
    // table layout: the columns that fit (all of them until the width is known, and in cards)
    const width = this.#layout.width;
    const visible = this.#layout.cards || !width ? this.columns : this.columns.filter((c) => !c.hideBelow || width >= c.hideBelow);
    // the per-column stylesheet is rebuilt only when the columns shown change (not on every scroll)
    const shownChanged = changed.has('columns') || changed.has('selectable') || visible.length !== this.#visible.length;
    this.#visible = visible;
    const columnsChanged = shownChanged && this.#layout.setColumns(visible, this.selectable);
    const dataChanged = changed.has('items') || changed.has('sort') || columnsChanged;
    if (!this.source && (dataChanged || changed.has('columns') || changed.has('source'))) this.#data.setItems(this.items, this.columns, this.sort);
    const cards = this.#layout.cards;
    const layoutChanged = cards !== this.#cards;
    this.#cards = cards;
    const v = this.#virtualizer;
    const margin = this.#headerOffset;
    const pad = cards ? 8 : 0;
    v.setOptions({
      ...v.options,
      count: this.rowCount,
      overscan: this.overscan,
      scrollMargin: margin,
      scrollPaddingStart: margin,
      gap: pad,
      paddingStart: pad,
      paddingEnd: pad,
    });
    const estimate = cards ? this.#cardEstimate() : this.rowHeight;
    if (estimate !== this.#estimate || layoutChanged || (cards && (dataChanged || changed.has('source')))) {
      this.#estimate = estimate;
      v.measure();
    }
  }

  protected override updated(): void {
    const scroller = this.#scroller;
    if (this.#toTop && scroller) {
      this.#toTop = false;
      scroller.scrollTop = 0;
    }
    if (this.source) this.#data.pages.ensure(...this.#rendered);
    if (this.#cards) this.#measureCards();
    this.#announcer.say(this.#announcement());
  }

  /** cards grow with their content: the virtualizer measures each one (and watches it resize) */
  #measureCards(): void {
    const v = this.#virtualizer;
    v.measureElement(null); // forget rows that left the DOM
    for (const row of this.renderRoot.querySelectorAll<HTMLDivElement>('.body > .row')) v.measureElement(row);
  }

  #cardEstimate(): number {
    const lines = this.columns.filter((c) => !c.hideInCard).length;
    return lines * 24 + 18;
  }

  #toggleSort(column: Column<T>): void {
    const direction = this.sort?.id === column.id && this.sort.direction === 'asc' ? 'desc' : 'asc';
    this.sort = { id: column.id, direction };
    dispatchOwn(this, 'me-sort-change', { sort: this.sort });
  }

  /** the virtual items on screen (+ overscan), plus the active row so focus never drops out of the DOM */
  #rows(): RowView<T>[] {
    const v = this.#virtualizer;
    const visible = v.getVirtualItems();
    const first = visible[0];
    this.#rendered = first ? [first.index, visible[visible.length - 1]!.index] : [0, -1];
    let list: VirtualItem[] = visible;
    const active = this.#nav.active;
    const extra = active < this.rowCount && first && !visible.some((item) => item.index === active) ? v.measurementsCache[active] : undefined;
    if (extra) list = extra.index < first!.index ? [extra, ...visible] : [...visible, extra];
    return list.map((virtual) => {
      const item = this.itemAt(virtual.index);
      return { virtual, item, key: item === undefined ? '' : this.rowKey(item) };
    });
  }

  protected override render() {
    const t = this.#t.t;
    const pages = this.#data.pages;
    const pending = this.source ? pages.pending : this.loading && !this.items.length;
    const failed = this.source ? pages.failures : [];
    const error = this.source ? (pages.total === undefined ? failed[0]?.[1] : undefined) : this.error;
    this.#status = { pending, error };
    const rows = pending || error !== undefined ? [] : this.#rows();
    const columns = this.#visible;
    const controls = (this.selectable ? 1 : 0) + columns.filter((c) => c.sortable).length;
    const columnTracks = columns.map((c) => columnTrack(c.width));
    const tracks = `${this.selectable ? '48px ' : ''}${columnTracks.join(' ')}`;
    // the grid is as wide as the list, or as the columns' minimums when those add up to more (it scrolls)
    const minWidth = `calc(${this.selectable ? '48px + ' : ''}${columnTracks.map(trackMinimum).join(' + ') || '0px'})`;
    const context = {
      host: { columns, selectable: this.selectable, sort: this.sort, allSelected: this.allSelected }, nav: this.#nav, t, controls, cards: this.#cards, margin: this.#headerOffset,
      failedPages: failed.map(([page]) => page),
      pageSize: this.source?.pageSize ?? 0, toggleSort: (c: Column<T>) => this.#toggleSort(c),
      common: this.#common.t, number: intl(this.locale).number, retry: () => this.retry(),
    };
    // rows are keyed by position: scrolling adds/drops only the rows that enter or leave, and a
    // filter or an arriving page refills the same row elements (no DOM churn, focus stays put)
    return html`<div class="scroller" part="list" ${styleProps({ '--_row-height': `${this.rowHeight}px`, '--_columns': tracks, '--_min-width': minWidth })}>
        <div class="grid" role="grid" aria-label=${this.label || t('list.label')} aria-rowcount=${pending || error !== undefined ? -1 : this.rowCount + 1}
          aria-multiselectable=${this.selectable ? 'true' : nothing} aria-busy=${pending || this.loading ? 'true' : nothing}
          @focusin=${this.#nav.onFocusIn} @focusout=${this.#nav.onFocusOut}>
          ${renderHeader(context)}
          <div role=${rows.length ? 'rowgroup' : nothing} class="body" ${styleProps({ height: `${rows.length ? this.#virtualizer.getTotalSize() : 0}px` })}
            @keydown=${this.#nav.onRowKeydown} @click=${this.#nav.onRowClick} @dblclick=${this.#nav.onRowDblClick} @mousedown=${this.#nav.onMouseDown}>
            ${repeat(rows, (row) => row.virtual.index, (row) => renderRow(context, row))}
          </div>
        </div>
        ${renderListState(context, { pending, error, empty: !this.rowCount, failedPage: failed[0]?.[0], total: this.rowCount })}
      </div>
      <div class="visually-hidden" role="status">${this.#announcer.text}</div>`;
  }

  #announcement(): string {
    const { pending, error } = this.#status;
    if (pending) return this.#t.t('list.loading');
    if (error !== undefined) return '';
    const count = this.rowCount;
    if (!count) return this.#t.t('list.results.none');
    const { number, plural } = intl(this.locale);
    return this.#t.t(plural.select(count) === 'one' ? 'list.results.one' : 'list.results.other', { n: number.format(count) });
  }
}

define('me-data-list', MeDataList);

declare global {
  interface HTMLElementTagNameMap {
    'me-data-list': MeDataList;
  }
  interface GlobalEventHandlersEventMap {
    'me-sort-change': CustomEvent<SortChangeDetail>;
    'me-selection-change': CustomEvent<SelectionChangeDetail>;
    'me-row-activate': CustomEvent<RowActivateDetail>;
    'me-retry': CustomEvent<Record<string, never>>;
  }
}
