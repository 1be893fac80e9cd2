import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PageSource } from './types.js';

type Filters = { q?: string };

const isEmpty = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && !value.length);

/**
 * The state behind a server-paged list with a toolbar: the filters sent to the server (empty
 * values dropped), the search box's text as typed (the query sent is trimmed, the box keeps a space
 * the user paused on), and one page source per distinct request, so the list starts over only when
 * what it shows changes (a new source object resets `<me-data-list>`).
 */
export class ListFilters<F extends Filters> implements ReactiveController {
  /** the filters, without empty values */
  value: F;
  /** the search box's text as typed */
  text = '';
  readonly #host: ReactiveControllerHost;
  #key = '';
  #source?: PageSource<unknown>;

  constructor(host: ReactiveControllerHost, initial: F) {
    this.#host = host;
    this.value = initial;
    host.addController(this);
  }

  hostConnected(): void {}

  /** any filter set besides `ignored` (the sort, usually) */
  has(...ignored: Array<keyof F>): boolean {
    return Object.keys(this.value).some((key) => !ignored.includes(key as keyof F));
  }

  set(patch: Partial<F>): void {
    const next = { ...this.value, ...patch };
    for (const key of Object.keys(next) as Array<keyof F>) if (isEmpty(next[key])) delete next[key];
    this.value = next;
    this.#host.requestUpdate();
  }

  /** the search box changed: its text as typed, the query trimmed */
  search(text: string): void {
    this.text = text;
    this.set({ q: text.trim() } as Partial<F>);
  }

  /** back to `keep` (the sort, usually), search box emptied */
  reset(keep: F): void {
    this.value = keep;
    this.text = '';
    this.#host.requestUpdate();
  }

  /** The page source for the current filters and `context` (tab, organization, language…), the same object until either changes. */
  source<T>(context: unknown[], make: (filters: F) => PageSource<T>): PageSource<T> {
    const key = JSON.stringify([context, this.value]);
    if (key !== this.#key || !this.#source) {
      this.#key = key;
      this.#source = make(this.value) as PageSource<unknown>;
    }
    return this.#source as PageSource<T>;
  }
}
