import type { TemplateResult } from 'lit';

/** Sort order of one column. */
export type SortDirection = 'asc' | 'desc';

/** The list's current sort: which column, which way. `undefined` = the data's own order. */
export interface SortState {
  id: string;
  direction: SortDirection;
}

/**
 * One column of `<me-data-list>`. Functions are declared as methods so a `Column<Ticket>[]`
 * is assignable where a `Column<unknown>[]` is expected (the element is not generic in HTML).
 */
export interface Column<T> {
  /** stable id: the `sort.id` of this column */
  id: string;
  /** header text (also the card label unless `cardLabel` is set) */
  header: string;
  /** the cell's content: a string or a Lit template; keep it cheap (no custom element per cell) */
  cell(item: T): TemplateResult | string | number | undefined | null | unknown;
  /** the header is a button that cycles asc/desc and fires `me-sort-change` */
  sortable?: boolean;
  /** client mode only: sorts `items` locally when this column is the sort column */
  compare?(a: T, b: T): number;
  /**
   * a CSS grid track, e.g. `8rem` or `minmax(8rem, 2fr)`; default `minmax(0, 1fr)`. Every row is
   * its own grid, so tracks must not depend on content: `auto`, `min-content`, `max-content` and
   * `fit-content()` are read as `1fr` (as a minimum, `0`), and a bare `2fr` as `minmax(0, 2fr)`.
   */
  width?: string;
  align?: 'start' | 'center' | 'end';
  /** label of the value in the narrow (card) layout; default `header` */
  cardLabel?: string;
  /** leave this value out of the card layout */
  hideInCard?: boolean;
  /** table layout: leave this column out while the list is narrower than this many px (the least important columns first) */
  hideBelow?: number;
}

/** The key of a row (unique, stable across pages): method-typed for the same reason as `Column`. */
export type RowKey<T> = { key(item: T): string }['key'];

/** One page as the API list envelope gives it (`page` is 1-based). */
export interface PageResult<T> {
  items: T[];
  total: number;
}

/**
 * Server paging: the list asks for the pages covering what is on screen (plus one ahead) and
 * never calls the API itself; the owner answers through the shared query cache. A new `source`
 * object (new filters, search or sort) resets the list.
 */
export interface PageSource<T> {
  pageSize: number;
  load(page: number, signal: AbortSignal): Promise<PageResult<T>>;
}

export interface SortChangeDetail {
  sort: SortState | undefined;
}
export interface SelectionChangeDetail {
  /** the selected row keys */
  keys: string[];
  /** server mode: "select all" was used — every row of `total`, loaded or not, is meant */
  all: boolean;
}
export interface RowActivateDetail {
  item: unknown;
  key: string;
  /** 0-based position in the list */
  index: number;
}
