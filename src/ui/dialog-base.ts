import { css, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { MeElement } from '../core/element.js';
import { dispatchOwn } from '../core/events.js';

/** Why a dialog closed: Esc, its ✕ button, a click on the backdrop, the confirm/cancel action, or code. */
export type CloseReason = 'escape' | 'close-button' | 'backdrop' | 'confirm' | 'cancel' | 'api';

/** The element that has focus, through shadow roots (whom to give focus back on close). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * What `<me-dialog>`, `<me-confirm-dialog>` and `<me-drawer>` share, on a native `<dialog>` shown
 * with `showModal()` (the rest of the page becomes inert: a real focus trap): `open`, Esc,
 * optional light dismiss, focus back to the opener, and `me-close` with the reason.
 * Subclasses render one `<dialog>` labelled by a heading of the same shadow root.
 */
export abstract class DialogBase extends MeElement {
  /** Shown (modal). Setting it opens or closes the dialog. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The heading that names the dialog. */
  @property() label = '';
  /** A click on the backdrop closes the dialog (reason `backdrop`). */
  @property({ type: Boolean, attribute: 'light-dismiss' }) lightDismiss = false;

  @query('dialog') protected dialog?: HTMLDialogElement;

  #opener: HTMLElement | null = null;

  /** Opens the dialog; resolves once it is shown. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog, gives focus back to whoever opened it and fires `me-close`. */
  close(reason: CloseReason = 'api'): void {
    const wasOpen = this.dialog?.open ?? false;
    this.open = false;
    if (!wasOpen) return;
    this.dialog!.close();
    this.onClosed(reason);
    if (this.#opener?.isConnected) this.#opener.focus();
    this.#opener = null;
    dispatchOwn(this, 'me-close', { reason });
  }

  /** Hook for subclasses (the confirm dialog resolves its promise here). */
  protected onClosed(_reason: CloseReason): void {}

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open') || !this.dialog) return;
    if (this.open && !this.dialog.open) {
      this.#opener = deepActiveElement(this.ownerDocument);
      this.dialog.showModal();
    } else if (!this.open && this.dialog.open) {
      this.close('api');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.dialog?.open) return;
    // removed while open: closed for good (a pending confirm() answers false)
    this.dialog.close();
    this.open = false;
    this.#opener = null;
    this.onClosed('api');
  }

  /**
   * Esc as a keydown too: the native `cancel` only follows trusted key presses, and a keydown a
   * control inside already handled (a listbox closing, a search field clearing) is left alone.
   */
  protected onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close('escape');
  };

  protected onCancel = (event: Event): void => {
    event.preventDefault(); // Esc: close through our path, so the reason and focus are right
    this.close('escape');
  };

  /** The native dialog closed by other means (`<form method="dialog">`, the browser). */
  protected onNativeClose = (): void => {
    if (this.open) {
      this.open = false;
      this.#opener?.focus();
      this.#opener = null;
      this.onClosed('api');
      dispatchOwn(this, 'me-close', { reason: 'api' });
    }
  };

  protected onDialogClick = (event: MouseEvent): void => {
    // the panel fills the dialog: only a click on the ::backdrop targets the dialog itself
    if (this.lightDismiss && event.target === this.dialog) this.close('backdrop');
  };
}

/** Shared look of the modal dialogs. */
export const dialogStyles = css`
  :host { display: contents; }
  dialog {
    box-sizing: border-box;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
    width: min(var(--me-dialog-width, 560px), calc(100vw - 32px));
    max-width: calc(100vw - 32px);
    max-height: calc(100dvh - 32px);
    overflow: hidden;
  }
  dialog[open] { display: flex; animation: me-dialog-in 160ms ease-out; }
  dialog::backdrop { background: rgb(0 0 0 / 0.55); }
  .panel { display: flex; flex-direction: column; flex: 1; min-width: 0; max-height: inherit; }
  .header { display: flex; align-items: flex-start; justify-content: space-between; gap: var(--_space-3); padding: var(--_space-4) var(--_space-4) 0 var(--_space-6); }
  h2 { margin: 0; padding-top: var(--_space-1); font-size: var(--_font-size-lg); line-height: 1.3; }
  .body { padding: var(--_space-4) var(--_space-6); overflow: auto; flex: 1; }
  footer { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--_space-2); padding: var(--_space-3) var(--_space-6) var(--_space-4); border-top: 1px solid var(--_border); }
  footer[hidden] { display: none; }
  @keyframes me-dialog-in { from { transform: translateY(12px) scale(0.98); } }
  @media (prefers-reduced-motion: reduce) { dialog[open] { animation: none; } }
`;

declare global {
  interface GlobalEventHandlersEventMap {
    'me-close': CustomEvent<{ reason: CloseReason }>;
  }
}
