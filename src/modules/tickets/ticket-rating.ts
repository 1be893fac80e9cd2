/**
 * Satisfaction rating of <me-ticket-detail>: once a ticket is solved or closed and not yet
 * rated, its requester says good or bad (with an optional comment); afterwards everyone sees
 * the rating given.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { SatisfactionBodySchema, type SatisfactionRating, type Ticket } from '../../core/schemas/tickets.js';
import { FormController } from '../../ui/form/index.js';
import { icon } from '../../ui/icons.js';
import type { DetailHost } from './ticket-detail.context.js';
import { TicketPart } from './ticket-part.js';
import { rateTicket } from './tickets.api.js';

const RATINGS = ['good', 'bad'] as const satisfies readonly SatisfactionRating[];

export class TicketRating extends TicketPart {
  readonly form: FormController<typeof SatisfactionBodySchema>;

  constructor(host: DetailHost) {
    super(host);
    this.form = new FormController(host.element, { schema: SatisfactionBodySchema });
  }

  protected override forget(): void {
    this.form.reset();
  }

  /** Whether the current user may rate this ticket now (the server takes the requester's rating only). */
  canRate(ticket: Ticket, archived: boolean): boolean {
    return !archived && !ticket.satisfaction && (ticket.status === 'solved' || ticket.status === 'closed')
      && ticket.requester.id === this.host.portal()?.me?.id;
  }

  async submit(ticket: Ticket): Promise<void> {
    const portal = this.host.portal();
    if (!portal || this.form.pending) return;
    const { t } = this.host;
    this.error = '';
    const result = await this.form.submit((body, { idempotencyKey }) => rateTicket(portal, ticket.id, body, idempotencyKey));
    if (result.ok) {
      this.form.reset();
      this.host.completed(result.value, 'rate', t('rating.sent'));
      return;
    }
    if (result.reason === 'failed') this.fail(result.error, (reason) => t('rating.failed', { reason }));
  }

  render(ticket: Ticket, archived: boolean) {
    this.follow(ticket);
    const { t } = this.host;
    if (ticket.satisfaction) {
      const { rating, comment } = ticket.satisfaction;
      return html`<section class="rating given" part="rating" aria-labelledby="rating-title">
        <h3 id="rating-title">${t('rating.given')}</h3>
        <p class="rating-value" data-rating=${rating}>${icon(rating === 'good' ? 'checkCircle' : 'error')}
          <strong>${t(rating === 'good' ? 'rating.given.good' : 'rating.given.bad')}</strong></p>
        ${comment ? html`<blockquote class="rating-comment">${comment}</blockquote>` : nothing}
      </section>`;
    }
    if (!this.canRate(ticket, archived)) return nothing;
    const chosen = this.form.value('rating');
    const missing = this.form.error('rating') !== undefined;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.submit(ticket);
    };
    return html`<section class="rating" part="rating" aria-labelledby="rating-title">
      <h3 id="rating-title">${t('rating.title')}</h3>
      <form novalidate @submit=${onSubmit}>
        <fieldset aria-describedby=${missing ? 'rating-error' : nothing}>
          <legend>${t('rating.question')}</legend>
          <div class="choices">
            ${RATINGS.map((rating) => html`<label class="choice" data-rating=${rating}>
              <input type="radio" name="rating" value=${rating} .checked=${live(chosen === rating)} aria-invalid=${missing ? 'true' : 'false'} />
              ${icon(rating === 'good' ? 'checkCircle' : 'error')} <span>${t(rating === 'good' ? 'rating.good' : 'rating.bad')}</span>
            </label>`)}
          </div>
          ${missing ? html`<p class="error" id="rating-error">${icon('error')} <span>${t('rating.required')}</span></p>` : nothing}
        </fieldset>
        <me-field type="textarea" rows="3" label=${t('rating.comment')} ${this.form.field('comment')}></me-field>
        <div role="alert">${this.error ? html`<p class="error">${icon('error')} <span>${this.error}</span></p>` : nothing}</div>
        <div class="actions">
          <me-submit-button part="rate" ?pending=${this.form.pending}>${t('rating.submit')}</me-submit-button>
        </div>
      </form>
    </section>`;
  }
}
