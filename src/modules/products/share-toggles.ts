import type { ReactiveControllerHost } from 'lit';
import type { PortalContext } from '../../core/context.js';
import type { Product } from '../../core/schemas/products.js';
import { fetchProduct, patchProduct, type Versioned } from './products.api.js';

export interface ShareToggleCallbacks {
  portal(): PortalContext | undefined;
  /** the server has the user's last choice */
  saved(product: Product): void;
  /** a save failed: the switch shows the server's state again */
  failed(product: Product, error: unknown): void;
}

/**
 * The "share my requests in the solution search" switches: a click shows the new state at once
 * and saves it (PATCH with If-Match; the product and its ETag load first when the last known
 * version is not the listed one). One request per product at a time: clicks while one is on its
 * way only change what the user wants, and the next PATCH (if the wish still differs from what the
 * server answered) goes out after it — rapid toggling never sends two conflicting requests.
 */
export class ShareToggles {
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: ShareToggleCallbacks;
  /** product id → the state the user asked for, while its saves run */
  readonly #wanted = new Map<string, boolean>();
  /** the last version (and ETag) seen of each product */
  readonly #versions = new Map<string, Versioned<Product>>();

  constructor(host: ReactiveControllerHost, callbacks: ShareToggleCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
  }

  /** What the switch shows: the user's wish while saving, else the listed state. */
  checked(product: Product): boolean {
    return this.#wanted.get(product.id) ?? product.shareTicketsInSolutionSearch;
  }

  saving(id: string): boolean {
    return this.#wanted.has(id);
  }

  toggle(product: Product): void {
    const running = this.#wanted.has(product.id);
    this.#wanted.set(product.id, !this.checked(product));
    this.#host.requestUpdate();
    if (!running) void this.#save(product);
  }

  async #save(listed: Product): Promise<void> {
    const id = listed.id;
    let product = listed;
    try {
      for (;;) {
        const portal = this.#callbacks.portal();
        if (!portal) throw new Error('no portal');
        let version = this.#versions.get(id);
        if (!version || version.data.updatedAt !== product.updatedAt) {
          version = await fetchProduct(portal, id);
          this.#versions.set(id, version);
        }
        product = version.data;
        const wanted = this.#wanted.get(id)!;
        if (wanted === product.shareTicketsInSolutionSearch) break;
        const saved = await patchProduct(portal, id, { shareTicketsInSolutionSearch: wanted }, version.etag);
        this.#versions.set(id, saved);
        product = saved.data;
        if (this.#wanted.get(id) === product.shareTicketsInSolutionSearch) break;
      }
      this.#wanted.delete(id);
      this.#callbacks.saved(product);
    } catch (error) {
      this.#wanted.delete(id);
      this.#versions.delete(id);
      this.#callbacks.failed(listed, error);
    } finally {
      this.#host.requestUpdate();
    }
  }
}
