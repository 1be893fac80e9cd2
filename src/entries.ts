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
  company: 'src/modules/company/define.ts',
  mocks: 'src/mocks/index.ts',
} as const;

/** Entries that are portal modules (each has its own size budget). */
export const moduleEntries = ['tickets', 'company'] as const;
