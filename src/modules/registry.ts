import type { Locale } from '../core/i18n.js';

/**
 * The modules the full layout offers, in the order of TOTVS's "Meu Espaço" menu. Each module
 * adds its own entry when it is built: the menu only ever lists modules that exist. `load`
 * imports the module's code the first time its view opens.
 */
export interface ModuleEntry {
  /** the view id in the URL hash: `#/<id>` or `#/<id>/<path>` */
  id: string;
  tag: string;
  label: Readonly<Record<Locale, string>>;
  /** admin-only items stay in the menu for members, marked; opening one names the admins */
  adminOnly?: boolean;
  load: () => Promise<unknown>;
  /** deep links below the view: the element event that changes it and how to apply a path */
  route?: {
    event: string;
    toPath: (detail: unknown) => string | undefined;
    apply: (element: HTMLElement, path: string | undefined) => void;
  };
}

export const modules: ModuleEntry[] = [
  {
    id: 'tickets',
    tag: 'me-tickets',
    label: { 'pt-BR': 'Minhas solicitações', en: 'My requests', es: 'Mis solicitudes' },
    load: () => import('./tickets/define.js'),
    route: {
      event: 'me-ticket-opened',
      toPath: (detail) => (detail as { ticketId?: string }).ticketId,
      apply: (element, path) => {
        const tickets = element as HTMLElement & { ticketId?: string };
        if ((tickets.ticketId || undefined) !== path) tickets.ticketId = path;
      },
    },
  },
  {
    id: 'company',
    tag: 'me-company',
    label: { 'pt-BR': 'Dados cadastrais', en: 'Company data', es: 'Datos de registro' },
    load: () => import('./company/define.js'),
  },
];
