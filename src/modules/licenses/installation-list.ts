import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { define } from '../../core/define.js';
import { RequiredTextSchema } from '../../core/schemas/common.js';
import { InstallationBodySchema, type Installation } from '../../core/schemas/licensing.js';
import { tokens } from '../../core/theme.js';
import '../../ui/copy-button.js';
import '../../ui/dialog.js';
import type { MeConfirmDialog } from '../../ui/dialog.js';
import { FormController } from '../../ui/form/index.js';
import { icon } from '../../ui/icons.js';
import { renderState, stateStyles } from '../../ui/states.js';
import { announce } from '../../ui/toast.js';
import { createInstallation, fetchInstallation, installationsQuery, patchInstallation, type Versioned } from './licenses.api.js';
import { LicensesPart } from './licenses-part.js';
import { installationStyles } from './licenses.styles.js';

/** The rename form: the installation's new name only. */
const RenameBodySchema = z.object({ name: RequiredTextSchema });

/**
 * The installations of <me-licenses>: TOTVS ID (with a copy button), name, environment and
 * whether it is blocked; add one (the server assigns its TOTVS ID, shown with a copy button),
 * rename and block/unblock (after a confirmation). Every edit loads the installation first and
 * sends its ETag (If-Match); a 412 keeps what was typed and offers to reload. Internal to
 * `<me-licenses>`.
 *
 * @tagname me-licenses-installations
 * @summary Installations: list, add, rename, block/unblock.
 */
export class MeLicensesInstallations extends LicensesPart {
  static override styles = [tokens, stateStyles, installationStyles];

  @property({ attribute: false }) installations: Installation[] = [];

  @state() private adding = false;
  @state() private created?: Installation;
  /** the installation being renamed, as loaded (with its ETag) */
  @state() private renaming?: Versioned<Installation>;
  /** the server's name after a reload of a stale rename */
  @state() private serverName?: string;
  @state() private renameStale = false;
  @state() private busy?: string;
  @state() private message = '';
  @state() private messageStale = false;

  readonly #add = new FormController(this, { schema: InstallationBodySchema, initial: { environment: 'production' } });
  readonly #rename = new FormController(this, { schema: RenameBodySchema });

