import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { ApiClient } from '../core/api/client.js';
import { defaultBrowserServices, type BrowserServices } from '../core/browser.js';
import { createQueryClient, QueryController } from '../core/cache.js';
import { portalContext, type PortalContext } from '../core/context.js';
import type { ApiError } from '../core/errors.js';
import { dispatch } from '../core/events.js';
import { createFormatters } from '../core/format.js';
import { normalizeLocale, SOURCE_LOCALE, type Locale } from '../core/i18n.js';
import { fetchSession, meQueryKey, type Session } from '../core/session.js';
import type { LiveAttach, LiveHandle } from '../core/live/attach.js';
import type { LiveEvent } from '../core/schemas/events.js';

export type PortalTheme = 'light' | 'dark' | 'auto';
export type PortalLayout = 'none' | 'full';

/**
 * The root of Meu Espaço. Provides every descendant widget, through `@lit/context`, with the
 * API client (base URL, token, locale, organization), the signed-in user (`GET /v1/me`), the
 * current organization and its roles, and one server-state cache shared by all widgets.
 * With `layout="full"` it renders the whole "Meu Espaço" page: menu, organization switcher
 * and one module view at a time, deep-linkable through the URL hash.
 *
 * @tagname me-portal
 * @summary Root shell: shares auth, session, organization and cache with every widget.
 *
 * @slot - The widgets (layout `none`), laid out by the host page.
 *
 * @fires me-session-expired - The token was rejected and the `tokenProvider` could not renew it; sign the user in again.
 * @fires me-organization-change - The current organization changed (attribute, switcher or first load). `detail: { organizationId, previousOrganizationId }`
 * @fires me-navigate - The full layout opened another view or deep link. `detail: { view, path, hash }`
 * @fires me-error - An API request failed for good (after the allowed retries). `detail: { error }`
 * @fires me-locale-change - The language in effect changed (the `locale` attribute, or, when it is not set, the user's saved language). `detail: { locale, previousLocale }`
 *
 * @csspart layout - The full layout's container.
 *
 * @cssprop --me-color-primary - Main action colour (falls back to PO UI's `--color-action-default`).
 * @cssprop --me-color-background - Page and card background.
 * @cssprop --me-color-surface - Subtle surfaces (menus, headers).
 * @cssprop --me-color-text - Text colour.
 * @cssprop --me-color-text-muted - Secondary text colour.
 * @cssprop --me-color-border - Borders and separators.
 * @cssprop --me-color-danger - Errors.
 * @cssprop --me-color-success - Success.
 * @cssprop --me-color-warning - Warnings.
 * @cssprop --me-color-focus - Focus ring.
 * @cssprop --me-font-family - Font (falls back to PO UI's `--font-family-theme`, then Nunito Sans).
 * @cssprop --me-font-size - Base font size (px).
 * @cssprop --me-radius - Corner radius.
 * @cssprop --me-space-4 - Base spacing unit (also --me-space-1, -2, -3, -6).
 */
export class MePortal extends LitElement {
  // declared without decorators: the shell's initial chunk is budgeted, and the decorator helpers
  // would be its only users there
  static override properties = {
    apiBase: { attribute: 'api-base' },
    token: {},
    tokenProvider: { attribute: false },
    organizationId: { attribute: 'organization-id' },
    locale: {},
    theme: { reflect: true },
    timeout: { type: Number },
    layout: { reflect: true },
    services: { attribute: false },
    live: {},
    drafts: {},
  };

  // no design tokens here: in layout `none` the slotted content is the host page's own, and every
  // widget reads the tokens itself; only the colour scheme is set, and it inherits
  static override styles = [
    css`
      :host {
        display: block;
        color-scheme: light;
      }
      :host([theme='dark']) {
        color-scheme: dark;
      }
      :host([theme='auto']) {
        color-scheme: light dark;
      }
    `,
  ];

  /** Base URL of the backend; requests go to `{api-base}/v1/…`. May be relative. */
  apiBase = '/api';

  /** Bearer token. Changing it takes effect for the next requests. */
  token?: string;

  /** Asked for a token when there is none and once on a 401 (one refresh shared by all widgets). */
  tokenProvider?: () => Promise<string>;

  /** Current organization; wins over the user's default organization. */
  organizationId?: string;

