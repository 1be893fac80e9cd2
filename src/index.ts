/**
 * `meu-espaco`: registers every element. For one widget alone import its entry instead
 * (`meu-espaco/portal`, `meu-espaco/company`, …) so the other modules' code stays out.
 */
export { MePortal } from './portal/define.js';
export { MeProfile } from './modules/profile/define.js';
export { MeContacts } from './modules/contacts/define.js';
export { MeProducts } from './modules/products/define.js';
export { MeTickets } from './modules/tickets/define.js';
export { MeTicketManager } from './modules/ticket-manager/define.js';
export { MeCompany } from './modules/company/define.js';
export { MeLicenses } from './modules/licenses/define.js';
export { MeOsApproval } from './modules/os-approval/define.js';
export { MeDashboard } from './modules/dashboard/define.js';
export { MeLgpdTerm } from './modules/lgpd-term/define.js';
export { MeImgIndex } from './modules/img-index/define.js';
export { MeSolutions, MeSolutionView } from './modules/solutions/define.js';
export { ApiClient } from './core/api/client.js';
export { ApiError } from './core/errors.js';
export { portalContext, type PortalContext } from './core/context.js';
export { VERSION } from './core/version.js';
