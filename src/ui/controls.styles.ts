import { css } from 'lit';

/** The notice of a restored draft (`renderDraftNotice`), for forms that do not take all of controlStyles. */
export const draftNoticeStyles = css`
  .draft-notice { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-2); align-items: center; margin: 0; padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_surface); color: var(--_text); font-size: var(--_font-size-sm); }
  .draft-notice.stale { border-color: var(--_warning); background: var(--_warning-bg); }
  .draft-notice button { font: inherit; color: var(--_primary); background: none; border: 0; padding: 2px 0; min-height: 24px; text-decoration: underline; cursor: pointer; }
  .draft-notice button:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
`;

/**
 * Buttons, native controls and helper classes shared by the UI kit (include after `tokens`).
 * Control borders use the muted text colour: a control's boundary needs 3:1 against the page
 * (WCAG 1.4.11), which the decorative `--_border` does not reach.
 */
export const controlStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    font: inherit;
    font-weight: 600;
    min-height: var(--_button-height);
    padding: 0 var(--_space-4);
    border-radius: var(--_radius-sm);
    border: 1px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    white-space: nowrap;
  }
  .button:hover { background: var(--_primary-hover); border-color: var(--_primary-hover); }
  .button.secondary { background: transparent; color: var(--_primary); }
  .button.secondary:hover { background: var(--_info-bg); }
  .button.danger { background: var(--_danger); border-color: var(--_danger); color: var(--_on-primary); }
  .button.danger:hover { filter: brightness(0.92); }
  .button[aria-disabled='true'], .button:disabled { cursor: not-allowed; opacity: 0.6; }
  .icon-button {
    display: inline-grid;
    place-items: center;
    min-width: 32px;
    min-height: 32px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .icon-button:hover { background: var(--_surface); color: var(--_text); }
  .control {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    min-height: var(--_control-height);
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius-sm);
    background: var(--_bg);
    color: var(--_text);
  }
  /* one height for every one-line control (a select and an input side by side line up) */
  input.control, select.control { height: var(--_control-height); padding-block: 0; }
  textarea.control { min-height: 96px; resize: vertical; line-height: 1.5; padding-block: var(--_space-2); }
  .control[aria-invalid='true'] { border-color: var(--_danger); box-shadow: inset 0 0 0 1px var(--_danger); }
  .control:disabled { opacity: 0.6; cursor: not-allowed; }
  .control:focus-visible { outline: 2px solid var(--_focus); outline-offset: 1px; }
  .label { font-weight: 600; color: var(--_text); }
  ${draftNoticeStyles}
  .hint { margin: 0; color: var(--_muted); font-size: var(--_font-size-sm); }
  .error {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-1);
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-sm);
    font-weight: 600;
  }
  .error svg { flex: none; margin-top: 2px; }
  .spinner {
    display: inline-block;
    width: 14px;
    height: 14px;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: me-spin 0.8s linear infinite;
  }
  @keyframes me-spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 3s; } }
  @media (forced-colors: active) {
    .button, .control, .icon-button { border: 1px solid ButtonText; }
  }
`;
