import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController } from '../../core/cache.js';
import { define } from '../../core/define.js';
import { ApiError } from '../../core/errors.js';
import { draftScopeOf, sharedDraftStore } from '../../core/drafts.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Allocation, Installation, InstallationList, License } from '../../core/schemas/licensing.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import '../../ui/form/field.js';
import { draftNoticeStyles } from '../../ui/controls.styles.js';
import { renderDraftNotice, type RestoredDraft } from '../../ui/form/form-controller.js';
import '../../ui/form/submit-button.js';
import { icon } from '../../ui/icons.js';
import { renderError, renderState, stateStyles } from '../../ui/states.js';
import { announce } from '../../ui/toast.js';
import { distributed } from './license-list.js';
import { fetchLicense, installationsQuery, saveAllocations } from './licenses.api.js';
import { LicensesPart } from './licenses-part.js';
import { editorStyles } from './licenses.styles.js';

const FIELD_PATH = /^allocations\.(\d+)\.(quantity|installationId)$/;

/**
 * The distribution of one licence among the installations: a quantity per installation, the
 * live sum against the contracted quantity and what remains. Saving is blocked above the
 * contracted quantity (the reason next to the fields, no request), and a blocked installation
 * can keep or lower its quantity, never raise it. The licence is loaded when the editor opens
 * and saved with its ETag (If-Match); a 422 lands on the fields it names, a 409 or 412 keeps
 * the user's numbers and offers to reload the licence. Internal to `<me-licenses>`.
 *
 * @tagname me-licenses-distribution
 * @summary Distribution editor of one licence.
 * @fires me-distribution-saved - Saved (not bubbling). `detail: { license }`
 * @fires me-cancel - The user gave up (not bubbling).
 */
export class MeLicensesDistribution extends LicensesPart {
  static override styles = [tokens, stateStyles, editorStyles, draftNoticeStyles];

  @property({ attribute: 'license-id' }) licenseId = '';

  @state() private license?: License;
  @state() private loadError?: unknown;
  /** what the user typed, by installation id (kept through every failure) */
  @state() private values: Record<string, string> = {};
  /** the server's quantities after a reload, shown where they differ from the typed ones */
  @state() private serverValues?: Record<string, number>;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private formError = '';
  /** the failure offers to reload the licence (409, 412) */
  @state() private offerReload = false;
  @state() private saving = false;
  /** a distribution typed earlier and not saved, put back (core/drafts.ts) */
  @state() private restoredDraft?: RestoredDraft;
  #etag?: string;
  readonly #ui = new MessagesController(this, uiMessages);
  /** the quantities the licence had when loaded (a blocked installation may not go above them) */
  #loaded: Record<string, number> = {};

