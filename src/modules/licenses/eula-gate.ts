import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IdempotentAction } from '../../core/api/idempotency.js';
import { define } from '../../core/define.js';
import { dispatchOwn } from '../../core/events.js';
import type { Eula } from '../../core/schemas/licensing.js';
import { tokens } from '../../core/theme.js';
import { icon } from '../../ui/icons.js';
import { sanitizedHtml } from '../../ui/sanitized-html.js';
import { announce } from '../../ui/toast.js';
import { acceptEula } from './licenses.api.js';
import { LicensesPart } from './licenses-part.js';
import { eulaStyles } from './licenses.styles.js';

/**
 * The EULA gate of <me-licenses>: the contract (server HTML, sanitized), its version and country,
 * "Li e aceito" and the acceptance — one `POST …/eula/acceptance` per user action (a retry reuses
 * its Idempotency-Key). Internal to `<me-licenses>`.
 *
 * @tagname me-licenses-eula
 * @summary The licence EULA and its acceptance.
 * @fires me-eula-accepted - Accepted (not bubbling: listen on the element). `detail: { version }`
 */
export class MeLicensesEula extends LicensesPart {
  static override styles = [tokens, eulaStyles];

  @property({ attribute: false }) eula?: Eula;
  /** a new version arrived after an earlier acceptance */
  @property({ type: Boolean }) again = false;
  @state() private checked = false;
  @state() private sending = false;
  @state() private error = '';
  readonly #action = new IdempotentAction();

  async #accept(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const portal = this.portal;
    const eula = this.eula;
    if (!portal || !eula || this.sending) return;
    const t = this.l10n.t;
    if (!this.checked) {
      this.error = t('eula.mustCheck');
      this.renderRoot.querySelector<HTMLInputElement>('#agree')?.focus();
      return;
    }
    this.sending = true;
    this.error = '';
    try {
      const accepted = await acceptEula(portal, eula.version, this.#action.keyFor({ version: eula.version }));
      this.#action.complete();
      announce(t('eula.accepted', { version: accepted.version }));
      dispatchOwn(this, 'me-eula-accepted', { version: accepted.version });
    } catch (error) {
      this.error = t('eula.failed', { reason: this.failure(error) });
    } finally {
      this.sending = false;
    }
  }

  protected override render() {
    const eula = this.eula;
    if (!eula) return nothing;
    const t = this.l10n.t;
    return html`<section class="eula" aria-labelledby="eula-title">
      <h3 id="eula-title">${t('eula.title')}</h3>
      <p class="notice">${icon('info')} <span>${t(this.again ? 'eula.again' : 'eula.intro')}</span></p>
      <dl class="meta">
        <div><dt>${t('eula.version')}</dt><dd>${eula.version}</dd></div>
        <div><dt>${t('eula.country')}</dt><dd>${t(`eula.country.${eula.country}`)}</dd></div>
      </dl>
      <div class="content" part="content" tabindex="0" role="document" aria-label=${t('eula.content')}>${sanitizedHtml(eula.contentHtml, t('eula.loadingText'))}</div>
      <form novalidate @submit=${this.#accept}>
        <label class="agree"><input id="agree" type="checkbox" .checked=${this.checked} ?disabled=${this.sending}
          aria-invalid=${this.error && !this.checked ? 'true' : nothing}
          @change=${(e: Event) => { this.checked = (e.target as HTMLInputElement).checked; if (this.checked) this.error = ''; }}>
          ${t('eula.agree')}</label>
        <div role="alert" class="form-error">${this.error ? html`<p class="error">${icon('error')} <span>${this.error}</span></p>` : nothing}</div>
        <button type="submit" class="button" part="button accept" aria-disabled=${this.checked && !this.sending ? 'false' : 'true'}
          aria-busy=${this.sending ? 'true' : nothing}>${this.sending ? t('eula.accepting') : t('eula.accept')}</button>
      </form>
    </section>`;
  }
}

define('me-licenses-eula', MeLicensesEula);

declare global {
  interface HTMLElementTagNameMap {
    'me-licenses-eula': MeLicensesEula;
  }
  interface GlobalEventHandlersEventMap {
    'me-eula-accepted': CustomEvent<{ version: string }>;
  }
}
