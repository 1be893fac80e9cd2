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
  /** not one of the menu's items but beside them on the support centre's page (set apart at the menu's end) */
  beside?: boolean;
  load: () => Promise<unknown>;
  /** deep links below the view: the element event that changes it and how to apply a path */
  route?: {
    event: string;
    toPath: (detail: unknown) => string | undefined;
    apply: (element: HTMLElement, path: string | undefined) => void;
  };
}

/** `#/<view>/<ticket id>`: the ticket open in the drawer of <me-tickets> or <me-ticket-manager>. */
const ticketRoute: ModuleEntry['route'] = {
  event: 'me-ticket-opened',
  toPath: (detail) => (detail as { ticketId?: string }).ticketId,
  apply: (element, path) => {
    const view = element as HTMLElement & { ticketId?: string };
    if ((view.ticketId || undefined) !== path) view.ticketId = path;
  },
};

/** The view the full layout opens without a hash: what customers come for, not the first menu item. */
export const HOME_VIEW = 'tickets';

export const modules: ModuleEntry[] = [
  {
    id: 'profile',
    tag: 'me-profile',
    label: { 'pt-BR': 'Meu perfil', en: 'My profile', es: 'Mi perfil' },
    load: () => import('./profile/define.js'),
  },
  {
    id: 'contacts',
    tag: 'me-contacts',
    label: { 'pt-BR': 'Administração dos contatos', en: 'Contact administration', es: 'Administración de contactos' },
    adminOnly: true,
    load: () => import('./contacts/define.js'),
  },
  {
    id: 'products',
    tag: 'me-products',
    label: { 'pt-BR': 'Meus produtos', en: 'My products', es: 'Mis productos' },
    load: () => import('./products/define.js'),
  },
  {
    id: 'tickets',
    tag: 'me-tickets',
    label: { 'pt-BR': 'Minhas solicitações', en: 'My requests', es: 'Mis solicitudes' },
    load: () => import('./tickets/define.js'),
    route: ticketRoute,
  },
  {
    id: 'ticket-manager',
    tag: 'me-ticket-manager',
    label: { 'pt-BR': 'Gerenciar solicitações', en: 'Manage requests', es: 'Gestionar solicitudes' },
    load: () => import('./ticket-manager/define.js'),
    route: ticketRoute,
  },
  {
    id: 'company',
    tag: 'me-company',
    label: { 'pt-BR': 'Dados cadastrais', en: 'Company data', es: 'Datos de registro' },
    load: () => import('./company/define.js'),
  },
  {
    id: 'licenses',
    tag: 'me-licenses',
    label: { 'pt-BR': 'Gestão de licenças', en: 'Licence management', es: 'Gestión de licencias' },
    adminOnly: true,
    load: () => import('./licenses/define.js'),
    route: {
      event: 'me-licenses-tab-change',
      // `#/licenses/<tab>`; the default tab (licences) is `#/licenses`
      toPath: (detail) => {
        const tab = (detail as { tab?: string }).tab;
        return tab && tab !== 'licenses' ? tab : undefined;
      },
      apply: (element, path) => {
        const licenses = element as HTMLElement & { tab?: string };
        const tab = path || 'licenses';
        if (licenses.tab !== tab) licenses.tab = tab;
      },
    },
  },
  {
    id: 'os-approval',
    tag: 'me-os-approval',
    label: { 'pt-BR': 'Aprovar OS', en: 'Approve service orders', es: 'Aprobar OS' },
    load: () => import('./os-approval/define.js'),
    route: {
      event: 'me-os-opened',
      toPath: (detail) => (detail as { orderId?: string }).orderId,
      apply: (element, path) => {
        const approval = element as HTMLElement & { orderId?: string };
        if ((approval.orderId || undefined) !== path) approval.orderId = path;
      },
    },
  },
  {
    id: 'dashboard',
    tag: 'me-dashboard',
    label: { 'pt-BR': 'Dashboard do cliente', en: 'Customer dashboard', es: 'Panel del cliente' },
    load: () => import('./dashboard/define.js'),
  },
  {
    id: 'lgpd-term',
    tag: 'me-lgpd-term',
    label: { 'pt-BR': 'Consultar termo LGPD', en: 'LGPD term', es: 'Término LGPD' },
    load: () => import('./lgpd-term/define.js'),
  },
  {
    id: 'img-index',
    tag: 'me-img-index',
    label: { 'pt-BR': 'Índice de maturidade – IMG', en: 'Maturity index – IMG', es: 'Índice de madurez – IMG' },
    load: () => import('./img-index/define.js'),
  },
  {
    id: 'solutions',
    tag: 'me-solutions',
    label: { 'pt-BR': 'Busca de soluções', en: 'Solution search', es: 'Búsqueda de soluciones' },
    beside: true,
    load: () => import('./solutions/define.js'),
    route: {
      // `#/solutions/<solution id>`: the solution open in place
      event: 'me-solution-opened',
      toPath: (detail) => (detail as { solutionId?: string }).solutionId,
      apply: (element, path) => {
        const solutions = element as HTMLElement & { solutionId?: string };
        if ((solutions.solutionId || '') !== (path ?? '')) solutions.solutionId = path ?? '';
      },
    },
  },
];
