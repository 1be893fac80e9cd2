import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../core/define.js';
import { MessagesController } from '../core/i18n.js';
import { tokens } from '../core/theme.js';
import { uiMessages } from '../locales/ui.js';
import { controlStyles } from './controls.styles.js';
import { DialogBase, dialogStyles, type CloseReason } from './dialog-base.js';
import { icon } from './icons.js';

export type { CloseReason } from './dialog-base.js';

/**
 * A modal dialog on the native `<dialog>`: focus stays inside while open, Esc and the ✕ button
 * close it, focus returns to the element that opened it, and it is named by its heading
 * (`label`). Put `autofocus` on the slotted element that should receive focus first.
 *
 * @tagname me-dialog
 * @summary Modal dialog (native dialog, focus trap, Esc, focus return).
 * @fires me-close - The dialog closed. `detail: { reason: 'escape' | 'close-button' | 'backdrop' | 'api' }` Not bubbling: listen on the element itself.
 * @slot - The content.
 * @slot footer - Actions, aligned to the end.
 * @csspart dialog - The native dialog.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart close-button - The ✕ button.
 * @csspart body - The scrolling content area.
 * @csspart footer - The actions row.
 * @cssprop --me-dialog-width - Width on wide screens (default 560px).
 */
export class MeDialog extends DialogBase {
  static override styles = [tokens, controlStyles, dialogStyles];

  @state() private hasFooter = false;

  protected readonly t = new MessagesController(this, uiMessages).t;

  protected override render() {
    return html`<dialog part="dialog" aria-labelledby="title" @cancel=${this.onCancel} @keydown=${this.onKeydown} @close=${this.onNativeClose} @click=${this.onDialogClick}>
      <div class="panel">
        <div class="header" part="header">
          <h2 id="title" part="title">${this.label}</h2>
          <button type="button" class="icon-button" part="close-button" aria-label=${this.t('dialog.close')}
            @click=${() => this.close('close-button')}>${icon('close', 18)}</button>
        </div>
        <div class="body" part="body"><slot></slot></div>
        <footer part="footer" ?hidden=${!this.hasFooter}>
          <slot name="footer" @slotchange=${(e: Event) => { this.hasFooter = (e.target as HTMLSlotElement).assignedElements().length > 0; }}></slot>
        </footer>
      </div>
    </dialog>`;
  }
}

export interface ConfirmOptions {
  label?: string;
  message?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
}

/**
 * Asks the user to confirm an action: `await el.confirm()` resolves `true` on confirm and
 * `false` on cancel, Esc or ✕. An `alertdialog` named by its title and described by its message;
 * the `danger` variant paints the confirm button as destructive and puts first focus on cancel.
 *
 * @tagname me-confirm-dialog
 * @summary Confirmation dialog returning a promise.
 * @fires me-close - The dialog closed. `detail: { reason: 'confirm' | 'cancel' | 'escape' | 'api' }` Not bubbling: listen on the element itself.
 * @slot - Extra content below the message.
 * @csspart dialog - The native dialog.
 * @csspart title - The heading.
 * @csspart message - The message.
 * @csspart confirm - The confirm button.
 * @csspart cancel - The cancel button.
 */
export class MeConfirmDialog extends DialogBase {
  static override styles = [
    tokens,
    controlStyles,
    dialogStyles,
    css`
      dialog { --me-dialog-width: 440px; }
      .header { padding-inline-end: var(--_space-6); }
      .message { margin: 0; }
      footer { border-top: 0; }
    `,
  ];

  @property() message = '';
  @property({ attribute: 'confirm-label' }) confirmLabel?: string;
  @property({ attribute: 'cancel-label' }) cancelLabel?: string;
  /** The action destroys something: a red confirm button, first focus on cancel. */
  @property({ type: Boolean }) danger = false;

  readonly #t = new MessagesController(this, uiMessages);
  #resolve?: (confirmed: boolean) => void;

  /** Opens the dialog (options override the properties) and resolves whether the user confirmed. */
  async confirm(options: ConfirmOptions = {}): Promise<boolean> {
    this.#resolve?.(false);
    Object.assign(this, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
    const answer = new Promise<boolean>((resolve) => { this.#resolve = resolve; });
    await this.show();
    return answer;
  }

  protected override onClosed(reason: CloseReason): void {
    this.#resolve?.(reason === 'confirm');
    this.#resolve = undefined;
  }

  protected override render() {
    const t = this.#t.t;
    return html`<dialog part="dialog" role="alertdialog" aria-labelledby="title" aria-describedby="message"
        @cancel=${this.onCancel} @keydown=${this.onKeydown} @close=${this.onNativeClose} @click=${this.onDialogClick}>
      <div class="panel">
        <div class="header"><h2 id="title" part="title">${this.label || t('confirm.title')}</h2></div>
        <div class="body"><p id="message" class="message" part="message">${this.message}</p><slot></slot></div>
        <footer>
          <button type="button" class="button secondary" part="cancel" ?autofocus=${this.danger} @click=${() => this.close('cancel')}>${this.cancelLabel ?? t('confirm.cancel')}</button>
          <button type="button" class="button ${this.danger ? 'danger' : ''}" part="confirm" ?autofocus=${!this.danger} @click=${() => this.close('confirm')}>${this.confirmLabel ?? t('confirm.confirm')}</button>
        </footer>
      </div>
    </dialog>`;
  }
}

define('me-dialog', MeDialog);
define('me-confirm-dialog', MeConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'me-dialog': MeDialog;
    'me-confirm-dialog': MeConfirmDialog;
  }
}
