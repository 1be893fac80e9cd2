/**
 * Read-only parts of <me-ticket-detail>: times, attachment lists and the conversation. `body`
 * and `description` are plain text (Lit escapes them); an agent's `htmlBody` is untrusted and
 * only reaches the DOM through the sanitizer.
 */
import { html, nothing } from 'lit';
import type { Formatters } from '../../core/format.js';
import type { Attachment, Comment, Ticket } from '../../core/schemas/tickets.js';
import type { TicketsDetailKey } from '../../locales/tickets-detail.js';
import { icon } from '../../ui/icons.js';
import { sanitizedHtml } from '../../ui/sanitized-html.js';
import { renderWhen } from '../../ui/when.js';
import type { Translate } from '../../ui/states.js';

type T = Translate<TicketsDetailKey>;


/** A short, readable type: the file's extension, else the media type. */
function typeLabel(attachment: Attachment): string {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(attachment.name)?.[1];
  return extension ? extension.toUpperCase() : attachment.contentType;
}

/** Signed links (no token needed) that open in a new tab without handing it our window. */
export function renderAttachments(attachments: readonly Attachment[], t: T, format: Formatters, label: string) {
  if (!attachments.length) return nothing;
  return html`<ul class="files" part="attachments" aria-label=${label}>
    ${attachments.map((attachment) => {
      const size = format.bytes(attachment.size);
      const type = typeLabel(attachment);
      return html`<li>
        <a href=${attachment.url} target="_blank" rel="noopener noreferrer" title=${attachment.contentType}
          aria-label=${t('detail.attachment.open', { name: attachment.name, size, type })}>${icon('arrowDown')}<span class="file-name">${attachment.name}</span></a>
        <span class="file-meta" aria-hidden="true">${size} · ${type}</span>
      </li>`;
    })}
  </ul>`;
}

function renderComment(comment: Comment, t: T, format: Formatters) {
  const kind = comment.author.kind;
  const kindLabel = t(kind === 'agent' ? 'detail.author.agent' : 'detail.author.customer');
  const labelId = `comment-${comment.id}`;
  const text = html`<p class="text">${comment.body}</p>`;
  return html`<li class="comment" data-kind=${kind} part="comment ${kind}">
    <article aria-labelledby=${labelId}>
      <header class="comment-header">
        <span class="author" id=${labelId}><strong>${comment.author.name}</strong>
          <span class="kind">${icon(kind === 'agent' ? 'sparkle' : 'message', 14)}<span class="visually-hidden">(</span>${kindLabel}<span class="visually-hidden">)</span></span></span>
        ${renderWhen(format, comment.createdAt)}
      </header>
      <div class="comment-body">
        ${comment.htmlBody !== undefined ? html`<div class="rich">${sanitizedHtml(comment.htmlBody, text)}</div>` : text}
      </div>
      ${renderAttachments(comment.attachments, t, format, t('detail.attachments.of', { name: comment.author.name }))}
    </article>
  </li>`;
}

export function renderConversation(ticket: Ticket, t: T, format: Formatters) {
  return html`<section class="conversation" part="conversation" aria-labelledby="conversation-title">
    <h3 id="conversation-title">${t('detail.conversation')}</h3>
    ${ticket.comments.length
      ? html`<ol class="comments">${ticket.comments.map((comment) => renderComment(comment, t, format))}</ol>`
      : html`<p class="muted">${t('detail.conversation.empty')}</p>`}
  </section>`;
}