  /** `pt-BR`, `en` or `es`; wins over the user's language. */
  locale?: string;

  /** Colour scheme; `auto` follows the system. */
  theme: PortalTheme = 'light';

  /** Milliseconds without an answer before a request fails as a timeout. */
  timeout = 30_000;

  /** `none`: only provides context; `full`: renders the whole Meu Espaço page. */
  layout: PortalLayout = 'none';

  /** Browser services (hash, clipboard, downloads, print); replace to integrate with a host shell. */
  services: BrowserServices = defaultBrowserServices;

  /**
   * `on`: one server event stream (`GET /v1/events`) keeps every widget current while any shows
   * server data; `off`: none is opened (widgets refresh on focus and after their own changes).
   */
  live: 'on' | 'off' = 'on';

  /**
   * `on`: forms keep a draft of what is typed in this browser (IndexedDB, 7 days, per user and
   * organization; see the README's privacy note); `off`: none is kept (hosts that forbid storage).
   */
  drafts: 'on' | 'off' = 'on';

  #liveAttach?: LiveAttach;
  #liveLoading = false;
  #live?: LiveHandle;
  readonly #liveListeners = new Set<(event: LiveEvent) => void>();
  readonly #onLiveEvent = (listener: (event: LiveEvent) => void): (() => void) => {
    this.#liveListeners.add(listener);
    return () => this.#liveListeners.delete(listener);
  };

  #layoutLoaded = false;
  /** the first update began: properties a host sets right after insertion are in */
  #updating = false;

  /** The client all widgets share; configured from the attributes above. */
  readonly client: ApiClient;
  /** The cache all widgets share. */
  readonly queryClient = createQueryClient();

  readonly #provider = new ContextProvider(this, { context: portalContext });
  readonly #me: QueryController<Session>;
  /** the `token` property last handed to the client (a provider's token must not be undone by a re-render) */
  #configuredToken?: string | null = null;
  #lastOrganizationId?: string;
  #lastLocale?: Locale;
  #localeSettled = false;

  constructor() {
    super();
    this.client = new ApiClient(
      { apiBase: this.apiBase, locale: SOURCE_LOCALE, timeoutMs: this.timeout },
      {
        onSessionExpired: (error) => {
          // the session is over: what this user typed does not stay in the browser
          void this.clearDrafts();
          dispatch(this, 'me-session-expired', { error });
        },
        onError: (error) => dispatch(this, 'me-error', { error }),
      },
    );
    // the session starts with the first update, not at connection: a framework that sets `token` or
    // `tokenProvider` right after inserting the element (Angular binds properties after the element is
    // in the page) has set them by then, and the first `/v1/me` carries the token instead of a 401
    this.#me = new QueryController<Session>(this, () => this.queryClient, () => (!this.#updating ? undefined : {
      queryKey: meQueryKey,
      queryFn: ({ signal }) => fetchSession(this.client, signal),
      staleTime: 5 * 60_000,
    }));
  }

  override connectedCallback(): void {
    this.#configureClient(); // before the controllers connect: the first request must carry the token
    super.connectedCallback();
    this.queryClient.mount();
    this.#connectLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.queryClient.unmount();
    this.#stopLive();
  }

  /**
   * Removes every draft of the signed-in user kept in this browser (all organizations): call it on
   * sign-out. `me-session-expired` does it too.
   */
  async clearDrafts(): Promise<void> {
    const user = this.#me.data?.me.id;
    if (!user) return;
    const { sharedDraftStore } = await import('../core/drafts.js');
    await sharedDraftStore().clearUser(this.client.config.apiBase, user);
  }

  /** The live updates, once a widget showed server data (`undefined` with `live="off"`): state and counters, for diagnostics. */
  get liveUpdates() {
    return this.#live?.updates;
  }

  /** The first widget hands over the live updates' code (PortalContext.startLive): loaded once. */
  readonly #startLive = (load: () => Promise<{ attachLive: LiveAttach }>): void => {
    if (this.live === 'off' || this.#liveLoading) return;
    this.#liveLoading = true;
    void load().then(({ attachLive }) => {
      this.#liveAttach = attachLive;
      this.#connectLive();
    });
  };

  #connectLive(): void {
    if (this.live !== 'off' && this.isConnected && this.#liveAttach && !this.#live) this.#live = this.#liveAttach(this, (event) => this.#liveListeners.forEach((listener) => listener(event)));
  }

  #stopLive(): void {
    this.#live?.stop();
    this.#live = undefined;
  }

  /** The language in effect: `locale` attribute, else the user's language, else pt-BR. */
  get effectiveLocale(): Locale {
    return normalizeLocale(this.locale) ?? this.#me.data?.me.language ?? SOURCE_LOCALE;
  }

  #configureClient(): Locale {
    const locale = this.effectiveLocale;
    const token = this.token || undefined;
    if (token !== this.#configuredToken) {
      this.#configuredToken = token;
      this.client.configure({ token });
    }
    this.client.configure({
      apiBase: this.apiBase,
      tokenProvider: this.tokenProvider,
      locale,
      timeoutMs: this.timeout > 0 ? this.timeout : 30_000,
    });
    return locale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#updating = true;
    const locale = this.#configureClient();
    // a language change refetches what was fetched in the old one; the language /v1/me brings when
    // no `locale` was set is the first one known, not a change (data started before it — the host
    // named the organization — is organization data, the same in every language)
    const settled = !!normalizeLocale(this.locale) || !!this.#me.data;
    if (this.#lastLocale && this.#lastLocale !== locale && this.#localeSettled) {
      // the session is the same in every language (and a profile save that changed it just stored it)
      void this.queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      const previousLocale = this.#lastLocale;
      queueMicrotask(() => dispatch(this, 'me-locale-change', { locale, previousLocale }));
    }
    this.#lastLocale = locale;
    this.#localeSettled = settled;
    if ((changed.has('token') || changed.has('tokenProvider')) && this.#me.result?.isError) void this.#me.refetch();
    if (changed.has('apiBase') && changed.get('apiBase') !== undefined) void this.queryClient.resetQueries();
    if (changed.has('live')) {
      if (this.live === 'off') this.#stopLive();
      else this.#connectLive();
    }
    if (this.layout === 'full' && !this.#layoutLoaded) {
      void import('./me-portal-layout.js').then(() => {
        this.#layoutLoaded = true;
        this.requestUpdate();
      });
    }
    this.#provider.setValue(this.#contextValue(locale));
  }

  #contextValue(locale: Locale): PortalContext {
    const result = this.#me.result;
    const me = result?.data?.me;
    const organizationId = this.organizationId || me?.defaultOrganizationId;
    const organization = me?.organizations.find((org) => org.id === organizationId);
    const timeZone = me?.timeZone;
    if (me && organizationId !== this.#lastOrganizationId) {
      const previousOrganizationId = this.#lastOrganizationId;
      this.#lastOrganizationId = organizationId;
      queueMicrotask(() => dispatch(this, 'me-organization-change', { organizationId, previousOrganizationId }));
    }
    return {
      client: this.client,
      queryClient: this.queryClient,
      status: me ? 'ready' : result?.isError ? 'error' : 'loading',
      error: result?.error ?? undefined,
      me,
      meTag: result?.data?.etag,
      organization,
      organizationId,
      isAdmin: organization?.roles.includes('admin') ?? false,
      locale,
      timeZone,
      format: createFormatters(locale, timeZone), // shared per locale and time zone
      layout: this.layout,
      browser: this.services,
      reload: () => void this.#me.refetch(),
      startLive: this.#startLive,
      onLiveEvent: this.#onLiveEvent,
      draftsOff: this.drafts === 'off',
    };
  }

  protected override render() {
    const live = this.#live?.view();
    if (this.layout !== 'full') return html`<slot></slot>${live}`;
    return html`${this.#layoutLoaded ? html`<me-portal-layout part="layout" exportparts="menu, menu-item, header, view"></me-portal-layout>` : ''}${live}`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'me-session-expired': CustomEvent<{ error: ApiError }>;
    'me-organization-change': CustomEvent<{ organizationId: string | undefined; previousOrganizationId: string | undefined }>;
    'me-navigate': CustomEvent<{ view: string; path?: string; hash: string }>;
    'me-error': CustomEvent<{ error: ApiError }>;
    'me-locale-change': CustomEvent<{ locale: Locale; previousLocale: Locale }>;
  }
}
