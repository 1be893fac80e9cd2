/**
 * The live updates of one `<me-portal>`: the stream, the cache invalidations and the offline /
 * reconnecting note. Loaded by the first widget connected under the portal (core/element.ts), so
 * neither the portal's initial code nor any widget's carries it; the portal calls
 * {@link attachLive} once, unless `live="off"`.
 */
import { html } from 'lit';
import type { ApiClient } from '../api/client.js';
import type { QueryClient } from '@tanstack/query-core';
import type { LiveEvent } from '../schemas/events.js';
import { LiveUpdates, type LiveState } from './index.js';
import './status.js';

/** What the portal gives the live updates. */
export interface LiveHost {
  client: ApiClient;
  queryClient: QueryClient;
  /** the portal re-renders its status note */
  requestUpdate(): void;
}

export interface LiveHandle {
  updates: LiveUpdates;
  /** the status note, rendered by the portal (says something only when offline or reconnecting) */
  view(): unknown;
  stop(): void;
}

/** `onEvent`: every event applied (the page's own echoes left out). */
export type LiveAttach = (host: LiveHost, onEvent?: (event: LiveEvent) => void) => LiveHandle;

export const attachLive: LiveAttach = (host, onEvent) => {
  let state: LiveState = 'connecting';
  const updates = new LiveUpdates({
    client: host.client,
    queryClient: host.queryClient,
    onEvent,
    onState: (next) => {
      state = next;
      host.requestUpdate();
    },
  });
  return {
    updates,
    view: () => html`<me-live-status part="live-status" .state=${state}></me-live-status>`,
    stop: () => updates.stop(),
  };
};
