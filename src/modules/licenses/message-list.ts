import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import type { LicensingMessage } from '../../core/schemas/licensing.js';
import { tokens } from '../../core/theme.js';
import { icon } from '../../ui/icons.js';
import { sanitizedHtml } from '../../ui/sanitized-html.js';
import { renderState, stateStyles } from '../../ui/states.js';
import { markMessageRead } from './licenses.api.js';
import { LicensesPart } from './licenses-part.js';
import { messageStyles } from './licenses.styles.js';

/**
 * The licensing messages of <me-licenses>: unread first (newest first within each), each one a
 * disclosure; opening an unread one marks it read (`POST …/read`, a read-mark: no
 * Idempotency-Key). Bodies are server HTML, sanitized. Internal to `<me-licenses>`.
 *
 * @tagname me-licenses-messages
 * @summary Licensing messages, unread first.
 */
export class MeLicensesMessages extends LicensesPart {
  static override styles = [tokens, stateStyles, messageStyles];

  @property({ attribute: false }) messages: LicensingMessage[] = [];
  @state() private opened = new Set<string>();
  @state() private error = '';
  /** unread when this view first showed them: they keep their place at the top once read */
  readonly #unreadOnArrival = new Set<string>();
  readonly #seen = new Set<string>();

  async #toggle(message: LicensingMessage): Promise<void> {
    const opened = new Set(this.opened);
    if (opened.has(message.id)) opened.delete(message.id);
    else opened.add(message.id);
    this.opened = opened;
    if (!opened.has(message.id) || message.read || !this.portal) return;
    this.error = '';
    try {
      await markMessageRead(this.portal, message.id);
    } catch (error) {
      this.error = this.l10n.t('messages.readFailed', { reason: this.failure(error) });
    }
  }

  protected override render() {
    const t = this.l10n.t;
    if (!this.messages.length) return renderState('empty', { title: t('messages.empty') });
    for (const m of this.messages) {
      if (!this.#seen.has(m.id) && !m.read) this.#unreadOnArrival.add(m.id);
      this.#seen.add(m.id);
    }
    // unread first (a message read here keeps its place until the view is shown again); newest first within each
    const top = (m: LicensingMessage) => !m.read || this.#unreadOnArrival.has(m.id);
    const sorted = [...this.messages.filter(top), ...this.messages.filter((m) => !top(m))];
    return html`<div role="alert" class="message-error">${this.error ? html`<p class="error">${icon('error')} <span>${this.error}</span></p>` : nothing}</div>
      <ul class="messages" part="messages">${sorted.map((m) => {
        const open = this.opened.has(m.id);
        return html`<li class=${m.read ? 'read' : 'unread'} data-message=${m.id}>
          <h3><button type="button" class="subject" aria-expanded=${open ? 'true' : 'false'} aria-controls="body-${m.id}" @click=${() => void this.#toggle(m)}>
            ${m.read ? nothing : html`<span class="unread-mark">${icon('dot')}<span class="visually-hidden">${t('messages.unread')}</span></span>`}
            <span class="title">${m.subject}</span>
            <time datetime=${m.receivedAt}>${this.format.dateTime(m.receivedAt)}</time>
          </button></h3>
          <div class="body" id="body-${m.id}" ?hidden=${!open}>${open ? sanitizedHtml(m.bodyHtml, t('messages.loadingBody')) : nothing}</div>
        </li>`;
      })}</ul>`;
  }
}

define('me-licenses-messages', MeLicensesMessages);

declare global {
  interface HTMLElementTagNameMap {
    'me-licenses-messages': MeLicensesMessages;
  }
}
