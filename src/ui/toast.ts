import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { dispatchOwn } from '../core/events.js';
import { MessagesController } from '../core/i18n.js';
import { tokens } from '../core/theme.js';
import { uiMessages } from '../locales/ui.js';
import { controlStyles } from './controls.styles.js';
import { icon, type IconName } from './icons.js';

export type ToastVariant = 'success' | 'error' | 'info';
export type Politeness = 'polite' | 'assertive';

export interface ToastOptions {
  message: string;
  variant?: ToastVariant;
  /** ms before a success/info toast goes away (default: the region's `duration`); errors stay until dismissed */
  duration?: number;
}

interface Toast {
  id: number;
  message: string;
  variant: ToastVariant;
  duration: number;
  timer?: ReturnType<typeof setTimeout>;
  deadline?: number;
  remaining?: number;
}

interface Announcement {
  id: number;
  text: string;
}

const ICONS: Record<ToastVariant, IconName> = { success: 'checkCircle', error: 'error', info: 'info' };
/** How long an announcement stays in the live region (long enough for any screen reader to pick it up). */
const ANNOUNCEMENT_MS = 7000;
const MAX_TOASTS = 5;
let nextId = 1;

/** Regions on the page, newest last: the module functions talk to the newest. */
const regions: MeToastRegion[] = [];

/**
 * Toasts and the page's live regions. Success/info toasts leave after `duration` (paused while
 * hovered or focused); errors stay until dismissed. Each toast shows an icon and its kind in
 * text, never colour alone, and is announced politely (errors assertively) exactly once.
 * Place one region per page (`<me-portal>` hosts usually put it next to their widgets), then
 * call `showToast()` / `announce()` from anywhere, or the methods on the element.
 *
 * @tagname me-toast-region
 * @summary Toast stack plus polite/assertive live regions.
 * @fires me-toast-dismiss - A toast went away. `detail: { id, reason: 'timeout' | 'dismiss' }` Not bubbling: listen on the element itself.
 * @csspart toasts - The list of toasts.
 * @csspart toast - One toast.
 * @csspart dismiss - The dismiss button of a toast.
 * @cssprop --me-toast-offset - Distance from the viewport's bottom and inline-end edges (default 16px).
 */
