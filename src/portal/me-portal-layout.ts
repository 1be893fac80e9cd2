import { css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { dispatch } from '../core/events.js';
import { tokens } from '../core/theme.js';
import { MessagesController } from '../core/i18n.js';
import { commonMessages } from '../locales/common.js';
import { portalMessages } from '../locales/portal.js';
import { HOME_VIEW, modules, type ModuleEntry } from '../modules/registry.js';
import { renderPortalGate, renderState, stateStyles } from '../ui/states.js';
import './me-admins-notice.js';
import type { MePortal } from './me-portal.js';

interface Route {
  view: string;
  path?: string;
}

/** The view a page without a hash opens: "Minhas solicitações", else the first menu item. */
function homeModule(): ModuleEntry | undefined {
  return modules.find((m) => m.id === HOME_VIEW) ?? modules[0];
}

function parseHash(hash: string): Route | undefined {
  const [view, ...rest] = hash.replace(/^\/+/, '').split('/');
  if (!view || !modules.some((m) => m.id === view)) return undefined;
  return { view, path: rest.length ? rest.join('/') : undefined };
}

/**
 * The full "Meu Espaço" page rendered by `<me-portal layout="full">`: header with the
 * organization switcher, the menu of the modules that exist and one view at a time. Internal:
 * hosts use `<me-portal layout="full">`.
 *
 * @tagname me-portal-layout
 * @internal
 */
export class MePortalLayout extends MeElement {
  static override styles = [
    tokens,
    stateStyles,
    css`
      :host { display: block; background: var(--_bg); color: var(--_text); }
      header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-4); padding: var(--_space-3) var(--_space-4); background: var(--_surface); border-bottom: 1px solid var(--_border); }
      h1 { margin: 0; font-size: var(--_font-size-lg); }
      .user { margin-inline-start: auto; color: var(--_muted); }
      label { display: flex; align-items: center; gap: var(--_space-2); }
      select { font: inherit; min-height: 32px; border-radius: var(--_radius-sm); border: 1px solid var(--_border); background: var(--_bg); color: var(--_text); }
      .body { display: grid; grid-template-columns: minmax(180px, 240px) 1fr; min-height: 480px; }
      nav { border-inline-end: 1px solid var(--_border); padding: var(--_space-2); }
      nav ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
      nav li.beside:not(.beside + .beside) { margin-top: var(--_space-2); padding-top: var(--_space-2); border-top: 1px solid var(--_border); }
      nav a { display: flex; justify-content: space-between; align-items: center; gap: var(--_space-2); padding: var(--_space-2) var(--_space-3); border-radius: var(--_radius-sm); color: var(--_text); text-decoration: none; }
      nav a:hover { background: var(--_surface); }
      nav a[aria-current='page'] { background: var(--_info-bg); color: var(--_primary); font-weight: 700; }
      .badge { font-size: var(--_font-size-sm); padding: 0 var(--_space-2); border: 1px solid var(--_warning); color: var(--_warning); border-radius: 999px; white-space: nowrap; }
      main { padding: var(--_space-4); min-width: 0; }
      @container (max-width: 640px) { .body { grid-template-columns: 1fr; } nav { border-inline-end: 0; border-bottom: 1px solid var(--_border); } }
      :host { container-type: inline-size; }
    `,
  ];

  @state() private route: Route | undefined;
  @state() private loaded = new Set<string>();
  @state() private failed = new Set<string>();

  readonly #t = new MessagesController(this, portalMessages);
  readonly #c = new MessagesController(this, commonMessages);
  #stopHash?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('me-navigate-request' as keyof HTMLElementEventMap, this.#onModuleEvent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopHash?.();
    this.#stopHash = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('portal') && this.portal && !this.#stopHash) {
      const services = this.portal.browser;
      this.#applyHash(services.getHash());
      this.#stopHash = services.onHashChange((hash) => this.#applyHash(hash));
      for (const entry of modules) {
        if (entry.route) this.addEventListener(entry.route.event, this.#onModuleEvent);
      }
    }
    const entry = this.#entry;
    if (entry && !this.loaded.has(entry.id) && !this.failed.has(entry.id)) this.#load(entry);
  }

  get #entry(): ModuleEntry | undefined {
    return modules.find((m) => m.id === this.route?.view) ?? homeModule();
  }

  #applyHash(hash: string): void {
    const home = homeModule();
    const route = parseHash(hash) ?? (home ? { view: home.id } : undefined);
    if (route?.view === this.route?.view && route?.path === this.route?.path) return;
    this.route = route;
    if (route) {
      const hashText = `/${route.view}${route.path ? `/${route.path}` : ''}`;
      dispatch(this, 'me-navigate', { view: route.view, path: route.path, hash: hashText });
    }
  }

  #navigate(route: Route, replace = false): void {
    const hash = `/${route.view}${route.path ? `/${route.path}` : ''}`;
    this.portal?.browser.setHash(hash, { replace });
    this.#applyHash(hash);
  }

  #onModuleEvent = (event: Event): void => {
    const entry = this.#entry;
    if (!entry?.route || event.type !== entry.route.event) return;
    const path = entry.route.toPath((event as CustomEvent).detail);
    if (path !== this.route?.path) this.#navigate({ view: entry.id, path });
  };

  async #load(entry: ModuleEntry): Promise<void> {
    try {
      await entry.load();
      this.loaded = new Set(this.loaded).add(entry.id);
    } catch {
      this.failed = new Set(this.failed).add(entry.id);
    }
  }

  #onMenuClick(event: MouseEvent, entry: ModuleEntry): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    this.#navigate({ view: entry.id });
  }

  #onOrganizationChange(event: Event): void {
    const portal = this.closest('me-portal') ?? (this.getRootNode() as ShadowRoot).host as MePortal;
    (portal as MePortal).organizationId = (event.target as HTMLSelectElement).value;
  }

  protected override updated(): void {
    const entry = this.#entry;
    if (!entry?.route) return;
    const element = this.renderRoot.querySelector(entry.tag) as HTMLElement | null;
    if (element) entry.route.apply(element, this.route?.path);
  }

  protected override render() {
    const t = this.#t.t;
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t, { needsOrganization: false });
    if (gate) return gate;
    const portal = this.portal!;
    const me = portal.me!;
    const current = this.#entry;
    return html`
      <header part="header">
        <h1>${t('portal.title')}</h1>
        ${me.organizations.length > 1
          ? html`<label>${t('portal.organization')}
              <select @change=${this.#onOrganizationChange} .value=${portal.organizationId ?? ''}>
                ${me.organizations.map((org) => html`<option value=${org.id} ?selected=${org.id === portal.organizationId}>${org.name}</option>`)}
              </select></label>`
          : html`<span>${portal.organization?.name}</span>`}
        <span class="user">${t('portal.signedInAs', { name: me.name })}</span>
      </header>
      <div class="body">
        <nav aria-label=${t('portal.menu')} part="menu">
          <ul>
            ${modules.map((entry) => html`<li class=${entry.beside ? 'beside' : nothing}>
              <a part="menu-item" href="#/${entry.id}" aria-current=${entry === current ? 'page' : nothing} @click=${(e: MouseEvent) => this.#onMenuClick(e, entry)}>
                <span>${entry.label[this.locale]}</span>
                ${entry.adminOnly ? html`<span class="badge" title=${t('portal.adminOnly')}><span aria-hidden="true">${t('portal.adminOnly.short')}</span><span class="visually-hidden">${t('portal.adminOnly')}</span></span>` : nothing}
              </a>
            </li>`)}
          </ul>
        </nav>
        <main part="view" aria-label=${current ? current.label[this.locale] : t('portal.title')}>
          ${current ? this.#renderView(current) : renderState('empty', { title: t('portal.noModules') })}
        </main>
      </div>
    `;
  }

  #renderView(entry: ModuleEntry) {
    if (entry.adminOnly && !this.portal?.isAdmin) return html`<me-admins-notice></me-admins-notice>`;
    if (this.failed.has(entry.id)) {
      return renderState('error', {
        title: this.#t.t('portal.moduleFailed'),
        retryLabel: this.#c.t('state.retry'),
        onRetry: () => { const failed = new Set(this.failed); failed.delete(entry.id); this.failed = failed; },
      });
    }
    if (!this.loaded.has(entry.id)) return renderState('loading', { title: this.#t.t('portal.loadingModule') });
    const tag = unsafeStatic(entry.tag);
    return staticHtml`<${tag}></${tag}>`;
  }
}

define('me-portal-layout', MePortalLayout);

declare global {
  interface HTMLElementTagNameMap {
    'me-portal-layout': MePortalLayout;
  }
}
