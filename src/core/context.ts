import { createContext } from '@lit/context';
import type { QueryClient } from '@tanstack/query-core';
import type { ApiClient } from './api/client.js';
import type { BrowserServices } from './browser.js';
import type { ApiError } from './errors.js';
import type { Formatters } from './format.js';
import type { Locale } from './i18n.js';
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
}

/** Keyed with Symbol.for so two separately bundled copies of the library still match. */
export const portalContext = createContext<PortalContext>(Symbol.for('meu-espaco/portal'));
