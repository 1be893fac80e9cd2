/**
 * The package's public entries (name → source file). One place read by the Vite build, the
 * size budgets and the pack test, so adding a module means adding one line here.
 */
export const entries = {
  index: 'src/index.ts',
  portal: 'src/portal/define.ts',
  tickets: 'src/modules/tickets/define.ts',
  // the ticket detail and the new-request form on their own (<me-tickets> loads them lazily)
  'tickets/detail': 'src/modules/tickets/ticket-detail.ts',
  'tickets/new': 'src/modules/tickets/ticket-new.ts',
  profile: 'src/modules/profile/define.ts',
  contacts: 'src/modules/contacts/define.ts',
  products: 'src/modules/products/define.ts',
  'ticket-manager': 'src/modules/ticket-manager/define.ts',
  company: 'src/modules/company/define.ts',
  licenses: 'src/modules/licenses/define.ts',
  'os-approval': 'src/modules/os-approval/define.ts',
  dashboard: 'src/modules/dashboard/define.ts',
  'lgpd-term': 'src/modules/lgpd-term/define.ts',
  'img-index': 'src/modules/img-index/define.ts',
  solutions: 'src/modules/solutions/define.ts',
  mocks: 'src/mocks/index.ts',
} as const;

/** Entries that are portal modules (each has its own size budget). */
export const moduleEntries = ['profile', 'contacts', 'products', 'tickets', 'ticket-manager', 'company', 'licenses', 'os-approval', 'dashboard', 'lgpd-term', 'img-index', 'solutions'] as const;
