/** Every schema of API.md (one module per domain). Prefer importing a domain module directly in runtime code. */
export * from './common.js';
export * from './session.js';
export * from './contacts.js';
export * from './products.js';
export * from './tickets.js';
export * from './company.js';
export * from './licensing.js';
export * from './service-orders.js';
export * from './dashboard.js';
export * from './lgpd.js';
export * from './maturity.js';
export * from './solutions.js';
export * from './events.js';