  readonly #installations = new QueryController<InstallationList>(this, () => this.portal?.queryClient, () => installationsQuery(this.portal));

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('licenseId') && this.licenseId) void this.#load(false);
  }

  async #load(keepTyped: boolean): Promise<void> {
    const portal = this.portal;
    if (!portal) {
      await this.updateComplete;
      if (!this.portal) return;
    }
    this.loadError = undefined;
    try {
      const { data, etag } = await fetchLicense(this.portal!, this.licenseId);
      this.#etag = etag;
      this.license = data;
      this.#loaded = Object.fromEntries(data.allocations.map((a) => [a.installationId, a.quantity]));
      if (keepTyped) this.serverValues = { ...this.#loaded };
      else {
        this.values = Object.fromEntries(data.allocations.map((a) => [a.installationId, String(a.quantity)]));
        await this.#restoreDraft(data.id, etag);
      }
    } catch (error) {
      if (keepTyped) this.formError = this.failure(error);
      else this.loadError = error;
    }
  }

  get #draftKey(): string {
    return `license-distribution:${this.licenseId}`;
  }

  /** The quantities typed for this licence and not saved (a reload, a crash): back, with the notice. */
  async #restoreDraft(id: string, etag: string | undefined): Promise<void> {
    const scope = draftScopeOf(this.portal);
    if (!scope) return;
    const record = await sharedDraftStore().load(scope, this.#draftKey);
    if (!record || this.licenseId !== id) return;
    const typed = Object.entries(record.fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    if (!typed.length) return;
    this.values = { ...this.values, ...Object.fromEntries(typed) };
    this.restoredDraft = { savedAt: record.savedAt, stale: !!etag && !!record.version && record.version !== etag };
  }

  #discardDraft(): void {
    const scope = draftScopeOf(this.portal);
    if (scope) void sharedDraftStore().remove(scope, this.#draftKey);
    this.restoredDraft = undefined;
    this.values = Object.fromEntries(Object.entries(this.#loaded).map(([id, n]) => [id, String(n)]));
  }

  #quantity(installation: Installation): number {
    const raw = (this.values[installation.id] ?? '').trim();
    return raw === '' ? 0 : Number(raw);
  }

  /** The client's own checks: whole numbers ≥ 0, no blocked installation raised. */
  #validate(installations: Installation[]): Record<string, string> {
    const t = this.l10n.t;
    const errors: Record<string, string> = {};
    for (const installation of installations) {
      const n = this.#quantity(installation);
      if (!Number.isInteger(n) || n < 0) errors[installation.id] = t('distribution.invalid');
      else if (installation.blocked && n > (this.#loaded[installation.id] ?? 0)) {
        errors[installation.id] = t('distribution.blockedRaise', { n: this.#loaded[installation.id] ?? 0 });
      }
    }
    return errors;
  }

  #sum(installations: Installation[]): number {
    return installations.reduce((s, i) => s + (Number.isFinite(this.#quantity(i)) ? this.#quantity(i) : 0), 0);
  }

  async #save(event: SubmitEvent, installations: Installation[]): Promise<void> {
    event.preventDefault();
    const portal = this.portal;
    const license = this.license;
    if (!portal || !license || this.saving) return;
    this.formError = '';
    this.offerReload = false;
    this.fieldErrors = this.#validate(installations);
    if (Object.keys(this.fieldErrors).length || this.#sum(installations) > license.contracted) {
      await this.updateComplete;
      this.#focusFirstError(installations);
      return;
    }
    const allocations: Allocation[] = installations.map((i) => ({ installationId: i.id, quantity: this.#quantity(i) }));
    this.saving = true;
    try {
      const saved = await saveAllocations(portal, license.id, allocations, this.#etag);
      this.#etag = saved.etag;
      const scope = draftScopeOf(portal);
      if (scope) void sharedDraftStore().remove(scope, this.#draftKey);
      this.restoredDraft = undefined;
      announce(this.l10n.t('distribution.saved', { name: license.name }));
      dispatchOwn(this, 'me-distribution-saved', { license: saved.data });
    } catch (error) {
      this.#showFailure(error, allocations);
      await this.updateComplete;
      this.#focusFirstError(installations);
    } finally {
      this.saving = false;
    }
  }

  #showFailure(error: unknown, allocations: Allocation[]): void {
    const t = this.l10n.t;
    const fieldErrors: Record<string, string> = {};
    const unplaced: string[] = [];
    if (error instanceof ApiError) {
      for (const { path, message } of error.fieldErrors) {
        const match = FIELD_PATH.exec(path);
        const installationId = match ? allocations[Number(match[1])]?.installationId : undefined;
        if (installationId) fieldErrors[installationId] = message;
        else unplaced.push(message);
      }
    }
    this.fieldErrors = fieldErrors;
    if (this.isStale(error)) {
      this.formError = t('distribution.stale');
      this.offerReload = true;
    } else if (error instanceof ApiError && error.status === 409) {
      this.formError = t('distribution.conflict', { reason: this.failure(error) });
      this.offerReload = true;
    } else if (error instanceof ApiError && error.fieldErrors.length) {
      this.formError = unplaced.length ? unplaced.join(' ') : t('distribution.fix');
    } else {
      this.formError = t('distribution.failed', { reason: this.failure(error) });
    }
  }

  #focusFirstError(installations: Installation[]): void {
    const first = installations.find((i) => this.fieldErrors[i.id]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`me-field[data-installation="${first.id}"]`)?.focus();
    else this.renderRoot.querySelector<HTMLElement>('.form-error p')?.focus();
  }

  async #reload(): Promise<void> {
    this.formError = '';
    this.offerReload = false;
    await this.#load(true);
    if (!this.formError) announce(this.l10n.t('distribution.reloaded'));
  }

  #onInput(event: Event, installation: Installation): void {
    const value = (event.currentTarget as HTMLInputElement).value;
    this.values = { ...this.values, [installation.id]: value };
    const scope = draftScopeOf(this.portal);
    if (scope) sharedDraftStore().save(scope, this.#draftKey, { [installation.id]: value }, { version: this.#etag });
    if (this.fieldErrors[installation.id]) {
      const { [installation.id]: _, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  }

  protected override render() {
    const t = this.l10n.t;
    const result = this.#installations.result;
    if (this.loadError) return renderError(this.loadError, this.common.t, () => void this.#load(false));
    if (result?.isError) return renderError(result.error, this.common.t, () => void this.#installations.refetch());
    const license = this.license;
    if (!license || !result || result.isPending) return renderState('loading', { title: this.common.t('state.loading') });
    const installations = result.data.items;
    const sum = this.#sum(installations);
    const over = sum > license.contracted;
    const remaining = license.contracted - sum;
    return html`<form novalidate aria-labelledby="editor-title" @submit=${(e: SubmitEvent) => void this.#save(e, installations)}>
      <h3 id="editor-title">${license.name}</h3>
      ${renderDraftNotice(this.restoredDraft, this.format, this.#ui.t, () => this.#discardDraft())}
      <p class="hint">${t('distribution.intro', { contracted: this.format.number(license.contracted), before: this.format.number(distributed(license)) })}</p>
      <fieldset>
        <legend class="visually-hidden">${t('distribution.legend')}</legend>
        ${installations.map((installation, index) => {
          const server = this.serverValues?.[installation.id] ?? (this.serverValues ? 0 : undefined);
          const typed = this.values[installation.id] ?? '';
          const hints = [
            installation.blocked ? t('distribution.blockedHint', { n: this.#loaded[installation.id] ?? 0 }) : '',
            server !== undefined && String(server) !== (typed.trim() || '0') ? t('distribution.serverValue', { n: server }) : '',
          ].filter(Boolean).join(' ');
          return html`<me-field type="number" min="0" step="1" data-installation=${installation.id} name="allocations.${index}.quantity"
            label=${`${installation.name} (${installation.totvsId})`} .value=${typed} hint=${hints || nothing}
            .error=${this.fieldErrors[installation.id] ?? ''} max=${installation.blocked ? String(this.#loaded[installation.id] ?? 0) : nothing}
            @input=${(e: Event) => this.#onInput(e, installation)}></me-field>`;
        })}
      </fieldset>
      <p class="sum ${over ? 'over' : ''}" id="sum" role="status">
        ${t('distribution.sum', { sum: this.format.number(sum), contracted: this.format.number(license.contracted) })}
        · ${over ? t('distribution.over', { n: this.format.number(-remaining) }) : t('distribution.remaining', { n: this.format.number(remaining) })}
      </p>
      ${over ? html`<p class="error over-reason" role="alert">${icon('error')} <span>${t('distribution.blockedSave', { contracted: this.format.number(license.contracted) })}</span></p>` : nothing}
      <div class="form-error" role="alert">${this.formError
        ? html`<p class="error" tabindex="-1">${icon('error')} <span>${this.formError}</span></p>
            ${this.offerReload ? html`<button type="button" class="button secondary" part="button reload" @click=${() => void this.#reload()}>${t('distribution.reload')}</button>` : nothing}`
        : nothing}</div>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => dispatchOwn(this, 'me-cancel', undefined)}>${t('distribution.cancel')}</button>
        <me-submit-button part="submit" ?pending=${this.saving}
          >${t('distribution.save')}</me-submit-button>
      </div>
    </form>`;
  }
}

define('me-licenses-distribution', MeLicensesDistribution);

declare global {
  interface HTMLElementTagNameMap {
    'me-licenses-distribution': MeLicensesDistribution;
  }
  interface GlobalEventHandlersEventMap {
    'me-distribution-saved': CustomEvent<{ license: License }>;
  }
}
