import { css, html, nothing, type TemplateResult } from 'lit';
import { controlStyles } from './controls.styles.js';
import type { PortalContext } from '../core/context.js';
import type { PortalLink } from '../core/element.js';
import { ApiError } from '../core/errors.js';
import type { CommonKey } from '../locales/common.js';

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;
export type StateKind = 'loading' | 'empty' | 'error' | 'forbidden' | 'misconfigured';

/** Styles for the state blocks (buttons and spinner from the shared controls); include in an element's `styles`. */
export const stateStyles = [controlStyles, css`
  .state {
    display: grid;
    justify-items: center;
    gap: var(--_space-2);
    padding: var(--_space-6) var(--_space-4);
    text-align: center;
    color: var(--_muted);
    border-radius: var(--_radius);
  }
  .state[data-kind='error'],
  .state[data-kind='misconfigured'] {
    color: var(--_text);
    background: var(--_danger-bg);
    border: 1px solid var(--_danger);
  }
  .state[data-kind='forbidden'] {
    color: var(--_text);
    background: var(--_warning-bg);
    border: 1px solid var(--_warning);
  }
  .state-title {
    margin: 0;
    font-weight: 700;
    font-size: var(--_font-size);
  }
  .state-detail {
    margin: 0;
    max-width: 60ch;
  }
  .state code {
    font-size: var(--_font-size-sm);
  }
  .state .spinner {
    width: 20px;
    height: 20px;
    border: 3px solid var(--_border);
    border-top-color: var(--_primary);
  }
`];

export interface StateOptions {
  title?: string;
  detail?: string;
  onRetry?: () => void;
  retryLabel?: string;
}

/** One state block: `role=status` for loading/empty, `role=alert` for the failures. */
export function renderState(kind: StateKind, options: StateOptions = {}): TemplateResult {
  const role = kind === 'loading' || kind === 'empty' ? 'status' : 'alert';
  return html`<div class="state" part="state" data-kind=${kind} role=${role} aria-busy=${kind === 'loading' ? 'true' : nothing}>
    ${kind === 'loading' ? html`<div class="spinner" aria-hidden="true"></div>` : nothing}
    ${options.title ? html`<p class="state-title">${options.title}</p>` : nothing}
    ${options.detail ? html`<p class="state-detail">${options.detail}</p>` : nothing}
    ${options.onRetry
      ? html`<button type="button" class="button" part="button retry" @click=${options.onRetry}>${options.retryLabel}</button>`
      : nothing}
  </div>`;
}

/** A sentence a user understands for any API failure (server `title`/`detail` when it sent one). */
export function describeError(error: unknown, t: Translate<CommonKey>): string {
  if (!(error instanceof ApiError)) return t('state.error.title');
  switch (error.kind) {
    case 'network': return t('error.network');
    case 'timeout': return t('error.timeout');
    case 'schema': return t('error.schema', { path: error.schemaPath ?? '' });
    case 'session-expired': return t('error.session');
    default:
      if (error.detail) return error.detail;
      if (error.status === 404) return t('error.notFound');
      if (error.status === 412) return t('error.stale');
      return error.title && error.title !== `HTTP ${error.status}` ? error.title : t('error.http', { status: error.status ?? 0 });
  }
}

/** The state for a failed query: no-permission for 403, else the error with a retry action. */
export function renderError(error: unknown, t: Translate<CommonKey>, onRetry: () => void): TemplateResult {
  if (error instanceof ApiError && error.isForbidden) {
    return renderState('forbidden', { title: t('state.forbidden.title'), detail: error.detail ?? t('state.forbidden.detail') });
  }
  return renderState('error', { title: t('state.error.title'), detail: describeError(error, t), onRetry, retryLabel: t('state.retry') });
}

/**
 * What a widget shows before it can show its own content: a configuration message outside any
 * portal, loading while the portal (or `/v1/me`) is on its way, the session error with a retry,
 * or a message when no organization is selected. `undefined` once the widget may render.
 */
export function renderPortalGate(
  link: PortalLink,
  portal: PortalContext | undefined,
  t: Translate<CommonKey>,
  options: { needsOrganization?: boolean } = {},
): TemplateResult | undefined {
  if (link === 'missing') {
    return renderState('misconfigured', { title: t('state.misconfigured.title'), detail: t('state.misconfigured.detail') });
  }
  if (!portal || portal.status === 'loading') return renderState('loading', { title: t('state.loading') });
  if (portal.status === 'error') return renderError(portal.error, t, portal.reload);
  if (options.needsOrganization !== false && !portal.organization) {
    return renderState('forbidden', { title: t('state.noOrganization'), detail: t('state.forbidden.detail') });
  }
  return undefined;
}
