import { QueryClient, QueryObserver, hashKey, type QueryKey, type QueryObserverOptions, type QueryObserverResult } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError } from './errors.js';

export type { QueryKey, QueryObserverResult };

/**
 * The server-state cache shared by every widget under one portal (TanStack Query core): the
 * same key is fetched once however many widgets show it, and a mutation invalidates the keys it
 * affects so each widget showing that data refetches. Transport retries live in the ApiClient,
 * so the cache itself never retries.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, gcTime: 5 * 60_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

export type QueryOptions<T> = QueryObserverOptions<T, ApiError, T, T, QueryKey>;

/**
 * Binds a Lit element to one cache entry. `options()` is read on every update: return
 * `undefined` while the query cannot run yet (no portal, no organization). The observer
 * unsubscribes when the element disconnects; a request nobody waits for any more is aborted.
 */
export class QueryController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #client: () => QueryClient | undefined;
  readonly #options: () => QueryOptions<T> | undefined;
  #observer: QueryObserver<T, ApiError, T, T, QueryKey> | undefined;
  #observerClient: QueryClient | undefined;
  #unsubscribe: (() => void) | undefined;
  #hash: string | undefined;
  #connected = false;
  result: QueryObserverResult<T, ApiError> | undefined;

  constructor(host: ReactiveControllerHost, client: () => QueryClient | undefined, options: () => QueryOptions<T> | undefined) {
    this.#host = host;
    this.#client = client;
    this.#options = options;
    host.addController(this);
  }

  get data(): T | undefined {
    return this.result?.data;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#observer = undefined;
    this.#hash = undefined;
  }

  /** Fetches again (the "retry" action of an error state). */
  refetch(): Promise<unknown> {
    return this.#observer?.refetch() ?? Promise.resolve();
  }

  #sync(): void {
    if (!this.#connected) return;
    const client = this.#client();
    const options = client ? this.#options() : undefined;
    if (!client || !options) {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#observer = undefined;
      this.#hash = undefined;
      this.result = undefined;
      return;
    }
    const hash = hashKey(options.queryKey) + String(options.enabled ?? true);
    if (this.#observer && this.#observerClient === client) {
      if (hash !== this.#hash) {
        this.#hash = hash;
        this.#observer.setOptions(options);
        this.result = this.#observer.getCurrentResult();
      }
      return;
    }
    this.#unsubscribe?.();
    this.#hash = hash;
    this.#observerClient = client;
    this.#observer = new QueryObserver<T, ApiError, T, T, QueryKey>(client, options);
    this.result = this.#observer.getCurrentResult();
    this.#unsubscribe = this.#observer.subscribe((result) => {
      this.result = result;
      this.#host.requestUpdate();
    });
  }
}
