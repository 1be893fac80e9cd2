import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement, type CSSResultGroup } from 'lit';
import { state } from 'lit/decorators.js';
import { portalContext, type PortalContext } from './context.js';
import { createFormatters, type Formatters } from './format.js';
import { catalogsLoading, SOURCE_LOCALE, type Locale } from './i18n.js';
import { tokens } from './theme.js';

const rooted = new WeakSet<Document>();

/**
 * Lets a portal that upgrades after its widgets still serve them: unanswered context requests
 * are kept and re-dispatched when a provider appears (@lit/context's ContextRoot).
 */
function ensureContextRoot(doc: Document): void {
  if (rooted.has(doc)) return;
  rooted.add(doc);
  new ContextRoot().attach(doc.documentElement);
}

function hasPortalAncestor(node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    const parent: Node | null = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
    if (parent instanceof Element && parent.localName === 'me-portal') return true;
    current = parent;
  }
  return false;
}

/** The live updates' code: loaded once, when the portal first starts them (see PortalContext.startLive). */
const loadLive = () => import('./live/attach.js');

/** Where a widget stands with its portal. */
export type PortalLink = 'connected' | 'pending' | 'missing';

/**
 * Base class of every meu-espaco element: consumes the portal context (re-rendering when it
 * changes) and knows whether it sits outside any `<me-portal>` (`missing`: a configuration
 * message) or under one not defined yet (`pending`: loading until it upgrades).
 */
export class MeElement extends LitElement {
  static override styles: CSSResultGroup = [tokens];

  /** the portal context, once a `<me-portal>` ancestor provides it */
  @state() protected portal?: PortalContext;
  @state() protected portalLink: PortalLink = 'pending';
  /** the language whose catalogs this element has (no check on each update) */
  #catalogsReady?: Locale;


  constructor() {
    super();
    new ContextConsumer(this, {
      context: portalContext,
      subscribe: true,
      callback: (value) => {
        this.portal = value;
        this.portalLink = 'connected';
        value?.startLive?.(loadLive);
      },
    });
  }

  override connectedCallback(): void {
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback(); // the consumer asks for the context here; a provider answers synchronously
    if (!this.portal) this.portalLink = hasPortalAncestor(this) ? 'pending' : 'missing';
  }

  /** Renders once the catalogs of the current language are in (see `catalogsLoading`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.locale;
    if (locale === this.#catalogsReady) return super.scheduleUpdate(); // every update of a scrolling list comes here
    const loading = catalogsLoading(this, locale);
    // waited once per language: a chunk still missing after that (stuck, failed) is not waited for
    // again on every update; its MessagesController re-renders the element when it arrives
    if (!loading) {
      this.#catalogsReady = locale;
      return super.scheduleUpdate();
    }
    return loading.then(() => {
      this.#catalogsReady = locale;
      return super.scheduleUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.portal = undefined;
    this.portalLink = 'pending';
  }

  /** active language: the portal's, pt-BR until there is one */
  get locale(): Locale {
    return this.portal?.locale ?? SOURCE_LOCALE;
  }

  get format(): Formatters {
    return this.portal?.format ?? createFormatters(this.locale); // shared per locale
  }

}