  #startAdd(): void {
    this.#add.reset();
    this.created = undefined;
    this.adding = true;
  }

  async #submitAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const portal = this.portal;
    if (!portal) return;
    const result = await this.#add.submit((body, { idempotencyKey }) => createInstallation(portal, body, idempotencyKey));
    if (result.ok) {
      this.created = result.value;
      announce(this.l10n.t('installations.created', { id: result.value.totvsId }));
    } else if (result.reason === 'failed') this.failure(result.error);
  }

  async #startRename(installation: Installation): Promise<void> {
    const portal = this.portal;
    if (!portal || this.busy) return;
    this.busy = installation.id;
    this.message = '';
    try {
      const loaded = await fetchInstallation(portal, installation.id);
      this.#rename.reset({ name: loaded.data.name });
      this.serverName = undefined;
      this.renameStale = false;
      this.renaming = loaded;
    } catch (error) {
      this.#tell(error);
    } finally {
      this.busy = undefined;
    }
  }

  async #submitRename(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const portal = this.portal;
    const renaming = this.renaming;
    if (!portal || !renaming) return;
    this.renameStale = false;
    const result = await this.#rename.submit((body) => patchInstallation(portal, renaming.data.id, { name: body.name }, renaming.etag));
    if (result.ok) {
      this.renaming = undefined;
      announce(this.l10n.t('installations.renamed', { name: result.value.name }));
    } else if (result.reason === 'failed') {
      this.renameStale = this.isStale(result.error);
      this.failure(result.error);
    }
  }

  /** A stale rename: the current version (and ETag) comes in, the typed name stays. */
  async #reloadRename(): Promise<void> {
    const portal = this.portal;
    const renaming = this.renaming;
    if (!portal || !renaming) return;
    try {
      const loaded = await fetchInstallation(portal, renaming.data.id);
      this.renaming = loaded;
      this.serverName = loaded.data.name;
      this.renameStale = false;
      this.#rename.submitError = undefined;
      this.requestUpdate();
    } catch (error) {
      this.#tell(error);
    }
  }

  async #toggleBlocked(installation: Installation): Promise<void> {
    const portal = this.portal;
    if (!portal || this.busy) return;
    const t = this.l10n.t;
    this.message = '';
    this.busy = installation.id;
    try {
      const loaded = await fetchInstallation(portal, installation.id);
      const block = !loaded.data.blocked;
      const dialog = this.renderRoot.querySelector<MeConfirmDialog>('me-confirm-dialog');
      const confirmed = await dialog?.confirm({
        label: t(block ? 'installations.block.title' : 'installations.unblock.title', { name: loaded.data.name }),
        message: t(block ? 'installations.block.detail' : 'installations.unblock.detail'),
        confirmLabel: t(block ? 'installations.block' : 'installations.unblock'),
        danger: block,
      });
      if (!confirmed) return;
      const updated = await patchInstallation(portal, installation.id, { blocked: block }, loaded.etag);
      announce(t(updated.blocked ? 'installations.blocked.done' : 'installations.unblocked.done', { name: updated.name }));
    } catch (error) {
      this.#tell(error);
    } finally {
      this.busy = undefined;
    }
  }

  #tell(error: unknown): void {
    this.messageStale = this.isStale(error);
    this.message = this.messageStale ? this.l10n.t('installations.stale') : this.l10n.t('installations.failed', { reason: this.failure(error) });
  }

  async #reloadList(): Promise<void> {
    const options = installationsQuery(this.portal);
    this.message = '';
    if (options) await this.portal!.queryClient.invalidateQueries({ queryKey: options.queryKey });
  }

  protected override render() {
    const t = this.l10n.t;
    return html`<div class="toolbar">
        <button type="button" class="button" part="button add" @click=${() => this.#startAdd()}>${t('installations.add')}</button>
      </div>
      <div class="message" role="alert">${this.message
        ? html`<p class="error">${icon('error')} <span>${this.message}</span></p>
          ${this.messageStale ? html`<button type="button" class="button secondary" @click=${() => void this.#reloadList()}>${t('installations.reload')}</button>` : nothing}`
        : nothing}</div>
      ${this.installations.length ? this.#renderTable() : renderState('empty', { title: t('installations.empty') })}
      <me-confirm-dialog></me-confirm-dialog>
      <me-dialog class="add" .open=${this.adding} label=${t('installations.add')} @me-close=${() => { this.adding = false; }}>
        ${this.adding ? this.#renderAdd() : nothing}
      </me-dialog>
      <me-dialog class="rename" .open=${!!this.renaming} label=${t('installations.rename.title')} @me-close=${() => { this.renaming = undefined; }}>
        ${this.renaming ? this.#renderRename() : nothing}
      </me-dialog>`;
  }

  #renderTable() {
    const t = this.l10n.t;
    return html`<table part="installations">
      <caption class="visually-hidden">${t('installations.caption')}</caption>
      <thead><tr>
        <th scope="col">${t('installations.col.totvsId')}</th><th scope="col">${t('installations.col.name')}</th>
        <th scope="col">${t('installations.col.environment')}</th><th scope="col">${t('installations.col.status')}</th>
        <th scope="col"><span class="visually-hidden">${t('installations.col.actions')}</span></th>
      </tr></thead>
      <tbody>${this.installations.map((i) => html`<tr data-installation=${i.id}>
        <td><span class="totvs-id">${i.totvsId}</span> <me-copy-button .value=${i.totvsId} label=${t('installations.copy', { id: i.totvsId })}></me-copy-button></td>
        <th scope="row">${i.name}</th>
        <td>${t(`installations.env.${i.environment}`)}</td>
        <td>${i.blocked
          ? html`<span class="status blocked">${icon('lock')} ${t('installations.status.blocked')}</span>`
          : html`<span class="status active">${icon('checkCircle')} ${t('installations.status.active')}</span>`}</td>
        <td class="row-actions">
          <button type="button" class="button secondary rename" aria-label=${t('installations.rename.for', { name: i.name })}
            aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.#startRename(i)}>${t('installations.rename')}</button>
          <button type="button" class="button secondary toggle" aria-label=${t(i.blocked ? 'installations.unblock.for' : 'installations.block.for', { name: i.name })}
            aria-disabled=${this.busy ? 'true' : 'false'} aria-busy=${this.busy === i.id ? 'true' : nothing}
            @click=${() => void this.#toggleBlocked(i)}>${t(i.blocked ? 'installations.unblock' : 'installations.block')}</button>
        </td>
      </tr>`)}</tbody>
    </table>`;
  }

  #renderAdd() {
    const t = this.l10n.t;
    const created = this.created;
    if (created) {
      return html`<div class="created" role="status">
        <p>${icon('checkCircle')} ${t('installations.createdDetail', { name: created.name })}</p>
        <p class="assigned"><span id="assigned-label">${t('installations.col.totvsId')}</span>
          <strong class="totvs-id" aria-labelledby="assigned-label">${created.totvsId}</strong>
          <me-copy-button .value=${created.totvsId} label=${t('installations.copy', { id: created.totvsId })}></me-copy-button></p>
        <div class="actions"><button type="button" class="button" @click=${() => { this.adding = false; }}>${t('installations.done')}</button></div>
      </div>`;
    }
    const environments = (['production', 'test'] as const).map((value) => ({ value, label: t(`installations.env.${value}`) }));
    return html`<form novalidate class="add-form" @submit=${this.#submitAdd}>
      <me-field label=${t('installations.col.name')} ${this.#add.field('name')}></me-field>
      <me-field type="select" label=${t('installations.col.environment')} .options=${environments} ${this.#add.field('environment')}></me-field>
      <div class="form-error" role="alert">${this.#add.errorMessage ? html`<p class="error">${icon('error')} <span>${this.#add.errorMessage}</span></p>` : nothing}</div>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => { this.adding = false; }}>${t('distribution.cancel')}</button>
        <me-submit-button ?pending=${this.#add.pending}>${t('installations.create')}</me-submit-button>
      </div>
    </form>`;
  }

  #renderRename() {
    const t = this.l10n.t;
    const error = this.renameStale ? t('installations.stale') : this.#rename.errorMessage;
    return html`<form novalidate class="rename-form" @submit=${this.#submitRename}>
      <me-field label=${t('installations.col.name')} hint=${this.serverName !== undefined ? t('installations.serverName', { name: this.serverName }) : nothing}
        ${this.#rename.field('name')}></me-field>
      <div class="form-error" role="alert">${error
        ? html`<p class="error">${icon('error')} <span>${error}</span></p>
          ${this.renameStale ? html`<button type="button" class="button secondary" part="button reload" @click=${() => void this.#reloadRename()}>${t('installations.reload')}</button>` : nothing}`
        : nothing}</div>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => { this.renaming = undefined; }}>${t('distribution.cancel')}</button>
        <me-submit-button ?pending=${this.#rename.pending}>${t('installations.rename.save')}</me-submit-button>
      </div>
    </form>`;
  }
}

define('me-licenses-installations', MeLicensesInstallations);

declare global {
  interface HTMLElementTagNameMap {
    'me-licenses-installations': MeLicensesInstallations;
  }
}
