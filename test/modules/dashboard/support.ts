/** Shared by the dashboard tests: render on the mocks, read what the user sees, ask the mock API ourselves. */
import { html, waitUntil } from '@open-wc/testing';
import { defaultBrowserServices, type BrowserServices } from '../../../src/core/browser.js';
import type { PortalContext } from '../../../src/core/context.js';
import type { Dashboard } from '../../../src/core/schemas/dashboard.js';
import '../../../src/modules/dashboard/define.js';
import type { MeDashboard } from '../../../src/modules/dashboard/define.js';
import type { MeChart } from '../../../src/ui/chart/me-chart.js';
import { FACTS, renderPortal, sent } from '../../helpers/portal.js';

/** The mocks' reference "now" is 2026-11-28 (São Paulo): the tests pin the dashboard's today to it. */
export const TODAY = '2026-11-28';
export const ORG = FACTS.orgs.a;
export const dashboardPath = `/v1/organizations/${ORG}/dashboard`;

export interface RenderOptions {
  locale?: string;
  period?: string;
  granularity?: string;
  from?: string;
  to?: string;
  services?: BrowserServices;
  /** `null`: no `today` attribute (the real today in the user's time zone) */
  today?: string | null;
}

export async function renderDashboard(options: RenderOptions = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale=${options.locale ?? 'pt-BR'}
    .services=${options.services ?? defaultBrowserServices}>
    <me-dashboard today=${options.today === null ? '' : options.today ?? TODAY} period=${options.period ?? '6m'} granularity=${options.granularity ?? 'month'}
      from=${options.from ?? ''} to=${options.to ?? ''}></me-dashboard></me-portal>`);
  const el = portal.querySelector('me-dashboard')!;
  return { portal, el, context: () => (el as unknown as { portal: PortalContext }).portal };
}

export const charts = (el: MeDashboard) => [...el.shadowRoot!.querySelectorAll<MeChart>('me-chart')];
export const chart = (el: MeDashboard, id: string) => el.shadowRoot!.querySelector<MeChart>(`me-chart[data-chart=${id}]`)!;

/** Waits for the figures and every chart to have rendered (drawn, or its empty text). */
export async function loaded(el: MeDashboard): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.figures'), 'the dashboard never showed its figures', { timeout: 8000 });
  await Promise.all(charts(el).map((c) => c.updateComplete));
  await waitUntil(() => charts(el).every((c) => c.empty || c.chart), 'a chart was never drawn', { timeout: 8000 });
}

/** The rows of a chart's table (header row first), as a screen reader reads them. */
export function tableRows(c: MeChart): string[][] {
  const table = c.shadowRoot!.querySelector('table');
  return table ? [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())) : [];
}

/** A figure's value, by its id (`sla`, `approved-hours`…). */
export function figure(el: MeDashboard, id: string): string {
  return el.shadowRoot!.querySelector(`[data-figure=${id}] dd`)!.textContent!.trim();
}

/** The query parameters of every dashboard GET sent so far. */
export function queries(): Array<Record<string, string>> {
  return sent('GET', dashboardPath).map((r) => Object.fromEntries(new URL(r.url).searchParams));
}

/** Asks the mock API for the same dashboard (this request goes over the wire too: count before it). */
export async function fetchDashboard(query: Record<string, string>): Promise<Dashboard> {
  const response = await fetch(`/api${dashboardPath}?${new URLSearchParams(query)}`, { headers: { Authorization: 'Bearer demo-token' } });
  return response.json() as Promise<Dashboard>;
}

export const native = (el: MeDashboard, which: 'period' | 'granularity') =>
  el.shadowRoot!.querySelector(`me-select.${which}`)!.shadowRoot!.querySelector('select')!;
