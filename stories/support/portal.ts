/**
 * Renders stories inside `<me-portal>` the way a host page would. Used by the global decorator
 * of `.storybook/preview.ts` and by the portal's own stories.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultBrowserServices, type BrowserServices } from '../../src/core/browser.js';
import { API_BASE } from './mock-api.js';

/** `parameters.portal` of a story: `false` renders it outside any portal (the misconfigured state). */
export interface PortalParameter {
  token?: string;
  organizationId?: string;
  layout?: 'none' | 'full';
  apiBase?: string;
  /** replaces some browser services (a fake clipboard, for instance) */
  services?: Partial<BrowserServices>;
}

export interface PortalGlobals {
  locale?: string;
  theme?: string;
}

/** The story canvas paints the portal's own background so the dark theme reads as a host would see it. */
const canvasStyle = [
  'display:block',
  'padding:16px',
  // the portal sets color-scheme from its theme, so light-dark() follows it (same values as the tokens)
  'background:var(--me-color-background,light-dark(#ffffff,#14191e))',
  'color:var(--me-color-text,light-dark(#1c1c1c,#e8ebee))',
].join(';');

export function renderInPortal(content: unknown, options: PortalParameter = {}, globals: PortalGlobals = {}): TemplateResult {
  const services = options.services ? { ...defaultBrowserServices, ...options.services } : defaultBrowserServices;
  return html`<me-portal
    api-base=${options.apiBase ?? API_BASE}
    token=${options.token ?? 'demo-token'}
    organization-id=${ifDefined(options.organizationId)}
    layout=${options.layout ?? 'none'}
    locale=${ifDefined(globals.locale)}
    theme=${globals.theme ?? 'light'}
    style=${canvasStyle}
    .services=${services}
  >${content ?? nothing}</me-portal>`;
}
