import { css } from 'lit';
import { define } from '../core/define.js';
import { MeDialog } from './dialog.js';

/**
 * A side panel for details, on the native `<dialog>` like `<me-dialog>` (focus trap, Esc, focus
 * return, named by `label`): it slides in from the inline end and takes the full width of narrow
 * screens.
 *
 * @tagname me-drawer
 * @summary Modal side panel sliding from the inline end.
 * @fires me-close - The drawer closed. `detail: { reason: 'escape' | 'close-button' | 'backdrop' | 'api' }` Not bubbling: listen on the element itself.
 * @slot - The content.
 * @slot footer - Actions, aligned to the end.
 * @csspart dialog - The native dialog.
 * @csspart header - The heading row.
 * @csspart title - The heading.
 * @csspart close-button - The ✕ button.
 * @csspart body - The scrolling content area.
 * @csspart footer - The actions row.
 * @cssprop --me-drawer-width - Width on wide screens (default 480px).
 */
export class MeDrawer extends MeDialog {
  static override styles = [
    ...MeDialog.styles,
    css`
      dialog {
        margin: 0;
        margin-inline-start: auto;
        inset-block: 0;
        height: 100dvh;
        max-height: 100dvh;
        width: min(var(--me-drawer-width, 480px), 100vw);
        max-width: 100vw;
        border-radius: 0;
        border-block: 0;
        border-inline-end: 0;
      }
      dialog[open] { animation: me-drawer-in 200ms ease-out; }
      @keyframes me-drawer-in { from { transform: translateX(100%); } }
      @keyframes me-drawer-in-rtl { from { transform: translateX(-100%); } }
      dialog:dir(rtl)[open] { animation-name: me-drawer-in-rtl; }
      @media (max-width: 600px) { dialog { width: 100vw; border: 0; } }
      @media (prefers-reduced-motion: reduce) { dialog[open] { animation: none; } }
    `,
  ];
}

define('me-drawer', MeDrawer);

declare global {
  interface HTMLElementTagNameMap {
    'me-drawer': MeDrawer;
  }
}
