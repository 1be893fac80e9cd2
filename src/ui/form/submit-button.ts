import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';

/**
 * The button that sends a form, and cannot send it twice: while `pending` it is
 * `aria-disabled` + `aria-busy` (keeping keyboard focus, which a natively disabled button would
 * drop to `<body>`), shows a spinner, announces "Enviando…" and swallows every click.
 * Form-associated: inside a `<form>` of the same shadow root a click calls `requestSubmit()`;
 * outside a form the `click` reaches the host as usual (never while pending).
 *
 * @tagname me-submit-button
 * @summary Submit button with a pending state that blocks double submits.
 * @slot - The button's text.
 * @csspart button - The native button.
 * @csspart status - The visually hidden "sending" announcement.
 */
export class MeSubmitButton extends MeElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...MeElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, controlStyles, css`:host { display: inline-block; } .button { width: 100%; }`];

  /** The submission is on its way: clicks are ignored. */
  @property({ type: Boolean, reflect: true }) pending = false;
  @property({ type: Boolean }) disabled = false;
  @property() variant: 'primary' | 'secondary' | 'danger' = 'primary';
  /** What is announced while pending (default "Enviando…"). */
  @property({ attribute: 'pending-label' }) pendingLabel?: string;

  readonly #t = new MessagesController(this, uiMessages);
  readonly #internals = this.attachInternals();

  #onClick(event: MouseEvent): void {
    if (this.pending || this.disabled) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    this.#internals.form?.requestSubmit();
  }

  protected override render() {
    const variant = this.variant === 'primary' ? '' : this.variant;
    return html`<button type="button" class="button ${variant}" part="button" ?disabled=${this.disabled}
        aria-disabled=${this.pending ? 'true' : nothing} aria-busy=${this.pending ? 'true' : nothing} @click=${this.#onClick}>
        ${this.pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<slot></slot>
      </button>
      <span class="visually-hidden" part="status" role="status">${this.pending ? this.pendingLabel ?? this.#t.t('submit.pending') : ''}</span>`;
  }
}

define('me-submit-button', MeSubmitButton);

declare global {
  interface HTMLElementTagNameMap {
    'me-submit-button': MeSubmitButton;
  }
}
