/**
 * The reply form of <me-ticket-detail>: CommentBodySchema's limits through the form kit, optional
 * attachments, one Idempotency-Key per user action (a retry of the same text reuses it), the
 * typed text kept on any failure, and a warning before a reply reopens a solved ticket.
 */
import { html, nothing } from 'lit';
import { CommentBodySchema, MAX_UPLOAD_BYTES, type Attachment, type Ticket } from '../../core/schemas/tickets.js';
import { FormController, UploadsController } from '../../ui/form/index.js';
import { icon } from '../../ui/icons.js';
import type { DetailHost } from './ticket-detail.context.js';
import { TicketPart } from './ticket-part.js';
import { fetchTicket, replyToTicket, uploadAttachment } from './tickets.api.js';

export class TicketReply extends TicketPart {
  readonly form: FormController<typeof CommentBodySchema>;
  readonly uploads: UploadsController<Attachment>;

  constructor(host: DetailHost) {
    super(host);
    this.form = new FormController(host.element, {
      schema: CommentBodySchema,
      draft: { portal: () => host.portal(), key: () => { const id = (host.element as { ticketId?: string }).ticketId; return id ? `ticket-reply:${id}` : undefined; }, exclude: ['attachmentIds'] },
    });
    this.uploads = new UploadsController(host.element, {
      upload: (file, onProgress, signal) => uploadAttachment(host.portal()!, file, onProgress, signal),
      maxBytes: MAX_UPLOAD_BYTES,
    });
  }

  protected override forget(): void {
    this.form.reset();
    this.uploads.clear();
  }

  async submit(ticket: Ticket): Promise<void> {
    if (this.form.pending) return; // a second click while the first is on its way sends nothing
    const { t } = this.host;
    this.error = '';
    const blocker = this.uploads.blocker;
    if (blocker) {
      this.error = blocker;
      this.host.element.requestUpdate();
      return;
    }
    const portal = this.host.portal();
    if (!portal) return;
    const reopens = ticket.status === 'solved';
    const ids = this.uploads.ids;
    this.form.set('attachmentIds', ids.length ? ids : undefined);
    const result = await this.form.submit((body, { idempotencyKey }) => replyToTicket(portal, ticket.id, body, idempotencyKey));
    if (result.ok) {
      this.form.reset();
      this.uploads.clear();
      const updated = await fetchTicket(portal, ticket.id).catch(() => ticket);
      this.host.completed(updated, 'reply', t(reopens ? 'reply.sentReopened' : 'reply.sent'));
      return;
    }
    // a field error (422 on the text) shows under the field; anything else says why here
    if (result.reason !== 'failed' || this.form.error('body')) return;
    this.fail(result.error, (reason, conflict) => t(conflict ? 'reply.conflict' : 'reply.failed', { reason }));
  }

  render(ticket: Ticket) {
    this.follow(ticket);
    const { t } = this.host;
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
        ${this.form.draftNotice()}
        ${reopens ? html`<p class="notice info" part="notice">${icon('info')} <span>${t('reply.reopens')}</span></p>` : nothing}
        <me-field type="textarea" rows="5" label=${t('reply.label')} ${this.form.field('body')} @keydown=${onKeydown}></me-field>
        ${this.uploads.render({ label: t('attach.list'), disabled: pending, id: 'reply-uploads' })}
        <div class="form-error" role="alert">${this.error ? html`<p class="error">${icon('error')} <span>${this.error}</span></p>` : nothing}</div>
        <div class="actions">
          <me-submit-button part="submit" ?pending=${pending}>${t(reopens ? 'reply.submitReopen' : 'reply.submit')}</me-submit-button>
        </div>
      </form>
    </section>`;
  }
}
