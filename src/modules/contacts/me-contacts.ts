import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Contact, ContactList } from '../../core/schemas/contacts.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { contactsMessages } from '../../locales/contacts.js';
import '../../portal/me-admins-notice.js';
import { ListFilters } from '../../ui/data-list/list-filters.js';
import '../../ui/data-list/me-data-list.js';
import type { PageSource, RowActivateDetail, SortState } from '../../ui/data-list/types.js';
import '../../ui/dialog.js';
import '../../ui/drawer.js';
import { renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import '../../ui/toast.js';
import '../../ui/toolbar/index.js';
import type { SelectOption } from '../../ui/toolbar/index.js';
import { CONTACT_SORT_FIELDS, contactColumns } from './contact-columns.js';
import './contact-editor.js';
import type { ContactChangeReason } from './contact-editor.js';
import {
  CONTACTS_PAGE_SIZE, DEFAULT_CONTACT_FILTERS, fetchContactPage, firstPageQuery, type ContactFilters,
} from './contacts.api.js';
import { contactsStyles } from './contacts.styles.js';

/**
 * "Administração dos contatos" (admin only): the organization's contacts — name, e-mail, role,
 * access areas (Suporte Técnico, Administrativo/Financeiro, Ouvidoria), status and last access —
 * searched, filtered (status, role) and sorted on the server; invite a contact, open one to edit
 * it (role and areas included), deactivate/reactivate or delete it; import a CSV file of contacts
 * with a per-line preview and per-line results. The last active admin cannot be demoted,
 * deactivated or deleted. A member sees who the organization's admins are.
 *
 * Loading: the first page may start before `/v1/me` (organization data); nothing is asked once
 * the roles say member. The import's code and its CSV parser load when an import starts.
 *
 * @tagname me-contacts
 * @summary Organization contacts administration: list, invite, edit, roles and areas, status, delete, CSV import.
 *
 * @fires me-contacts-changed - Contacts were invited, updated, deactivated, reactivated, deleted or imported here. `detail: { organizationId, reason, contactId? }`
 *
 * @csspart header - Title and actions.
 * @csspart toolbar - Search and filters.
 * @csspart list - The list.
 * @csspart drawer - The side panel showing a contact.
 * @csspart editor - The contact's editor inside the drawer.
 * @csspart state - Loading, error, no-permission and configuration messages.
 * @csspart button - Buttons of the header.
 *
 * @cssprop --me-contacts-list-height - Height of the scrolling list (default 560px).
 */
export class MeContacts extends MeElement {
  static override styles = [tokens, stateStyles, contactsStyles];

  /** The contact shown in the side panel (deep link); empty for none. */
  @property({ attribute: 'contact-id' }) contactId?: string;

  @state() private inviting = false;
  @state() private importing = false;
  @state() private importLoaded = false;
  /** bumped when the list must be read again (a mutation here or elsewhere refetched the cached first page) */
  @state() private revision = 0;

  readonly #t = new MessagesController(this, contactsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #firstPage = new QueryController<ContactList>(this, () => this.portal?.queryClient,
    () => (this.#mayQuery() ? firstPageQuery(this.portal) : undefined));
  readonly #filters = new ListFilters<ContactFilters>(this, { ...DEFAULT_CONTACT_FILTERS });
  #seenUpdate = 0;
  /** the name of the contact opened from its row (the drawer's title until the editor has it) */
  #openedName?: string;

  /** No contact list for a known member (the server refuses it); before `/v1/me` it may start. */
  #mayQuery(): boolean {
    const portal = this.portal;
    return !!portal && !(portal.status === 'ready' && !portal.isAdmin);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const updatedAt = this.#firstPage.result?.dataUpdatedAt ?? 0;
    if (updatedAt !== this.#seenUpdate) {
      if (this.#seenUpdate) this.revision++;
      this.#seenUpdate = updatedAt;
    }
  }

  #source(): PageSource<Contact> | undefined {
    const portal = this.portal;
    if (!portal?.organizationId) return undefined;
    return this.#filters.source([portal.organizationId, this.revision], (filters) => ({
      pageSize: CONTACTS_PAGE_SIZE,
      load: (page, signal) => fetchContactPage(portal, filters, page, CONTACTS_PAGE_SIZE, signal),
    }));
  }

  get #sort(): SortState | undefined {
    const sort = this.#filters.value.sort ?? '';
    const field = sort.replace(/^-/, '');
    const id = Object.keys(CONTACT_SORT_FIELDS).find((k) => CONTACT_SORT_FIELDS[k] === field);
    return id ? { id, direction: sort.startsWith('-') ? 'desc' : 'asc' } : undefined;
  }

  #onSort = (event: CustomEvent<{ sort: SortState | undefined }>): void => {
    const sort = event.detail.sort;
    this.#filters.set({ sort: sort ? `${sort.direction === 'desc' ? '-' : ''}${CONTACT_SORT_FIELDS[sort.id]}` : DEFAULT_CONTACT_FILTERS.sort });
  };

  #onRowActivate = (event: CustomEvent<RowActivateDetail>): void => {
    const contact = event.detail.item as Contact;
    this.#openedName = contact.name;
    this.contactId = contact.id;
  };

  #startImport(): void {
    this.importing = true;
    if (!this.importLoaded) void import('./contact-import.js').then(() => { this.importLoaded = true; });
  }

  /** a mutation of an inner part: the host hears it; the list refreshes through the shared cache */
  #onChange = (event: CustomEvent<{ reason: ContactChangeReason; contact?: Contact }>): void => {
    const { reason, contact } = event.detail;
    if (reason === 'invited') this.inviting = false;
    if (reason === 'deleted') this.#close();
    if (contact && reason !== 'deleted') this.#openedName = contact.name;
    // (a request that ends after the widget left its portal changes nothing here)
    const organizationId = this.portal?.organizationId;
    if (organizationId) dispatch(this, 'me-contacts-changed', { organizationId, reason, ...(contact ? { contactId: contact.id } : {}) });
  };

  #close(): void {
    this.contactId = undefined;
    this.#openedName = undefined;
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const admin = this.portal!.isAdmin;
    const error = this.#firstPage.result?.error;
    const forbidden = error instanceof ApiError && error.isForbidden;
    const header = html`<div class="header" part="header">
      <h2>${t('contacts.title')}</h2>
      ${admin && !forbidden
        ? html`<div class="actions">
            <button type="button" class="button secondary import" part="button import" @click=${() => this.#startImport()}>${t('contacts.import')}</button>
            <button type="button" class="button invite" part="button invite" @click=${() => { this.inviting = true; }}>${t('contacts.invite')}</button>
          </div>`
        : nothing}
    </div>`;
    if (!admin) return html`${header}<me-admins-notice></me-admins-notice>`;
    if (forbidden) return html`${header}${renderError(error, this.#c.t, () => void this.#firstPage.refetch())}<me-admins-notice></me-admins-notice>`;
    return html`${header}
      <div class="panel">
        ${this.#renderToolbar()}
        <me-data-list part="list" label=${t('contacts.list')} .columns=${contactColumns(t, this.format)}
          .source=${this.#source()} .sort=${this.#sort} @me-sort-change=${this.#onSort} @me-row-activate=${this.#onRowActivate}>
          <span slot="empty">${this.#filters.has('sort') ? t('contacts.empty.filtered') : t('contacts.empty')}</span>
        </me-data-list>
      </div>
      <me-drawer part="drawer" .open=${!!this.contactId} label=${this.#openedName ? t('contacts.edit.title', { name: this.#openedName }) : t('contacts.edit.any')}
        @me-close=${() => this.#close()}>
        ${this.contactId
          ? html`<me-contact-editor part="editor" contact-id=${this.contactId} @me-contact-change=${this.#onChange} @me-contact-close=${() => this.#close()}></me-contact-editor>`
          : nothing}
      </me-drawer>
      <me-dialog class="invite-dialog" .open=${this.inviting} label=${t('contacts.invite.title')} @me-close=${() => { this.inviting = false; }}>
        ${this.inviting
          ? html`<me-contact-editor mode="invite" @me-contact-change=${this.#onChange} @me-contact-close=${() => { this.inviting = false; }}></me-contact-editor>`
          : nothing}
      </me-dialog>
      <me-dialog class="import-dialog" .open=${this.importing} label=${t('import.title')} @me-close=${() => { this.importing = false; }}>
        ${this.importing
          ? this.importLoaded
            ? html`<me-contacts-import @me-contact-change=${this.#onChange} @me-contact-close=${() => { this.importing = false; }}></me-contacts-import>`
            : renderState('loading', { title: this.#c.t('state.loading') })
          : nothing}
      </me-dialog>
      <me-toast-region></me-toast-region>`;
  }

  #renderToolbar() {
    const t = this.#t.t;
    const filters = this.#filters;
    const value = filters.value;
    const any = { value: '', label: t('contacts.filter.any') };
    const statusOptions: SelectOption[] = [any, ...(['active', 'inactive', 'invited'] as const).map((s) => ({ value: s, label: t(`contacts.status.${s}`) }))];
    const roleOptions: SelectOption[] = [any, ...(['admin', 'member'] as const).map((r) => ({ value: r, label: t(`contacts.role.${r}`) }))];
    return html`<me-toolbar part="toolbar" .active=${(value.status ? 1 : 0) + (value.role ? 1 : 0)}>
      <me-search-field slot="search" label=${t('contacts.search')} .value=${filters.text} @me-search=${(e: CustomEvent<{ value: string }>) => filters.search(e.detail.value)}></me-search-field>
      <me-select class="status-filter" label=${t('contacts.filter.status')} .options=${statusOptions} .value=${value.status ?? ''}
        @change=${(e: CustomEvent<{ value: string }>) => filters.set({ status: (e.detail.value || undefined) as ContactFilters['status'] })}></me-select>
      <me-select class="role-filter" label=${t('contacts.filter.role')} .options=${roleOptions} .value=${value.role ?? ''}
        @change=${(e: CustomEvent<{ value: string }>) => filters.set({ role: (e.detail.value || undefined) as ContactFilters['role'] })}></me-select>
      ${filters.has('sort') ? html`<button type="button" class="link clear" @click=${() => filters.reset({ sort: value.sort })}>${t('contacts.filter.clear')}</button>` : nothing}
    </me-toolbar>`;
  }
}
