/**
 * The demo pages' language switcher: `<select id="locale">` sets `<me-portal locale>`; `?locale=`
 * in the URL picks the language on load (the links between the pages keep it). The host page's
 * own texts (`data-t`) follow too; the widgets translate themselves.
 */
export const LOCALES = ['pt-BR', 'en', 'es'] as const;
export type DemoLocale = (typeof LOCALES)[number];

const isLocale = (value: unknown): value is DemoLocale => LOCALES.includes(value as DemoLocale);

/** The host pages' own texts. */
const TEXT: Record<string, Record<DemoLocale, string>> = {
  language: { 'pt-BR': 'Idioma', en: 'Language', es: 'Idioma' },
  intranet: { 'pt-BR': 'Intranet (widgets)', en: 'Intranet (widgets)', es: 'Intranet (widgets)' },
  full: { 'pt-BR': 'Meu Espaço completo', en: 'Full portal', es: 'Portal completo' },
  cdn: { 'pt-BR': 'Página só com o CDN', en: 'CDN-only page', es: 'Página solo con el CDN' },
  csp: { 'pt-BR': 'CSP estrita', en: 'Strict CSP', es: 'CSP estricta' },
  news: {
    'pt-BR': 'Aviso: o suporte TOTVS agora aparece aqui na intranet — chamados, OS e dados da empresa sem sair da página.',
    en: 'Notice: TOTVS support now lives here on the intranet — requests, service orders and company data without leaving the page.',
    es: 'Aviso: el soporte TOTVS ahora está aquí en la intranet — solicitudes, OS y datos de la empresa sin salir de la página.',
  },
  tickets: { 'pt-BR': 'Chamados de suporte TOTVS', en: 'TOTVS support requests', es: 'Solicitudes de soporte TOTVS' },
  company: { 'pt-BR': 'Nossa empresa na TOTVS', en: 'Our company at TOTVS', es: 'Nuestra empresa en TOTVS' },
  admins: { 'pt-BR': 'Quem administra o acesso', en: 'Who manages access', es: 'Quién administra el acceso' },
  os: { 'pt-BR': 'Ordens de serviço para aprovar', en: 'Service orders to approve', es: 'Órdenes de servicio por aprobar' },
  lgpd: { 'pt-BR': 'Termo LGPD', en: 'LGPD term', es: 'Término LGPD' },
  img: { 'pt-BR': 'Maturidade digital (IMG)', en: 'Digital maturity (IMG)', es: 'Madurez digital (IMG)' },
  dashboard: { 'pt-BR': 'Painel', en: 'Dashboard', es: 'Panel' },
  solutions: { 'pt-BR': 'Antes de abrir um chamado: busque uma solução', en: 'Before opening a request: search for a solution', es: 'Antes de abrir una solicitud: busque una solución' },
  profile: { 'pt-BR': 'Meu cadastro no suporte', en: 'My support profile', es: 'Mi perfil de soporte' },
  products: { 'pt-BR': 'Produtos TOTVS em uso', en: 'TOTVS products in use', es: 'Productos TOTVS en uso' },
  simulate: { 'pt-BR': 'Simular (API simulada)', en: 'Simulate (mock API)', es: 'Simular (API simulada)' },
  simulateReply: { 'pt-BR': 'Simular resposta do atendente', en: 'Simulate an agent reply', es: 'Simular respuesta del agente' },
  simulateDecision: { 'pt-BR': 'Simular decisão de OS por outra pessoa', en: 'Simulate a service order decided by someone else', es: 'Simular decisión de OS por otra persona' },
  simulatedReply: {
    'pt-BR': 'O atendente respondeu o chamado {number}.',
    en: 'The agent replied to request {number}.',
    es: 'El agente respondió la solicitud {number}.',
  },
  simulatedDecision: {
    'pt-BR': '{name} aprovou a OS {number}.',
    en: '{name} approved service order {number}.',
    es: '{name} aprobó la OS {number}.',
  },
  simulatedNothing: {
    'pt-BR': 'Não há OS pendente para decidir.',
    en: 'There is no pending service order to decide.',
    es: 'No hay OS pendiente para decidir.',
  },
  simulatedFailed: {
    'pt-BR': 'Não foi possível simular: {reason}',
    en: 'Could not simulate: {reason}',
    es: 'No fue posible simular: {reason}',
  },
  footer: {
    'pt-BR': 'Metalúrgica Paulista · Intranet · os widgets vêm de meu-espaco, servidos pela API simulada (MSW).',
    en: 'Metalúrgica Paulista · Intranet · the widgets come from meu-espaco, served by the mock API (MSW).',
    es: 'Metalúrgica Paulista · Intranet · los widgets vienen de meu-espaco, servidos por la API simulada (MSW).',
  },
};

/** A host text in the page's current language, `{name}` placeholders filled. */
export function hostText(key: string, values: Record<string, string> = {}): string {
  const lang = document.documentElement.lang;
  const text = TEXT[key]?.[isLocale(lang) ? lang : 'pt-BR'] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function showLocale(locale: DemoLocale): void {
  document.documentElement.lang = locale;
  const select = document.querySelector<HTMLSelectElement>('#locale');
  if (select) select.value = locale;
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const text = TEXT[element.dataset.t!]?.[locale];
    if (text) element.textContent = text;
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-page]')) {
    const url = new URL(link.href);
    url.searchParams.set('locale', locale);
    link.href = url.href;
  }
}

/** Wires the switcher of the page to its `<me-portal>` (works with the CDN's element as with the npm one). */
export function initLocale(portal: HTMLElement): void {
  const fromUrl = new URLSearchParams(location.search).get('locale');
  if (isLocale(fromUrl)) portal.setAttribute('locale', fromUrl);
  showLocale(isLocale(fromUrl) ? fromUrl : 'pt-BR');
  // the language in effect (without `locale`, the signed-in user's own)
  portal.addEventListener('me-locale-change', (event) => {
    const { locale } = (event as CustomEvent<{ locale: string }>).detail;
    if (isLocale(locale)) showLocale(locale);
  });
  document.querySelector<HTMLSelectElement>('#locale')?.addEventListener('change', (event) => {
    const locale = (event.target as HTMLSelectElement).value;
    if (!isLocale(locale)) return;
    portal.setAttribute('locale', locale);
    showLocale(locale);
    const url = new URL(location.href);
    url.searchParams.set('locale', locale);
    history.replaceState(history.state, '', url);
  });
}
