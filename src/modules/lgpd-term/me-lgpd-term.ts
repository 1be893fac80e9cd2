import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { IdempotentAction } from '../../core/api/idempotency.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import { loadSanitizer } from '../../core/sanitize.js';
import type { LgpdTerm } from '../../core/schemas/lgpd.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { lgpdTermMessages } from '../../locales/lgpd-term.js';
import '../../ui/dialog.js';
import type { MeConfirmDialog } from '../../ui/dialog.js';
import '../../ui/form/submit-button.js';
import { icon } from '../../ui/icons.js';
import { printStyles } from '../../ui/print.js';
import { sanitizedHtml } from '../../ui/sanitized-html.js';
import { describeError, renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import { announce } from '../../ui/toast.js';
import '../../ui/toast.js';
import { acceptanceKind, acceptanceLines } from './lgpd-status.js';
import { acceptLgpdTerm, lgpdTermQuery, reloadLgpdTerm } from './lgpd-term.api.js';
import { lgpdTermStyles } from './lgpd-term.styles.js';

/** Why the last acceptance did not go through: `retry` when sending the same acceptance again may work. */
interface Problem {
  text: string;
  retry: boolean;
}

/**
 * "Consultar termo LGPD": the organization's current LGPD term (its text sanitized), version and
 * publication date, and where the organization stands — accepted (who, when, which version), an
 * older version accepted, or never accepted. An admin accepts the current version on behalf of the
 * organization after a confirmation: one request with its own Idempotency-Key however fast they
 * click (reused on a retry); a version published meanwhile (409) reloads the term. Members see
 * the status only. The term prints with its version and acceptance.
 *
 * @tagname me-lgpd-term
 * @summary The organization's LGPD term: text, version, acceptance status; admins accept; printable.
 *
 * @fires me-lgpd-accepted - An admin accepted the current version here. `detail: { version: string }`
 *
 * @csspart term - The card holding the term.
 * @csspart header - Title, version, publication date and the print action.
 * @csspart status - The acceptance status, with the accept action (admins) or the members' note.
 * @csspart notice - The status sentence (accepted, older version accepted, never accepted).
 * @csspart accept - The accept button (admins, when the current version is not accepted yet).
 * @csspart note - Members: only admins accept.
 * @csspart content - The term's text.
 * @csspart state - Loading, error, not-found, no-permission and configuration messages.
 * @csspart button - Buttons (print, retry).
 *
 * @cssprop --me-lgpd-term-content-max-height - Maximum height of the term's text before it scrolls (default none).
 */
export class MeLgpdTerm extends MeElement {
  static override styles = [tokens, stateStyles, lgpdTermStyles, printStyles];

  @state() private sending = false;
  @state() private problem?: Problem;
  @state() private printing = false;

  readonly #t = new MessagesController(this, lgpdTermMessages);
  readonly #c = new MessagesController(this, commonMessages);
  /** may start before `/v1/me` (keyed by the organization alone) */
  readonly #term = new QueryController<LgpdTerm>(this, () => this.portal?.queryClient, () => lgpdTermQuery(this.portal));
  /** one key per acceptance of a version, kept while the admin retries it */
  readonly #action = new IdempotentAction();
  #confirming = false;
  #organizationId?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // the sanitizer chunk loads while the term is on its way: the text shows with the rest
    void loadSanitizer().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const organizationId = this.portal?.organizationId;
    if (organizationId !== this.#organizationId) {
      this.#organizationId = organizationId;
      this.problem = undefined;
    }
  }

  get #canAccept(): boolean {
    return !!this.portal?.isAdmin;
  }

  /** The accept button: asks first (the admin accepts for the whole organization); the second click of a double click is no second action. */
  #onAccept = async (event: MouseEvent): Promise<void> => {
    const term = this.#term.data;
    if (event.detail > 1 || this.sending || this.#confirming || !term || !this.#canAccept) return;
    const t = this.#t.t;
    this.#confirming = true;
    try {
      const dialog = this.renderRoot.querySelector<MeConfirmDialog>('me-confirm-dialog.accept-confirm');
      const confirmed = await dialog?.confirm({
        label: t('lgpd.confirm.title'),
        message: t('lgpd.confirm.message', { version: term.version, org: this.portal?.organization?.name ?? '' }),
        confirmLabel: t('lgpd.confirm.accept'),
      });
      if (!confirmed) return;
    } finally {
      this.#confirming = false;
    }
    await this.#send(term.version);
  };

  /** `POST …/acceptance` for `version`: ignored while one is on its way; the same key until it succeeded. */
  async #send(version: string): Promise<void> {
    const portal = this.portal;
    const organizationId = portal?.organizationId;
    if (!portal || !organizationId || this.sending) return;
    const t = this.#t.t;
    const body = { version };
    this.sending = true;
    this.problem = undefined;
    try {
      const updated = await acceptLgpdTerm(portal, organizationId, body, this.#action.keyFor({ organizationId, ...body }));
      this.#action.complete();
      const accepted = updated.acceptance?.version ?? version;
      announce(t('lgpd.accepted', { version: accepted }));
      dispatch(this, 'me-lgpd-accepted', { version: accepted });
      // the accept button is gone: focus goes to the status it changed, not to the page
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=status]')?.focus();
    } catch (error) {
      this.problem = await this.#problemOf(portal, organizationId, error);
    } finally {
      this.sending = false;
    }
  }

  async #problemOf(portal: NonNullable<typeof this.portal>, organizationId: string, error: unknown): Promise<Problem> {
    const t = this.#t.t;
    const reason = describeError(error, this.#c.t);
    if (error instanceof ApiError && error.status === 409) {
      // another version is current now: this acceptance is over, the term is read again
      this.#action.complete();
      await reloadLgpdTerm(portal, organizationId).catch(() => undefined);
      return { text: t('lgpd.conflict', { detail: reason }), retry: false };
    }
    if (error instanceof ApiError && error.isForbidden) {
      return { text: t('lgpd.forbidden', { detail: error.detail ?? '' }).trim(), retry: false };
    }
    return { text: t('lgpd.failed', { reason }), retry: true };
  }

  async #print(term: LgpdTerm): Promise<void> {
    const portal = this.portal;
    if (!portal || this.printing) return;
    const t = this.#t.t;
    this.printing = true;
    try {
      const { printLgpdTerm } = await import('./lgpd-term.print.js');
      await printLgpdTerm(portal, term, {
        meta: t('lgpd.meta', { version: term.version, date: this.format.date(term.publishedAt) }),
        statusHeading: t('lgpd.status'),
        status: acceptanceLines(term, t, this.format),
      });
    } catch (error) {
      announce(`${t('lgpd.print.failed')} ${describeError(error, this.#c.t)}`, { politeness: 'assertive' });
    } finally {
      this.printing = false;
    }
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const result = this.#term.result;
    if (!result || result.isPending) return renderState('loading', { title: this.#c.t('state.loading') });
    if (result.isError && !result.data) {
      if (result.error instanceof ApiError && result.error.status === 404) {
        return renderState('empty', { title: this.#t.t('lgpd.notFound.title'), detail: this.#t.t('lgpd.notFound.detail') });
      }
      return renderError(result.error, this.#c.t, () => void this.#term.refetch());
    }
    return html`${this.#renderTerm(result.data!)}
      <me-confirm-dialog class="accept-confirm"></me-confirm-dialog>
      <me-toast-region></me-toast-region>`;
  }

  #renderTerm(term: LgpdTerm) {
    const t = this.#t.t;
    return html`<article class="term" part="term" aria-labelledby="lgpd-title">
      <header class="header" part="header">
        <div class="heading">
          <h2 id="lgpd-title">${term.title}</h2>
          <p class="meta">${t('lgpd.meta', { version: term.version, date: this.format.date(term.publishedAt) })}</p>
        </div>
        <button type="button" class="button secondary print" part="button print" aria-disabled=${this.printing ? 'true' : 'false'}
          @click=${() => void this.#print(term)}>${t('lgpd.print')}</button>
      </header>
      ${this.#renderStatus(term)}
      <section class="content" part="content" aria-label=${t('lgpd.content')}>
        ${sanitizedHtml(term.contentHtml, html`<p class="muted">${t('lgpd.contentLoading')}</p>`)}
      </section>
    </article>`;
  }

  #renderStatus(term: LgpdTerm) {
    const t = this.#t.t;
    const kind = acceptanceKind(term);
    const [main, by] = acceptanceLines(term, t, this.format);
    const problem = this.problem;
    return html`<section class="status" part="status" data-kind=${kind} aria-labelledby="lgpd-status-title" tabindex="-1">
      <h3 id="lgpd-status-title">${t('lgpd.status')}</h3>
      <p class="notice" part="notice">${icon(kind === 'current' ? 'checkCircle' : 'warning')} <span>${main}</span></p>
      ${by ? html`<p class="by">${by}</p>` : nothing}
      ${this.#canAccept
        ? kind !== 'current'
          ? html`<me-submit-button class="accept" part="accept" ?pending=${this.sending} pending-label=${t('lgpd.accepting')}
              @click=${this.#onAccept}>${t('lgpd.accept', { version: term.version })}</me-submit-button>`
          : nothing
        : html`<p class="note" part="note">${icon('info')} <span>${t('lgpd.memberNote')}</span></p>`}
      <div class="problem" role="alert">${problem
        ? html`<p class="error">${icon('error')} <span>${problem.text}</span></p>
          ${problem.retry ? html`<button type="button" class="button secondary retry" part="button retry"
            @click=${(e: MouseEvent) => { if (e.detail <= 1) void this.#send(term.version); }}>${t('lgpd.retry')}</button>` : nothing}`
        : nothing}</div>
    </section>`;
  }
}
