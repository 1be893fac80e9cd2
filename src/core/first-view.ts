import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A widget's first view, and the work that waits for it. What the first view does not show —
 * tab counts, a filter's options, other views' data — starts only once that view is on screen
 * (its data settled, the frame painted, the browser idle: at most `idleTimeout` ms later), so it
 * never competes with the first rows for the network. `shown` turns true then and the host
 * updates; a query gated on it (`firstView.shown ? options : undefined`) starts there, or earlier
 * when the user reaches for what it feeds (`want()`).
 */
export class FirstView implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #settled: () => boolean;
  readonly #idleTimeout: number;
  #shown = false;
  #cancel?: () => void;

  /** `settled`: the first view shows its data (or its empty or error state). */
  constructor(host: ReactiveControllerHost, settled: () => boolean, options: { idleTimeout?: number } = {}) {
    this.#host = host;
    this.#settled = settled;
    this.#idleTimeout = options.idleTimeout ?? 1000;
    host.addController(this);
  }

  /** The first view is on screen: deferred work may run. */
  get shown(): boolean {
    return this.#shown;
  }

  /** The user reached for deferred data (opened a filter): no more waiting. */
  want(): void {
    if (this.#shown) return;
    this.#cancel?.();
    this.#show();
  }

  hostUpdated(): void {
    if (this.#shown || this.#cancel || !this.#settled()) return;
    // the frame after this update is the one that paints the data; idle after it
    let idle: number | undefined;
    const frame = requestAnimationFrame(() => {
      idle = typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => this.#show(), { timeout: this.#idleTimeout })
        : (setTimeout(() => this.#show(), 0) as unknown as number);
    });
    this.#cancel = () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idle);
      this.#cancel = undefined;
    };
  }

  hostDisconnected(): void {
    this.#cancel?.();
  }

  #show(): void {
    this.#cancel = undefined;
    this.#shown = true;
    this.#host.requestUpdate();
  }
}
