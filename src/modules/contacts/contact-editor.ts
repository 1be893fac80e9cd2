import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { IdempotentAction } from '../../core/api/idempotency.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import { NameSchema, PhoneSchema } from '../../core/schemas/common.js';
import {
  ContactAreaSchema, ContactCreateBodySchema, type Contact, type ContactList, type ContactPatchBody,
} from '../../core/schemas/contacts.js';
import { OrganizationRoleSchema } from '../../core/schemas/session.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { contactsMessages } from '../../locales/contacts.js';
import '../../ui/dialog.js';
import type { MeConfirmDialog } from '../../ui/dialog.js';
import '../../ui/form/checkbox-group.js';
import '../../ui/form/field.js';
import { FormController } from '../../ui/form/form-controller.js';
import '../../ui/form/submit-button.js';
import { icon } from '../../ui/icons.js';
import { describeError, renderState, stateStyles } from '../../ui/states.js';
import { announce } from '../../ui/toast.js';
import { AREAS, statusBadge, type T } from './contact-columns.js';
import {
  deleteContact, fetchActiveAdmins, fetchContact, inviteContact, isDuplicateEmail, isLastActiveAdmin, isStale, patchContact,
  type Versioned,
} from './contacts.api.js';
import { editorStyles } from './contacts.styles.js';

/** The edit form: what PATCH takes besides the status (the e-mail is the contact's identity: not editable). */
export const ContactEditSchema = z.object({
  name: NameSchema,
  phone: z.optional(PhoneSchema),
  jobTitle: z.optional(z.string()),
  role: OrganizationRoleSchema,
  areas: z.optional(z.array(ContactAreaSchema)),
});

export type ContactChangeReason = 'invited' | 'updated' | 'deactivated' | 'reactivated' | 'deleted' | 'imported';

/** A field's error put there by the widget (a duplicate e-mail's 409, the last admin's role), shown like the server's. */
const fieldError = (path: string, message: string) => new ApiError({ kind: 'http', status: 409, message, detail: message, fieldErrors: [{ path, message }] });

/**
 * Invites a contact (`mode="invite"`), or shows and edits one (`contact-id`): name, phone, job
 * title, role and access areas (saved with If-Match; a 412 keeps the typed values and offers to
 * reload), deactivate/reactivate and delete after a confirmation. The last active admin cannot be
 * demoted, deactivated or deleted: the editor says so before sending anything. Internal to
 * `<me-contacts>`.
 *
 * @tagname me-contact-editor
 * @summary Invite, edit, deactivate/reactivate or delete one contact.
 * @fires me-contact-change - A contact was invited, updated, deactivated, reactivated or deleted. `detail: { reason, contact }` Not bubbling.
 * @fires me-contact-close - The user is done (cancel). Not bubbling.
 */
export class MeContactEditor extends MeElement {
  static override styles = [tokens, stateStyles, editorStyles];

  @property() mode: 'invite' | 'edit' = 'edit';
  @property({ attribute: 'contact-id' }) contactId?: string;

  @state() private loaded?: Versioned<Contact>;
  @state() private admins?: ContactList;
  @state() private loadError?: unknown;
  @state() private stale = false;
  @state() private reloaded = false;
  @state() private message = '';
  @state() private busy?: 'status' | 'delete';

