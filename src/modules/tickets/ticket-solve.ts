/**
 * "Mark as solved" of <me-ticket-detail>: only with `permissions.canSolve`, after a
 * confirmation, one Idempotency-Key per confirmed action, a second click ignored while sending.
 */
import { html, nothing } from 'lit';
import { IdempotentAction } from '../../core/api/idempotency.js';
import type { Ticket } from '../../core/schemas/tickets.js';
import '../../ui/dialog.js';
import type { MeConfirmDialog } from '../../ui/dialog.js';
import { icon } from '../../ui/icons.js';
import { TicketPart } from './ticket-part.js';
import { solveTicket } from './tickets.api.js';

export class TicketSolve extends TicketPart {
  sending = false;
  readonly #action = new IdempotentAction();

  protected override forget(): void {
    this.#action.complete();
  }

  async solve(ticket: Ticket): Promise<void> {
    if (this.sending) return;
    const { t } = this.host;
    const dialog = this.host.element.shadowRoot?.querySelector<MeConfirmDialog>('me-confirm-dialog.solve-confirm');
    if (dialog && !(await dialog.confirm({ label: t('solve.confirm.title'), message: t('solve.confirm.detail'), confirmLabel: t('solve.button') }))) return;
    const portal = this.host.portal();
    if (!portal || this.sending) return;
    this.sending = true;
    this.error = '';
    this.host.element.requestUpdate();
    try {
      const updated = await solveTicket(portal, ticket.id, this.#action.keyFor({ solve: ticket.id }));
      this.#action.complete();
      this.host.completed(updated, 'solve', t('solve.done'));
    } catch (error) {
      this.fail(error, (reason) => t('solve.failed', { reason }));
    } finally {
      this.sending = false;
      this.host.element.requestUpdate();
    }
  }

  render(ticket: Ticket, archived: boolean) {
    this.follow(ticket);
    const { t } = this.host;
    const can = !archived && ticket.permissions.canSolve;
    return html`${can
        ? html`<button type="button" class="button secondary solve" part="button solve" aria-disabled=${this.sending ? 'true' : 'false'}
            aria-busy=${this.sending ? 'true' : nothing} @click=${() => void this.solve(ticket)}>
            ${this.sending ? html`<span class="spinner" aria-hidden="true"></span> ${t('solve.working')}` : html`${icon('checkCircle')} ${t('solve.button')}`}
          </button>
          <me-confirm-dialog class="solve-confirm"></me-confirm-dialog>`
        : nothing}
      ${this.error ? html`<p class="error solve-error" role="alert">${icon('error')} <span>${this.error}</span></p>` : nothing}`;
  }
}
