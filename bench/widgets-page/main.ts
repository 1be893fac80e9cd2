/**
 * The widgets bench (bench/widgets.ts): `<me-portal organization-id>` with one widget (`?widget=`),
 * the mock API started first, then the widget's code. Reports, from the moment its code starts
 * loading, when it showed its data (the widget's own "ready": rows, charts drawn, the form filled)
 * and painted, and how many /v1 requests it sent until then.
 */
import { FACTS, startMockApi } from '../../src/mocks/index.js';
import { frame, tick } from '../page-support.js';

type Ready = (root: ShadowRoot) => boolean;

/** every element matching `selector` in the composed tree under `root` */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}
const has = (selector: string): Ready => (root) => deepAll(root, selector).length > 0;
/** every chart drawn by Chart.js (or saying it is empty), and at least `n` of them */
const charts = (n: number): Ready => (root) => {
  const all = deepAll(root, 'me-chart') as Array<Element & { chart?: unknown; empty?: boolean }>;
  return all.length >= n && all.every((c) => c.chart || c.empty);
};

const WIDGETS: Record<string, { tag: string; load: () => Promise<unknown>; ready: Ready }> = {
  'profile': { tag: 'me-profile', load: () => import('../../src/modules/profile/define.js'), ready: has('me-field[name=timeZone]') },
  'contacts': { tag: 'me-contacts', load: () => import('../../src/modules/contacts/define.js'), ready: has('[role=row][data-index="0"]:not(.skeleton)') },
  'products': { tag: 'me-products', load: () => import('../../src/modules/products/define.js'), ready: has('[role=switch], [role=row][data-index="0"]:not(.skeleton)') },
  'tickets': { tag: 'me-tickets', load: () => import('../../src/modules/tickets/define.js'), ready: has('[role=row][data-index="0"]:not(.skeleton)') },
  'ticket-manager': { tag: 'me-ticket-manager', load: () => import('../../src/modules/ticket-manager/define.js'), ready: has('[role=row][data-index="0"]:not(.skeleton)') },
  'company': { tag: 'me-company', load: () => import('../../src/modules/company/define.js'), ready: has('[part~=code]') },
  'os-approval': { tag: 'me-os-approval', load: () => import('../../src/modules/os-approval/define.js'), ready: has('[role=row][data-index="0"]:not(.skeleton)') },
  'lgpd-term': { tag: 'me-lgpd-term', load: () => import('../../src/modules/lgpd-term/define.js'), ready: has('[part=status]') },
  'dashboard': { tag: 'me-dashboard', load: () => import('../../src/modules/dashboard/define.js'), ready: charts(4) },
  'img-index': { tag: 'me-img-index', load: () => import('../../src/modules/img-index/define.js'), ready: charts(2) },
};

const params = new URLSearchParams(location.search);
const widget = WIDGETS[params.get('widget') ?? '']!;
const portal = document.querySelector('me-portal')!;
portal.setAttribute('organization-id', FACTS.orgs.a);
const element = document.createElement(widget.tag);
portal.append(element);

const api = await startMockApi({ latencyMs: Number(params.get('latency') ?? 0), quiet: true });
let requests = 0;
api.worker.events.on('request:start', ({ request }) => { if (new URL(request.url).pathname.startsWith('/api/v1/')) requests += 1; });

const start = performance.now();
await Promise.all([import('../../src/portal/define.js'), widget.load()]);
while (!element.shadowRoot || !widget.ready(element.shadowRoot)) await tick();
await frame();
await frame();
const result = { ready: performance.now() - start, requests };
declare global {
  interface Window {
    widgetBench: typeof result;
  }
}
window.widgetBench = result;
