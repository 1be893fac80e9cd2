/** Shared by the <me-lgpd-term> tests: mounting inside a portal, the parts a user reads and clicks. */
import { html, waitUntil } from '@open-wc/testing';
import '../../../src/modules/lgpd-term/define.js';
import type { MeLgpdTerm } from '../../../src/modules/lgpd-term/me-lgpd-term.js';
import { defaultBrowserServices, type BrowserServices } from '../../../src/core/browser.js';
import { FACTS, renderPortal, sent } from '../../helpers/portal.js';

export const ORG = FACTS.orgs.a;
export const termPath = (org: string = ORG) => `/v1/organizations/${org}/lgpd-term`;
export const acceptPath = (org: string = ORG) => `/v1/organizations/${org}/lgpd-term/acceptance`;
export const acceptPosts = (org: string = ORG) => sent('POST', acceptPath(org));
export const keysOf = (requests: Request[]) => requests.map((r) => r.headers.get('Idempotency-Key'));

export interface RenderOptions {
  token?: string;
  locale?: string;
  organizationId?: string;
  services?: BrowserServices;
  timeout?: number;
}

export async function renderTerm(options: RenderOptions = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} locale=${options.locale ?? 'pt-BR'}
    organization-id=${options.organizationId ?? ''} timeout=${options.timeout ?? 30000} .services=${options.services ?? defaultBrowserServices}>
    <me-lgpd-term></me-lgpd-term></me-portal>`);
  const el = portal.querySelector<MeLgpdTerm>('me-lgpd-term')!;
  return { portal, el };
}

export const statusOf = (el: MeLgpdTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=status]');
export const contentOf = (el: MeLgpdTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=content]')!;
export const stateOf = (el: MeLgpdTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=state]');
/** the native button inside the accept `<me-submit-button>` */
export const acceptButton = (el: MeLgpdTerm) => el.shadowRoot!.querySelector('me-submit-button.accept')?.shadowRoot?.querySelector('button') ?? null;
export const printButton = (el: MeLgpdTerm) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.print')!;
export const confirmDialog = (el: MeLgpdTerm) => el.shadowRoot!.querySelector('me-confirm-dialog.accept-confirm')!;
export const confirmButton = (el: MeLgpdTerm) => confirmDialog(el).shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm]')!;
export const cancelButton = (el: MeLgpdTerm) => confirmDialog(el).shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel]')!;
export const dialogOpen = (el: MeLgpdTerm) => !!confirmDialog(el)?.shadowRoot?.querySelector('dialog')?.open;

/** Waits for the term's text (sanitized) to be on screen. */
export async function waitForTerm(el: MeLgpdTerm): Promise<void> {
  await waitUntil(() => contentOf(el)?.querySelector('h3'), 'the term never showed', { timeout: 8000 });
}

export async function waitForDialog(el: MeLgpdTerm, open = true): Promise<void> {
  await waitUntil(() => dialogOpen(el) === open, open ? 'the confirmation never opened' : 'the confirmation never closed', { timeout: 4000 });
}

/** the accept button's label (slotted into `<me-submit-button>`) */
export const acceptLabel = (el: MeLgpdTerm) => el.shadowRoot!.querySelector('me-submit-button.accept')?.textContent?.trim() ?? '';
