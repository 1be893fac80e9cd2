import { createContext } from '@lit/context';
import type { QueryClient } from '@tanstack/query-core';
import type { ApiClient } from './api/client.js';
import type { BrowserServices } from './browser.js';
import type { ApiError } from './errors.js';
import type { Formatters } from './format.js';
import type { Locale } from './i18n.js';
import type { LiveAttach } from './live/attach.js';
import type { LiveEvent } from './schemas/events.js';
import type { Me } from './schemas/session.js';

export type Membership = Me['organizations'][number];

/** What `<me-portal>` provides to every descendant widget. A new object on every change. */
export interface PortalContext {
  client: ApiClient;
  queryClient: QueryClient;
  /** `loading` until `/v1/me` answered; `error` when it failed (see `error`) */
  status: 'loading' | 'ready' | 'error';
  error?: ApiError;
  me?: Me;
  /** the ETag of the cached `/v1/me` (`If-Match` of a profile save; see core/session.ts) */
  meTag?: string;
  /** the current organization (attribute `organization-id`, else the user's default) */
  organization?: Membership;
  organizationId?: string;
  /** whether the user is admin of the current organization */
  isAdmin: boolean;
  locale: Locale;
  timeZone?: string;
  format: Formatters;
  layout: 'none' | 'full';
  browser: BrowserServices;
  /** loads `/v1/me` again (retry of a failed session load) */
  reload(): void;
  /**
   * Starts the portal's live updates (unless `live="off"`) with code it is handed: widgets call it
   * with the loader of core/live/attach.ts, so that code is in neither the portal's initial chunk
   * nor any widget's. Only the first call loads anything.
   */
  startLive?(load: () => Promise<{ attachLive: LiveAttach }>): void;
  /** `drafts="off"`: forms keep no draft (core/drafts.ts) */
  draftsOff?: boolean;
  /**
   * Hears every live event applied on this page (not the page's own echoes), for a widget that
   * says what happened beyond refreshing (an order decided by a colleague). Returns the unsubscribe.
   */
  onLiveEvent?(listener: (event: LiveEvent) => void): () => void;
}

/** Keyed with Symbol.for so two separately bundled copies of the library still match. */
export const portalContext = createContext<PortalContext>(Symbol.for('meu-espaco/portal'));

/**
 * The organization a query may run for now. Organization data does not depend on who asks, so
 * with the host's `organization-id` it starts at once, in parallel with `/v1/me`; without one it
 * waits for `/v1/me` (the user's default organization). None once the session failed. What
 * depends on the user's roles (an admin-only tab) still waits for `status === 'ready'`.
 */
export function queryOrganization(portal: PortalContext | undefined): string | undefined {
  return portal && portal.status !== 'error' ? portal.organizationId : undefined;
}
