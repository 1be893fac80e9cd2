import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatch } from '../../core/events.js';
import { FirstView } from '../../core/first-view.js';
import { MessagesController } from '../../core/i18n.js';
import type { Eula, InstallationList, LicenseList, LicensingMessageList } from '../../core/schemas/licensing.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { licensesMessages } from '../../locales/licenses.js';
import '../../portal/me-admins-notice.js';
import '../../ui/dialog.js';
import '../../ui/tabs.js';
import '../../ui/toast.js';
import { renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import './eula-gate.js';
import './license-list.js';
import {
  eulaAccepted, eulaQuery, installationsQuery, isEulaRequired, LICENSES_TABS, licensesQuery, licensingKeys, messagesQuery,
  type LicensesTab,
} from './licenses.api.js';
import { licensesStyles } from './licenses.styles.js';

type Query<T> = QueryController<T>;
/** what the tab logic reads of any of the lists' queries */
interface AnyQuery {
  readonly result: { isPending: boolean; isError: boolean; error: unknown } | undefined;
  refetch(): Promise<unknown>;
}

/**
 * "Gestão de licenças" (admin only): the licence EULA first (its version and country, "Li e
 * aceito" and the acceptance), then three tabs — the licences per product line with their type,
 * nature, validity, status and contracted vs distributed, and the distribution of one licence
 * among the installations; the installations (add → TOTVS ID, rename, block/unblock); the
 * licensing messages (unread count on the tab). A member sees who the organization's admins are.
 *
 * Loading: the EULA starts before `/v1/me` when the host names the organization; the shown tab's
 * list follows as soon as it answers accepted (never before: the server refuses every list with
 * `409 eula-not-accepted` until then). The messages behind the unread count wait for the first
 * view (the count is not the first view's data); the other tabs' code and data load when opened.
 *
 * @tagname me-licenses
 * @summary Licence management: EULA, licences and their distribution, installations, messages.
 *
 * @fires me-licenses-tab-change - The shown tab changed (deep link `#/licenses/<tab>`). `detail: { tab }`
 * @fires me-eula-accepted - The organization accepted the EULA. `detail: { version }`
 *
 * @csspart header - Title.
 * @csspart tabs - The tabs.
 * @csspart eula - The EULA gate.
 * @csspart content - The EULA's text.
 * @csspart group - One product line of the licence list.
 * @csspart license - One licence.
 * @csspart usage - The contracted vs distributed bar of a licence.
 * @csspart installations - The installations table.
 * @csspart messages - The messages list.
 * @csspart state - Loading, error, no-permission and configuration messages.
 * @csspart button - Buttons.
 *
 * @cssprop --me-licenses-usage-color - Colour of the distributed part of a licence's bar (default the primary colour).
 */
export class MeLicenses extends MeElement {
  static override styles = [tokens, stateStyles, licensesStyles];

  /** The tab shown: `licenses`, `installations` or `messages` (deep link). */
  @property({ reflect: true }) tab: LicensesTab = 'licenses';

  /** a `409 eula-not-accepted` of a mutation: the gate is back until the (new) EULA is accepted */
  @state() private eulaRequired = false;
  /** the licence whose distribution is being edited */
  @state() private distributing?: string;
  @state() private loadedParts = new Set<string>();

  readonly #t = new MessagesController(this, licensesMessages);
  readonly #c = new MessagesController(this, commonMessages);
  /** errors already answered by an acceptance (a refetch keeps the old error until it settles) */
  readonly #answered = new WeakSet<object>();
  readonly #noticed = new WeakSet<object>();

  readonly #eula: Query<Eula> = new QueryController(this, () => this.portal?.queryClient, () => eulaQuery(this.portal));
  readonly #licenses: Query<LicenseList> = new QueryController(this, () => this.portal?.queryClient, () => this.#wants('licenses') ? licensesQuery(this.portal) : undefined);
  readonly #installations: Query<InstallationList> = new QueryController(this, () => this.portal?.queryClient, () => this.#wants('installations') ? installationsQuery(this.portal) : undefined);
  /** the first view is on screen: the unread count may load */
  readonly #firstView = new FirstView(this, () => this.portal?.status === 'ready' && this.#settled(this.#eula)
    && (!this.#eula.data || !eulaAccepted(this.#eula.data) || this.#settled(this.#listOf(this.tab))));
  readonly #messages: Query<LicensingMessageList> = new QueryController(this, () => this.portal?.queryClient,
    () => this.#wants('messages') || (this.#firstView.shown && this.#mayQuery()) ? messagesQuery(this.portal) : undefined);

  #settled(query: AnyQuery): boolean {
    return !!query.result && !query.result.isPending;
  }

  #listOf(tab: LicensesTab): AnyQuery {
    return tab === 'licenses' ? this.#licenses : tab === 'installations' ? this.#installations : this.#messages;
  }

  /**
   * No licence data for a known member, and none before the EULA answered accepted: the server
   * refuses every list with 409 until then (a request that would only fail, and log a failed
   * resource on the host's console). The EULA itself starts before `/v1/me` when it can.
   */
  #mayQuery(): boolean {
    const portal = this.portal;
    if (portal?.status === 'ready' && !portal.isAdmin) return false;
    const eula = this.#eula.data;
    return !!eula && eulaAccepted(eula) && !this.eulaRequired;
  }

  #wants(tab: LicensesTab): boolean {
    return this.tab === tab && this.#mayQuery();
  }

  /** the first 409 `eula-not-accepted` of a list or a mutation: the gate comes back with the current EULA */
  #requireEula(error?: unknown): void {
    if (error && typeof error === 'object') {
      if (this.#noticed.has(error)) return;
      this.#noticed.add(error);
    }
    this.eulaRequired = true;
    const orgId = this.portal?.organizationId;
    if (orgId) void this.portal!.queryClient.invalidateQueries({ queryKey: licensingKeys.eula(orgId) });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!LICENSES_TABS.includes(this.tab)) this.tab = 'licenses';
    // the other tabs' code loads when first shown
    if (changed.has('tab') && this.tab !== 'licenses') this.#loadPart(this.tab);
    // before rendering, so the gate shows in this very update
    for (const query of [this.#licenses, this.#installations, this.#messages]) {
      const error = query.result?.error;
      // a surprise 409 (a new EULA published meanwhile); a pending EULA already shows the gate
      const accepted = !!this.#eula.data && eulaAccepted(this.#eula.data);
      if (isEulaRequired(error) && accepted && !this.eulaRequired && !this.#answered.has(error!)) this.#requireEula(error);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('tab') && changed.get('tab') !== undefined) dispatch(this, 'me-licenses-tab-change', { tab: this.tab });
  }

  #loadPart(part: string): void {
    if (this.loadedParts.has(part)) return;
    const load = part === 'installations' ? import('./installation-list.js')
      : part === 'messages' ? import('./message-list.js') : import('./distribution-editor.js');
    void load.then(() => { this.loadedParts = new Set([...this.loadedParts, part]); });
  }

  #onAccepted(version: string): void {
    for (const query of [this.#licenses, this.#installations, this.#messages]) {
      const error = query.result?.error;
      if (error) this.#answered.add(error);
    }
    this.eulaRequired = false;
    dispatch(this, 'me-eula-accepted', { version });
  }

  #distribute(licenseId: string): void {
    this.#loadPart('distribution');
    this.distributing = licenseId;
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const header = html`<div class="header" part="header"><h2>${t('licenses.title')}</h2></div>`;
    const eula = this.#eula.result;
    if (!eula || eula.isPending || (this.eulaRequired && eula.isFetching)) return html`${header}${renderState('loading', { title: this.#c.t('state.loading') })}`;
    if (eula.isError) {
      if (eula.error instanceof ApiError && eula.error.isForbidden) return html`${header}<me-admins-notice></me-admins-notice>`;
      return html`${header}${renderError(eula.error, this.#c.t, () => void this.#eula.refetch())}`;
    }
    if (!eulaAccepted(eula.data) || this.eulaRequired) {
      return html`${header}<me-licenses-eula part="eula" exportparts="content, button" .eula=${eula.data} .again=${this.eulaRequired}
        @me-eula-accepted=${(e: CustomEvent<{ version: string }>) => { e.stopPropagation(); this.#onAccepted(e.detail.version); }}></me-licenses-eula>
        <me-toast-region></me-toast-region>`;
    }
    const unread = this.#messages.data?.items.filter((m) => !m.read).length;
    const tabs = LICENSES_TABS.map((id) => ({ id, label: t(`licenses.tab.${id}`), count: id === 'messages' ? unread : undefined }));
    return html`${header}
      <me-tabs part="tabs" label=${t('licenses.tabs')} .tabs=${tabs} selected=${this.tab}
        @me-tab-change=${(e: CustomEvent<{ id: string }>) => { this.tab = e.detail.id as LicensesTab; }}></me-tabs>
      ${this.#renderTab()}
      <me-dialog class="distribution" .open=${!!this.distributing} label=${t('distribution.title')} @me-close=${() => { this.distributing = undefined; }}>
        ${this.distributing && this.loadedParts.has('distribution')
          ? html`<me-licenses-distribution license-id=${this.distributing} .onEulaRequired=${() => this.#requireEula()}
              @me-distribution-saved=${() => { this.distributing = undefined; }}
              @me-cancel=${() => { this.distributing = undefined; }}></me-licenses-distribution>`
          : nothing}
      </me-dialog>
      <me-toast-region></me-toast-region>`;
  }

  #renderTab() {
    const query = this.#listOf(this.tab);
    const result = query.result;
    if (!result || result.isPending || (this.tab !== 'licenses' && !this.loadedParts.has(this.tab))) {
      return renderState('loading', { title: this.#c.t('state.loading') });
    }
    if (result.isError) {
      if (isEulaRequired(result.error)) return renderState('loading', { title: this.#c.t('state.loading') });
      if (result.error instanceof ApiError && result.error.isForbidden) return html`<me-admins-notice></me-admins-notice>`;
      return renderError(result.error, this.#c.t, () => void query.refetch());
    }
    const onEulaRequired = () => this.#requireEula();
    switch (this.tab) {
      case 'licenses':
        return html`<me-licenses-list exportparts="group, license, usage, button" .licenses=${this.#licenses.data!.items}
          @me-distribute=${(e: CustomEvent<{ licenseId: string }>) => { e.stopPropagation(); this.#distribute(e.detail.licenseId); }}></me-licenses-list>`;
      case 'installations':
        return html`<me-licenses-installations exportparts="installations, button" .installations=${this.#installations.data!.items} .onEulaRequired=${onEulaRequired}></me-licenses-installations>`;
      default:
        return html`<me-licenses-messages exportparts="messages" .messages=${this.#messages.data!.items} .onEulaRequired=${onEulaRequired}></me-licenses-messages>`;
    }
  }
}
