import type { VirtualItem } from '@tanstack/lit-virtual';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommonKey } from '../../locales/common.js';
import type { ListKey } from '../../locales/list.js';
import { renderError, type Translate } from '../states.js';
import { styleProps } from '../style-props.js';
import type { ListNavigation } from './navigation.js';
import type { Column, SortState } from './types.js';

/** One rendered row: where the virtualizer puts it, its data (undefined = still loading) and its key. */
export interface RowView<T> {
  virtual: VirtualItem;
  item: T | undefined;
  key: string;
}

/** What the row and header templates read from the element for one render. */
export interface RenderContext<T> {
  host: { columns: Column<T>[]; selectable: boolean; sort?: SortState; allSelected: boolean };
  nav: ListNavigation;
  t: Translate<ListKey>;
  /** focusable header controls (select all + sort buttons) */
  controls: number;
  cards: boolean;
  /** offset of the first row in the viewport (the sticky header's height) */
  margin: number;
  failedPages: number[];
  pageSize: number;
  toggleSort(column: Column<T>): void;
  common: Translate<CommonKey>;
  number: Intl.NumberFormat;
  retry(): void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function renderHeader<T>(c: RenderContext<T>): TemplateResult {
  const { host, nav, t } = c;
  let control = 0;
  const selection = host.selectable ? nav.selectAllState() : 'none';
  return html`<div role="rowgroup" class="head" ?hidden=${c.cards && !c.controls}>
    <div role="row" part="header" class="header-row" aria-rowindex="1" @keydown=${nav.onHeaderKeydown}>
      ${host.selectable
        ? html`<div role="columnheader" class="th check"><input type="checkbox" data-header-control aria-label=${t('list.selectAll')}
            .checked=${live(selection === 'all')} .indeterminate=${selection === 'some'} tabindex=${nav.headerTabIndex(control++, c.controls)}
            @change=${nav.onSelectAllChange}></div>`
        : nothing}
      ${host.columns.map((column) => {
        if (!column.sortable) return html`<div role="columnheader" class="th">${column.header}</div>`;
        const direction = host.sort?.id === column.id ? host.sort.direction : undefined;
        return html`<div role="columnheader" class="th" aria-sort=${direction ? ARIA_SORT[direction] : 'none'}>
          <button type="button" class="sort" data-header-control title=${column.header} tabindex=${nav.headerTabIndex(control++, c.controls)} @click=${() => c.toggleSort(column)}>
            <span class="label">${column.header}</span><span class="arrow" aria-hidden="true">${direction === 'desc' ? '▼' : '▲'}</span>
          </button>
        </div>`;
      })}
    </div>
  </div>`;
}

/** A row's name for its checkbox: its first column when that is plain text, else its position. */
function rowName<T>(columns: Column<T>[], item: T, index: number): string {
  const first = columns[0]?.cell(item);
  return typeof first === 'string' || typeof first === 'number' ? String(first) : String(index + 1);
}

/**
 * One row. The same row element serves its index whatever it shows (skeleton, then data; or the
 * next data set after a filter): the element and its focus stay, only its content changes.
 */
export function renderRow<T>(c: RenderContext<T>, row: RowView<T>): TemplateResult {
  const { host, nav } = c;
  const index = row.virtual.index;
  const item = row.item;
  const loaded = item !== undefined;
  const selected = host.selectable && (loaded ? nav.isSelected(row.key) : host.allSelected);
  const failed = !loaded && c.failedPages.includes(Math.floor(index / c.pageSize) + 1);
  return html`<div role="row" part=${c.cards ? 'row card' : 'row'} class=${loaded ? 'row' : 'row skeleton'} data-index=${index}
    aria-rowindex=${index + 2} tabindex=${nav.rowTabIndex(index, c.controls)} aria-selected=${host.selectable ? String(selected) : nothing}
    ?data-selectable=${host.selectable} ?data-failed=${failed} ${styleProps({ transform: `translateY(${row.virtual.start - c.margin}px)` })}
    >${loaded ? renderCells(c, item, index, selected) : html`<div role="gridcell" class="skeleton-cell"
      aria-colspan=${host.columns.length + (host.selectable ? 1 : 0)} aria-label=${c.t('list.loadingRow')}></div>`}</div>`;
}

function renderCells<T>(c: RenderContext<T>, item: T, index: number, selected: boolean): TemplateResult {
  const { host } = c;
  return html`${host.selectable
    ? html`<div role="gridcell" class="check"><input type="checkbox" class="check-input" tabindex="-1" .checked=${live(selected)}
        aria-label=${c.t('list.selectRow', { row: rowName(host.columns, item, index) })}></div>`
    : nothing}${host.columns.map((column) => html`<div role="gridcell" part="cell" class="cell">${column.cell(item)}</div>`)}`;
}

/**
 * What shows below the header besides rows: the first load's skeleton, the error (first page or
 * `error`), the empty message, or the banner of a later page that failed.
 */
export function renderListState<T>(
  c: RenderContext<T>,
  state: { pending: boolean; error: unknown; empty: boolean; failedPage?: number; total: number },
): TemplateResult | typeof nothing {
  if (state.error !== undefined) return html`<slot name="error">${renderError(state.error, c.common, c.retry)}</slot>`;
  if (state.pending) return html`<div class="placeholder" aria-hidden="true">${[1, 2, 3, 4, 5].map(() => html`<div class="skeleton-cell"></div>`)}</div>`;
  if (state.empty) return html`<div class="empty" part="empty"><slot name="empty">${c.t('list.empty')}</slot></div>`;
  if (state.failedPage === undefined) return nothing;
  const from = c.number.format((state.failedPage - 1) * c.pageSize + 1);
  const to = c.number.format(Math.min(state.failedPage * c.pageSize, state.total));
  return html`<div class="page-error" role="alert"><slot name="error"><span>${c.t('list.pageError', { from, to })}</span>
    <button type="button" class="button" @click=${c.retry}>${c.common('state.retry')}</button></slot></div>`;
}