  readonly #t = new MessagesController(this, contactsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  // what is typed survives a reload: the invitation, and each contact's edit (from the version it was loaded in)
  readonly #invite = new FormController(this, {
    schema: ContactCreateBodySchema, initial: { role: 'member', areas: ['support'] },
    draft: { portal: () => this.portal, key: () => (this.mode === 'invite' ? 'contact-invite' : undefined) },
  });
  readonly #edit = new FormController(this, {
    schema: ContactEditSchema,
    draft: { portal: () => this.portal, key: () => (this.mode === 'edit' && this.loaded ? `contact-edit:${this.loaded.data.id}` : undefined), version: () => this.loaded?.etag },
  });
  readonly #statusAction = new IdempotentAction();
  readonly #deleteAction = new IdempotentAction();
  #loadingId?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contactId')) {
      this.loaded = undefined;
      this.loadError = undefined;
      this.message = '';
      this.stale = false;
      this.reloaded = false;
    }
    if (this.mode === 'edit' && this.contactId && !this.loaded && !this.loadError && this.#loadingId !== this.contactId && this.portal?.status === 'ready') {
      void this.#load(this.contactId);
    }
  }

  /** The contact (with its ETag) and the active admins, together: the editor knows at once whether it is the last one. */
  async #load(id: string): Promise<void> {
    const portal = this.portal!;
    this.#loadingId = id;
    try {
      const [loaded, admins] = await Promise.all([fetchContact(portal, id), fetchActiveAdmins(portal)]);
      if (this.contactId !== id) return;
      this.admins = admins;
      this.loaded = loaded;
      const c = loaded.data;
      this.#edit.reset({ name: c.name, phone: c.phone ?? '', jobTitle: c.jobTitle ?? '', role: c.role, areas: [...(c.areas ?? [])] });
    } catch (error) {
      if (this.contactId === id) this.loadError = error;
    } finally {
      if (this.#loadingId === id) this.#loadingId = undefined;
    }
  }

  get #lastAdmin(): boolean {
    return !!this.loaded && isLastActiveAdmin(this.loaded.data, this.admins);
  }

  #changed(reason: ContactChangeReason, contact: Contact): void {
    dispatchOwn(this, 'me-contact-change', { reason, contact });
  }

  #failure(error: unknown): void {
    this.stale = isStale(error);
    this.message = this.stale ? this.#t.t('contacts.stale') : this.#t.t('contacts.failed', { reason: describeError(error, this.#c.t) });
  }

  async #submitInvite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const portal = this.portal;
    if (!portal) return;
    const result = await this.#invite.submit((body, { idempotencyKey }) => inviteContact(portal, body, idempotencyKey));
    if (result.ok) {
      announce(this.#t.t('contacts.invite.done', { email: result.value.email }));
      this.#invite.reset();
      this.#changed('invited', result.value);
    } else if (result.reason === 'failed' && isDuplicateEmail(result.error)) {
      const error = result.error as ApiError;
      this.#invite.applyServerErrors(fieldError('email', error.detail ?? error.title ?? ''));
      await this.#invite.focusFirstInvalid();
    }
  }

  async #submitEdit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const portal = this.portal;
    const loaded = this.loaded;
    if (!portal || !loaded || this.#edit.pending) return;
    const t = this.#t.t;
    this.message = '';
    if (this.#lastAdmin && this.#edit.value('role') !== 'admin') {
      this.#edit.applyServerErrors(fieldError('role', t('contacts.lastAdmin.role')));
      await this.#edit.focusFirstInvalid();
      return;
    }
    const result = await this.#edit.submit(async (body, { idempotencyKey }) => {
      const patch = this.#diff(loaded.data, body);
      if (!Object.keys(patch).length) return undefined;
      return patchContact(portal, loaded.data.id, patch, loaded.etag, idempotencyKey);
    });
    if (result.ok) {
      this.stale = false;
      this.reloaded = false;
      if (!result.value) {
        this.message = t('contacts.edit.unchanged');
        return;
      }
      this.loaded = result.value;
      announce(t('contacts.edit.saved', { name: result.value.data.name }));
      this.#changed('updated', result.value.data);
    } else if (result.reason === 'failed' && !(result.error instanceof ApiError && result.error.fieldErrors.length)) {
      this.#failure(result.error);
    }
  }

  /** Only what changed goes out (a role left alone is never re-sent); an emptied job title clears it. */
  #diff(contact: Contact, body: z.output<typeof ContactEditSchema>): ContactPatchBody {
    const patch: ContactPatchBody = {};
    if (body.name !== contact.name) patch.name = body.name;
    if (body.phone !== undefined && body.phone !== contact.phone) patch.phone = body.phone;
    const jobTitle = body.jobTitle ?? '';
    if (jobTitle !== (contact.jobTitle ?? '')) patch.jobTitle = jobTitle;
    if (body.role !== contact.role) patch.role = body.role;
    const areas = body.areas ?? [];
    if (areas.join() !== (contact.areas ?? []).join()) patch.areas = areas;
    return patch;
  }

  /** A stale edit: the current version (and ETag) comes in, the typed values stay. */
  async #reload(): Promise<void> {
    const portal = this.portal;
    const loaded = this.loaded;
    if (!portal || !loaded) return;
    try {
      const [fresh, admins] = await Promise.all([fetchContact(portal, loaded.data.id), fetchActiveAdmins(portal)]);
      this.loaded = fresh;
      this.admins = admins;
      this.stale = false;
      this.reloaded = true;
      this.message = '';
      this.#edit.submitError = undefined;
    } catch (error) {
      this.#failure(error);
    }
  }

  #confirmDialog(): MeConfirmDialog | null {
    return this.renderRoot.querySelector<MeConfirmDialog>('me-confirm-dialog');
  }

  async #setStatus(event: MouseEvent): Promise<void> {
    const portal = this.portal;
    const loaded = this.loaded;
    if (!portal || !loaded || event.detail > 1 || this.busy) return;
    const t = this.#t.t;
    const contact = loaded.data;
    const deactivate = contact.status !== 'inactive';
    this.message = '';
    if (deactivate && this.#lastAdmin) {
      this.message = t('contacts.lastAdmin', { name: contact.name });
      return;
    }
    if (deactivate) {
      const confirmed = await this.#confirmDialog()?.confirm({
        label: t('contacts.deactivate.title', { name: contact.name }), message: t('contacts.deactivate.detail'),
        confirmLabel: t('contacts.deactivate'), cancelLabel: t('contacts.cancel'), danger: true,
      });
      if (!confirmed) return;
    }
    const body: ContactPatchBody = { status: deactivate ? 'inactive' : 'active' };
    this.busy = 'status';
    try {
      const updated = await patchContact(portal, contact.id, body, loaded.etag, this.#statusAction.keyFor({ id: contact.id, ...body }));
      this.#statusAction.complete();
      this.loaded = updated;
      const name = updated.data.name;
      announce(t(deactivate ? 'contacts.deactivated' : 'contacts.reactivated', { name }));
      this.#changed(deactivate ? 'deactivated' : 'reactivated', updated.data);
    } catch (error) {
      this.#failure(error);
    } finally {
      this.busy = undefined;
    }
  }

  async #delete(event: MouseEvent): Promise<void> {
    const portal = this.portal;
    const loaded = this.loaded;
    if (!portal || !loaded || event.detail > 1 || this.busy) return;
    const t = this.#t.t;
    const contact = loaded.data;
    this.message = '';
    if (this.#lastAdmin) {
      this.message = t('contacts.lastAdmin', { name: contact.name });
      return;
    }
    const confirmed = await this.#confirmDialog()?.confirm({
      label: t('contacts.delete.title', { name: contact.name }), message: t('contacts.delete.detail'),
      confirmLabel: t('contacts.delete'), cancelLabel: t('contacts.cancel'), danger: true,
    });
    if (!confirmed) return;
    this.busy = 'delete';
    try {
      await deleteContact(portal, contact.id, this.#deleteAction.keyFor(contact.id));
      this.#deleteAction.complete();
      announce(t('contacts.deleted', { name: contact.name }));
      this.#changed('deleted', contact);
    } catch (error) {
      this.#failure(error);
    } finally {
      this.busy = undefined;
    }
  }

  protected override render() {
    if (this.mode === 'invite') return this.#renderInvite();
    if (this.loadError) {
      return renderState('error', {
        title: this.#c.t('state.error.title'), detail: describeError(this.loadError, this.#c.t), retryLabel: this.#c.t('state.retry'),
        onRetry: () => { this.loadError = undefined; },
      });
    }
    if (!this.loaded) return renderState('loading', { title: this.#c.t('state.loading') });
    return this.#renderEdit(this.loaded.data);
  }

  #roleOptions(t: T) {
    return (['member', 'admin'] as const).map((value) => ({ value, label: t(`contacts.role.${value}`) }));
  }

  #areaOptions(t: T) {
    return AREAS.map((value) => ({ value, label: t(`contacts.area.${value}`) }));
  }

  #renderInvite() {
    const t = this.#t.t;
    const f = this.#invite;
    return html`<form novalidate class="invite-form" @submit=${this.#submitInvite}>
      ${f.draftNotice()}
      <me-field label=${t('contacts.field.name')} autocomplete="off" ${f.field('name')}></me-field>
      <me-field type="email" label=${t('contacts.field.email')} autocomplete="off" ${f.field('email')}></me-field>
      <div class="row">
        <me-field type="tel" label=${t('contacts.field.phone')} hint=${t('contacts.field.phoneHint')} ${f.field('phone')}></me-field>
        <me-field label=${t('contacts.field.jobTitle')} ${f.field('jobTitle')}></me-field>
      </div>
      <me-field type="select" label=${t('contacts.field.role')} .options=${this.#roleOptions(t)} ${f.field('role')}></me-field>
      <me-checkbox-group label=${t('contacts.field.areas')} hint=${t('contacts.field.areasHint')} .options=${this.#areaOptions(t)} ${f.field('areas')}></me-checkbox-group>
      <div class="form-error" role="alert">${f.errorMessage && !isDuplicateEmail(f.submitError)
        ? html`<p class="error">${icon('error')} <span>${f.errorMessage}</span></p>` : nothing}</div>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => dispatchOwn(this, 'me-contact-close', undefined)}>${t('contacts.cancel')}</button>
        <me-submit-button class="invite-submit" ?pending=${f.pending}>${t('contacts.invite.submit')}</me-submit-button>
      </div>
    </form>`;
  }

  #renderEdit(contact: Contact) {
    const t = this.#t.t;
    const f = this.#edit;
    const lastAdmin = this.#lastAdmin;
    const deactivate = contact.status !== 'inactive';
    // a failed request says why in `message`; a 422's field errors are on their fields (and any the form has no field for, here)
    const error = this.message || (f.submitError instanceof ApiError && f.submitError.fieldErrors.length ? f.errorMessage : '');
    return html`<div class="summary" part="summary">
        <p class="email">${contact.email}</p>
        <p>${statusBadge(contact.status, t)}
          <span class="muted">${t('contacts.createdAt')} ${this.format.date(contact.createdAt)}</span></p>
      </div>
      ${lastAdmin ? html`<p class="note" id="last-admin" part="note">${icon('info')} <span>${t('contacts.lastAdmin', { name: contact.name })}</span></p>` : nothing}
      <form novalidate class="edit-form" @submit=${this.#submitEdit}>
        ${f.draftNotice()}
        <me-field label=${t('contacts.field.name')} ${f.field('name')}></me-field>
        <div class="row">
          <me-field type="tel" label=${t('contacts.field.phone')} hint=${t('contacts.field.phoneHint')} ${f.field('phone')}></me-field>
          <me-field label=${t('contacts.field.jobTitle')} ${f.field('jobTitle')}></me-field>
        </div>
        <me-field type="select" label=${t('contacts.field.role')} .options=${this.#roleOptions(t)} ${f.field('role')}></me-field>
        <me-checkbox-group label=${t('contacts.field.areas')} hint=${t('contacts.field.areasHint')} .options=${this.#areaOptions(t)} ${f.field('areas')}></me-checkbox-group>
        <div class="form-error" role="alert">
          ${error ? html`<p class="error">${icon('error')} <span>${error}</span></p>` : nothing}
          ${this.stale ? html`<button type="button" class="button secondary reload" part="button reload" @click=${() => void this.#reload()}>${t('contacts.reload')}</button>` : nothing}
        </div>
        <div role="status">${this.reloaded ? html`<p class="info">${t('contacts.reloaded')}</p>` : nothing}</div>
        <div class="actions">
          <me-submit-button class="save" ?pending=${f.pending}>${t('contacts.edit.save')}</me-submit-button>
        </div>
      </form>
      <div class="danger-zone actions" part="actions">
        <button type="button" class="button secondary toggle-status" aria-disabled=${lastAdmin && deactivate ? 'true' : 'false'}
          aria-describedby=${lastAdmin && deactivate ? 'last-admin' : nothing} aria-busy=${this.busy === 'status' ? 'true' : nothing}
          @click=${(e: MouseEvent) => void this.#setStatus(e)}>${t(deactivate ? 'contacts.deactivate' : 'contacts.reactivate')}</button>
        <button type="button" class="button danger delete" aria-disabled=${lastAdmin ? 'true' : 'false'}
          aria-describedby=${lastAdmin ? 'last-admin' : nothing} aria-busy=${this.busy === 'delete' ? 'true' : nothing}
          @click=${(e: MouseEvent) => void this.#delete(e)}>${t('contacts.delete')}</button>
      </div>
      <me-confirm-dialog></me-confirm-dialog>`;
  }
}

define('me-contact-editor', MeContactEditor);

declare global {
  interface HTMLElementTagNameMap {
    'me-contact-editor': MeContactEditor;
  }
  interface GlobalEventHandlersEventMap {
    'me-contact-change': CustomEvent<{ reason: ContactChangeReason; contact?: Contact }>;
    'me-contact-close': CustomEvent<undefined>;
  }
}
