/**
 * `dist/cdn/meu-espaco.js`, for pages without a bundler: `<me-portal>` is defined at once, each
 * module the first time the page uses its tag (core/autoload.ts), so one widget on a page costs
 * that widget's code only. `loadElement('me-tickets')` defines one on demand (for a widget inside
 * the host's own shadow root, which the document's observer cannot see).
 */
import { autoload } from './core/autoload.js';
import { modules } from './modules/registry.js';

export { MePortal } from './portal/define.js';
export { ApiClient } from './core/api/client.js';
export { ApiError } from './core/errors.js';
export { portalContext, type PortalContext } from './core/context.js';
export { VERSION } from './core/version.js';

const loader = autoload(document, {
  ...Object.fromEntries(modules.map((m) => [m.tag, m.load])),
  'me-ticket-detail': () => import('./modules/tickets/ticket-detail.js'),
  'me-ticket-new': () => import('./modules/tickets/ticket-new.js'),
  'me-solution-view': () => import('./modules/solutions/solution-view.js'),
});

/** Defines the element `tag` now (its module loads once); resolves when it is defined. */
export const loadElement = (tag: string): Promise<void> => loader.load(tag);
