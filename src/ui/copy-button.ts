import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { dispatchOwn } from '../core/events.js';
import { tokens } from '../core/theme.js';
import { MessagesController } from '../core/i18n.js';
import { commonMessages } from '../locales/common.js';

/**
 * Copies `value` through the portal's clipboard service and announces the result politely.
 *
 * @tagname me-copy-button
 * @summary Copy-to-clipboard button.
 * @csspart button - The button.
 * @fires me-copy - The value was copied. `detail: { value }` Not bubbling: listen on the element itself.
 */
export class MeCopyButton extends MeElement {
  static override styles = [
    tokens,
    css`
      :host { display: inline-flex; align-items: center; gap: var(--_space-2); }
      button { font: inherit; font-size: var(--_font-size-sm); min-height: 28px; padding: 0 var(--_space-3); border-radius: var(--_radius-sm); border: 1px solid var(--_primary); background: transparent; color: var(--_primary); cursor: pointer; }
      button:hover { background: var(--_info-bg); }
      .status { font-size: var(--_font-size-sm); color: var(--_muted); }
    `,
  ];

  /** The text to copy. */
  @property() value = '';
  /** Accessible label of the button (defaults to "Copiar"). */
  @property() label?: string;
  @state() private status: 'idle' | 'copied' | 'failed' = 'idle';

  readonly #t = new MessagesController(this, commonMessages);
  #reset?: ReturnType<typeof setTimeout>;

  async #copy(): Promise<void> {
    clearTimeout(this.#reset);
    try {
      if (!this.portal) throw new Error('no portal');
      await this.portal.browser.copyText(this.value);
      this.status = 'copied';
      dispatchOwn(this, 'me-copy', { value: this.value });
    } catch {
      this.status = 'failed';
    }
    this.#reset = setTimeout(() => { this.status = 'idle'; }, 4000);
  }

  protected override render() {
    const t = this.#t.t;
    return html`<button type="button" part="button" aria-label=${this.label ?? t('action.copy')} @click=${this.#copy}>${t('action.copy')}</button>
      <span class="status" role="status">${this.status === 'copied' ? t('action.copied') : this.status === 'failed' ? t('action.copyFailed') : ''}</span>`;
  }
}

define('me-copy-button', MeCopyButton);

declare global {
  interface HTMLElementTagNameMap {
    'me-copy-button': MeCopyButton;
  }
  interface GlobalEventHandlersEventMap {
    'me-copy': CustomEvent<{ value: string }>;
  }
}