export class MeToastRegion extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { position: fixed; z-index: 1000; inset-block-end: var(--me-toast-offset, 16px); inset-inline-end: var(--me-toast-offset, 16px); max-width: min(420px, calc(100vw - 2 * var(--me-toast-offset, 16px))); pointer-events: none; }
      ol { display: grid; gap: var(--_space-2); margin: 0; padding: 0; list-style: none; }
      .toast {
        pointer-events: auto; display: flex; align-items: flex-start; gap: var(--_space-2);
        padding: var(--_space-3); padding-inline-start: var(--_space-4);
        background: var(--_bg); color: var(--_text); border: 1px solid var(--_border); border-inline-start: 4px solid var(--tone);
        border-radius: var(--_radius); box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); animation: me-toast-in 160ms ease-out;
      }
      .toast > .icon { flex: none; margin-top: 3px; color: var(--tone); }
      .toast p { margin: 0; flex: 1; overflow-wrap: anywhere; }
      .kind { font-weight: 700; }
      [data-variant='success'] { --tone: var(--_success); }
      [data-variant='error'] { --tone: var(--_danger); }
      [data-variant='info'] { --tone: var(--_primary); }
      @keyframes me-toast-in { from { transform: translateY(12px); } }
      @media (prefers-reduced-motion: reduce) { .toast { animation: none; } }
    `,
  ];

  /** ms a success/info toast stays (paused while hovered or focused). */
  @property({ type: Number }) duration = 5000;

  @state() private toasts: Toast[] = [];
  @state() private polite: Announcement[] = [];
  @state() private assertive: Announcement[] = [];

  readonly #t = new MessagesController(this, uiMessages);
  #paused = false;

  override connectedCallback(): void {
    super.connectedCallback();
    regions.push(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const index = regions.indexOf(this);
    if (index >= 0) regions.splice(index, 1);
    for (const toast of this.toasts) clearTimeout(toast.timer);
  }

  /** Shows a toast; returns its id (for `dismiss`). */
  show(options: ToastOptions | string): number {
    const { message, variant = 'info', duration } = typeof options === 'string' ? { message: options } : options;
    const toast: Toast = { id: nextId++, message, variant, duration: variant === 'error' ? 0 : duration ?? this.duration };
    const dropped = this.toasts.slice(0, Math.max(0, this.toasts.length + 1 - MAX_TOASTS));
    dropped.forEach((t) => clearTimeout(t.timer));
    this.toasts = [...this.toasts.slice(dropped.length), toast];
    if (toast.duration > 0) this.#schedule(toast, toast.duration);
    this.announce(`${this.#t.t(`toast.${variant}`)}: ${message}`, { politeness: variant === 'error' ? 'assertive' : 'polite' });
    return toast.id;
  }

  /** Removes a toast. */
  dismiss(id: number, reason: 'timeout' | 'dismiss' = 'dismiss'): void {
    const toast = this.toasts.find((t) => t.id === id);
    if (!toast) return;
    clearTimeout(toast.timer);
    this.toasts = this.toasts.filter((t) => t !== toast);
    dispatchOwn(this, 'me-toast-dismiss', { id, reason });
  }

  /** Says `message` to screen-reader users without showing anything (the same text twice is said twice). */
  announce(message: string, options: { politeness?: Politeness } = {}): void {
    const entry = { id: nextId++, text: message };
    const key = options.politeness === 'assertive' ? 'assertive' : 'polite';
    this[key] = [...this[key], entry];
    setTimeout(() => { this[key] = this[key].filter((a) => a !== entry); }, ANNOUNCEMENT_MS);
  }

  #schedule(toast: Toast, ms: number): void {
    toast.remaining = ms;
    if (this.#paused) return;
    toast.deadline = Date.now() + ms;
    toast.timer = setTimeout(() => this.dismiss(toast.id, 'timeout'), ms);
  }

  #pause(): void {
    if (this.#paused) return;
    this.#paused = true;
    for (const toast of this.toasts) {
      if (!toast.timer) continue;
      clearTimeout(toast.timer);
      toast.timer = undefined;
      toast.remaining = Math.max(0, (toast.deadline ?? 0) - Date.now());
    }
  }

  #resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    for (const toast of this.toasts) if (toast.duration > 0) this.#schedule(toast, Math.max(1000, toast.remaining ?? toast.duration));
  }

  /** Dismissed from its button: focus moves to the next toast's button instead of falling to <body>. */
  async #dismissByUser(id: number): Promise<void> {
    const index = this.toasts.findIndex((t) => t.id === id);
    this.dismiss(id);
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('[part=dismiss]');
    buttons[Math.min(index, buttons.length - 1)]?.focus();
  }

  #onFocusOut(event: FocusEvent): void {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.#resume();
  }

  protected override render() {
    const t = this.#t.t;
    return html`${this.toasts.length
        ? html`<ol part="toasts" aria-label=${t('toast.region')} @pointerenter=${this.#pause} @pointerleave=${this.#resume}
            @focusin=${this.#pause} @focusout=${this.#onFocusOut}>
            ${repeat(this.toasts, (toast) => toast.id, (toast) => html`<li class="toast" part="toast" data-variant=${toast.variant}>
              ${icon(ICONS[toast.variant], 18)}
              <p><span class="kind">${t(`toast.${toast.variant}`)}:</span> ${toast.message}</p>
              <button type="button" class="icon-button" part="dismiss" aria-label=${t('toast.dismiss')} @click=${() => this.#dismissByUser(toast.id)}>${icon('close')}</button>
            </li>`)}
          </ol>`
        : nothing}
      <div class="visually-hidden" role="status">${repeat(this.polite, (a) => a.id, (a) => html`<p>${a.text}</p>`)}</div>
      <div class="visually-hidden" role="alert">${repeat(this.assertive, (a) => a.id, (a) => html`<p>${a.text}</p>`)}</div>`;
  }
}

/** Shows a toast in the page's newest `<me-toast-region>`; the toast's id, or undefined without a region. */
export function showToast(options: ToastOptions | string): number | undefined {
  return regions.at(-1)?.show(options);
}

/** Says `message` through the page's newest `<me-toast-region>`; false without a region. */
export function announce(message: string, options: { politeness?: Politeness } = {}): boolean {
  const region = regions.at(-1);
  region?.announce(message, options);
  return !!region;
}

define('me-toast-region', MeToastRegion);

declare global {
  interface HTMLElementTagNameMap {
    'me-toast-region': MeToastRegion;
  }
  interface GlobalEventHandlersEventMap {
    'me-toast-dismiss': CustomEvent<{ id: number; reason: 'timeout' | 'dismiss' }>;
  }
}
