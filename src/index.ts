/**
 * `meu-espaco`: registers every element. For one widget alone import its entry instead
 * (`meu-espaco/portal`, `meu-espaco/company`, …) so the other modules' code stays out.
 */
export { MePortal } from './portal/define.js';
export { MeTickets } from './modules/tickets/define.js';
export { MeCompany } from './modules/company/define.js';
export { ApiClient } from './core/api/client.js';
export { ApiError } from './core/errors.js';
export { portalContext, type PortalContext } from './core/context.js';
export { VERSION } from './core/version.js';
