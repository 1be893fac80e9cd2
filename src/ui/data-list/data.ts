import { PageLoader } from './pages.js';
import type { Column, PageSource, RowKey, SortState } from './types.js';

/**
 * The rows of the list in either mode: the client's `items` (sorted here only when the sort
 * column has a `compare`) or the server's pages.
 */
export class ListData<T> {
  readonly pages: PageLoader<T>;
  #paged = false;
  #view: T[] = [];
  #keys?: { of: unknown; keys: string[] };

  constructor(changed: () => void) {
    this.pages = new PageLoader<T>(changed);
  }

  /** server mode, or back to client mode with `undefined` */
  setSource(source: PageSource<T> | undefined): void {
    this.#paged = source !== undefined;
    this.pages.reset(source);
  }

  /** client mode: the rows, in the order to show */
  setItems(items: T[], columns: ReadonlyArray<Column<T>>, sort: SortState | undefined): void {
    const column = sort && columns.find((c) => c.id === sort.id);
    if (!sort || !column?.compare) {
      this.#view = items;
      return;
    }
    const direction = sort.direction === 'desc' ? -1 : 1;
    this.#view = [...items].sort((a, b) => direction * column.compare!(a, b));
  }

  /** rows in the list: the server's total (0 until the first page answers) or the items */
  get count(): number {
    return this.#paged ? (this.pages.total ?? 0) : this.#view.length;
  }

  /** the row at `index`, `undefined` while its page is loading */
  at(index: number): T | undefined {
    return this.#paged ? this.pages.rowAt(index) : this.#view[index];
  }

  /** keys of the rows loaded so far (all of them in client mode), cached until the rows change */
  loadedKeys(rowKey: RowKey<T>): string[] {
    const of = this.#paged ? this.pages.version : this.#view;
    if (this.#keys?.of !== of) {
      const rows = this.#paged ? this.pages.loadedRows() : this.#view;
      this.#keys = { of, keys: rows.map((item) => rowKey(item)) };
    }
    return this.#keys.keys;
  }
}
