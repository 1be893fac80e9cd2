/**
 * The reply form of <me-ticket-detail>: CommentBodySchema's limits through the form kit, optional
 * attachments, one Idempotency-Key per user action (a retry of the same text reuses it), the
 * typed text kept on any failure, and a warning before a reply reopens a solved ticket.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { ApiError } from '../../core/errors.js';
import { CommentBodySchema, type Ticket } from '../../core/schemas/tickets.js';
import { FormController } from '../../ui/form/index.js';
import { icon } from '../../ui/icons.js';
import { describeError } from '../../ui/states.js';
import type { DetailHost } from './ticket-detail.context.js';
import { AttachmentUploads, renderUploads } from './ticket-reply-uploads.js';
import { fetchTicket, replyToTicket } from './tickets.api.js';

/** Server sentences usually end with a full stop; ours go on after them. */
export function withStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export class TicketReply implements ReactiveController {
  readonly form: FormController<typeof CommentBodySchema>;
  readonly uploads: AttachmentUploads;
  /** why the last submission failed, as a sentence (the field errors show under the field) */
  error = '';
  readonly #host: DetailHost;
  #ticketId: string | undefined;

  constructor(host: DetailHost) {
    this.#host = host;
    host.element.addController(this);
    this.form = new FormController(host.element, { schema: CommentBodySchema });
    this.uploads = new AttachmentUploads(host);
  }

  hostConnected(): void {}

  async submit(ticket: Ticket): Promise<void> {
    if (this.form.pending) return; // a second click while the first is on its way sends nothing
    const { t, c } = this.#host;
    this.error = '';
    if (this.uploads.uploading || this.uploads.failed) {
      this.error = t(this.uploads.uploading ? 'attach.pending' : 'attach.hasErrors');
      this.#host.element.requestUpdate();
      return;
    }
    const portal = this.#host.portal();
    if (!portal) return;
    const reopens = ticket.status === 'solved';
    const ids = this.uploads.ids;
    this.form.set('attachmentIds', ids.length ? ids : undefined);
    const result = await this.form.submit((body, { idempotencyKey }) => replyToTicket(portal, ticket.id, body, idempotencyKey));
    if (result.ok) {
      this.form.reset();
      this.uploads.clear();
      const updated = await fetchTicket(portal, ticket.id).catch(() => ticket);
      this.#host.completed(updated, 'reply', t(reopens ? 'reply.sentReopened' : 'reply.sent'));
      return;
    }
    if (result.reason !== 'failed' || this.form.error('body')) return;
    const reason = withStop(describeError(result.error, c));
    if (result.error instanceof ApiError && result.error.status === 409) {
      this.error = t('reply.conflict', { reason });
      this.#host.refresh();
    } else {
      this.error = t('reply.failed', { reason });
    }
    this.#host.element.requestUpdate();
  }

  /** Another ticket in the same element: nothing typed for the previous one carries over. */
  #follow(ticket: Ticket): void {
    if (ticket.id === this.#ticketId) return;
    if (this.#ticketId !== undefined) {
      this.form.reset();
      this.uploads.clear();
      this.error = '';
    }
    this.#ticketId = ticket.id;
  }

  render(ticket: Ticket) {
    this.#follow(ticket);
    const { t } = this.#host;
    const reopens = ticket.status === 'solved';
    const pending = this.form.pending;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.submit(ticket);
    };
    const onKeydown = (event: KeyboardEvent) => {
      // Ctrl/⌘+Enter sends from the text, as in mail clients
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        (event.currentTarget as HTMLElement).closest('form')?.requestSubmit();
      }
    };
    return html`<section class="reply" part="reply" aria-labelledby="reply-title">
      <h3 id="reply-title">${t('reply.title')}</h3>
      <form novalidate @submit=${onSubmit}>
        ${reopens ? html`<p class="notice info" part="notice">${icon('info')} <span>${t('reply.reopens')}</span></p>` : nothing}
        <me-field type="textarea" rows="5" label=${t('reply.label')} ${this.form.field('body')} @keydown=${onKeydown}></me-field>
        ${renderUploads(this.#host, this.uploads, pending)}
        <div class="form-error" role="alert">${this.error ? html`<p class="error">${icon('error')} <span>${this.error}</span></p>` : nothing}</div>
        <div class="actions">
          <me-submit-button part="submit" ?pending=${pending}>${t(reopens ? 'reply.submitReopen' : 'reply.submit')}</me-submit-button>
        </div>
      </form>
    </section>`;
  }
}
