import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../define.js';
import { MeElement } from '../element.js';
import { MessagesController } from '../i18n.js';
import { tokens } from '../theme.js';
import { uiMessages } from '../../locales/ui.js';
import type { LiveState } from './stream.js';

/**
 * The live updates' state, said only when something is wrong: offline, or the stream lost and
 * being reopened. A small note at the bottom of the page (it takes no space in the host's layout
 * and no focus), announced politely. Rendered by `<me-portal>` once live updates run.
 *
 * @tagname me-live-status
 * @summary Offline / reconnecting note of the live updates.
 * @csspart status - The note.
 */
export class MeLiveStatus extends MeElement {
  static override styles = [
    tokens,
    css`
      :host { position: fixed; inset-block-end: var(--_space-3); inset-inline-start: var(--_space-3); z-index: 2147483000; pointer-events: none; }
      p { display: flex; gap: var(--_space-2); align-items: center; margin: 0; padding: var(--_space-1) var(--_space-3); border: 1px solid var(--_border);
        border-radius: 999px; background: var(--_bg); color: var(--_text); font-size: var(--_font-size-sm); box-shadow: var(--_shadow); }
      .dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: var(--_muted); }
      p.offline { border-color: var(--_warning); }
      p.offline .dot { background: var(--_warning); }
    `,
  ];

  /** The connection's state. */
  @property() state: LiveState = 'connecting';

  readonly #t = new MessagesController(this, uiMessages);

  protected override render() {
    const state = this.state === 'offline' || this.state === 'reconnecting' ? this.state : undefined;
    return html`<div role="status">${state
      ? html`<p part="status" class=${state}><span class="dot" aria-hidden="true"></span><span>${this.#t.t(`live.${state}`)}</span></p>`
      : nothing}</div>`;
  }
}

define('me-live-status', MeLiveStatus);

declare global {
  interface HTMLElementTagNameMap {
    'me-live-status': MeLiveStatus;
  }
}
