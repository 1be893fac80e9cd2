import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalContext } from '../context.js';
import type { LiveEvent } from '../schemas/events.js';

/**
 * Hears the portal's live events while the host is connected (see PortalContext.onLiveEvent):
 * for a widget that tells the user what happened elsewhere, beyond the refresh the cache already
 * does. Costs no live code: the events come only once the portal's live updates run.
 */
export class LiveEventsController implements ReactiveController {
  readonly #portal: () => PortalContext | undefined;
  readonly #listener: (event: LiveEvent) => void;
  #subscribed?: PortalContext['onLiveEvent'];
  #unsubscribe?: () => void;
  #connected = false;

  constructor(host: ReactiveControllerHost, portal: () => PortalContext | undefined, listener: (event: LiveEvent) => void) {
    this.#portal = portal;
    this.#listener = listener;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.hostUpdate();
  }

  hostUpdate(): void {
    const subscribe = this.#connected ? this.#portal()?.onLiveEvent : undefined;
    if (subscribe === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = subscribe;
    this.#unsubscribe = subscribe?.((event) => this.#listener(event));
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.hostUpdate();
  }
}
