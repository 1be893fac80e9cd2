/** Every route of API.md, in matching order (fixed segments before `:id`). */
import type { Route } from '../router.js';
import { companyRoutes } from './company.js';
import { contactRoutes } from './contacts.js';
import { insightRoutes } from './insights.js';
import { licensingRoutes } from './licensing.js';
import { productRoutes } from './products.js';
import { serviceOrderRoutes } from './service-orders.js';
import { sessionRoutes } from './session.js';
import { solutionRoutes } from './solutions.js';
import { ticketActionRoutes } from './ticket-actions.js';
import { ticketRoutes } from './tickets.js';
import { uploadRoutes } from './uploads.js';

export const routes: Route[] = [
  ...sessionRoutes,
  ...contactRoutes,
  ...productRoutes,
  ...ticketRoutes,
  ...ticketActionRoutes,
  ...uploadRoutes,
  ...licensingRoutes,
  ...serviceOrderRoutes,
  ...insightRoutes,
  ...companyRoutes,
  ...solutionRoutes,
];

export { fileHandler } from './uploads.js';
/** `GET /v1/events` needs a live hub (open streams, the mock control): `eventRoutes(createLive({ db }))`. */
export { LiveHub, createLive, eventRoutes, type LiveControl } from './events.js';
