import type { PageResult, PageSource } from './types.js';

/**
 * The pages of a server-paged list: loads the pages a range of rows needs (plus one ahead),
 * never the same page twice at once, keeps what arrived, remembers failures until `retry()`,
 * and forgets everything (aborting what is in flight) when the source changes.
 */
export class PageLoader<T> {
  readonly #changed: () => void;
  #source?: PageSource<T>;
  #abort = new AbortController();
  readonly #pages = new Map<number, T[]>();
  readonly #inFlight = new Set<number>();
  readonly #failed = new Map<number, unknown>();
  /** row count the server reported; `undefined` until the first page answers */
  total: number | undefined;
  /** bumped whenever the loaded rows change (for caches built from them) */
  version = 0;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  get source(): PageSource<T> | undefined {
    return this.#source;
  }

  /** a new source: drop every page, abort the loads in flight, ask for page 1 */
  reset(source: PageSource<T> | undefined): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#pages.clear();
    this.#inFlight.clear();
    this.#failed.clear();
    this.total = undefined;
    this.version++;
    this.#source = source;
    if (source) this.#load(1);
  }

  /** the row at `index`, or `undefined` while its page is not loaded */
  rowAt(index: number): T | undefined {
    const size = this.#source?.pageSize ?? 1;
    return this.#pages.get(Math.floor(index / size) + 1)?.[index % size];
  }

  /** rows of every loaded page, in order */
  loadedRows(): T[] {
    return [...this.#pages.entries()].sort(([a], [b]) => a - b).flatMap(([, rows]) => rows);
  }

  /** the first page load has not answered yet */
  get pending(): boolean {
    return this.total === undefined && this.#failed.size === 0;
  }

  /** the failed pages (1-based) with their errors, in page order */
  get failures(): Array<[page: number, error: unknown]> {
    return [...this.#failed.entries()].sort(([a], [b]) => a - b);
  }

  /** loads the pages holding rows `first`…`last` (0-based), and the page after them */
  ensure(first: number, last: number): void {
    const source = this.#source;
    if (!source || this.total === undefined || last < first) return;
    const pageCount = Math.ceil(this.total / source.pageSize);
    const size = source.pageSize;
    const from = Math.floor(Math.max(first, 0) / size) + 1;
    // the next page is asked for once the rows on screen pass the middle of the last page shown, so it
    // is there before the user reaches it; a fresh search or filter asks only for the page it shows
    const ahead = last % size >= size / 2 ? 1 : 0;
    const to = Math.min(Math.floor(last / size) + 1 + ahead, pageCount);
    for (let page = from; page <= to; page++) {
      if (!this.#pages.has(page) && !this.#inFlight.has(page) && !this.#failed.has(page)) this.#load(page);
    }
  }

  /** asks again for every failed page */
  retry(): void {
    const pages = [...this.#failed.keys()];
    this.#failed.clear();
    for (const page of pages) this.#load(page);
    this.#changed();
  }

  #load(page: number): void {
    const source = this.#source!;
    const signal = this.#abort.signal;
    this.#inFlight.add(page);
    let answer: Promise<PageResult<T>>;
    try {
      answer = source.load(page, signal);
    } catch (error) {
      answer = Promise.reject(error); // a load that throws instead of rejecting is a failed page too
    }
    answer.then(
      (result) => {
        if (signal.aborted) return;
        this.#inFlight.delete(page);
        this.#pages.set(page, result.items);
        this.total = result.total;
        this.version++;
        this.#changed();
      },
      (error: unknown) => {
        if (signal.aborted) return;
        this.#inFlight.delete(page);
        this.#failed.set(page, error);
        this.#changed();
      },
    );
  }
}
