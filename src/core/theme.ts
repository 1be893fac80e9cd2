import { css } from 'lit';

/**
 * Design tokens. Every element reads `--me-*` custom properties at `:host`, each falling back to
 * TOTVS PO UI's token and then a literal, so a TOTVS app's theme flows in untouched. Custom
 * properties inherit through shadow roots: set them on `<me-portal>` (or any ancestor) to theme
 * every widget. Sizes are px so the host's root font size never moves the layout.
 */
export const tokens = css`
  :host {
    --_font: var(--me-font-family, var(--font-family-theme, 'Nunito Sans', system-ui, sans-serif));
    --_font-size: var(--me-font-size, 14px);
    --_font-size-sm: var(--me-font-size-sm, 12px);
    --_font-size-lg: var(--me-font-size-lg, 18px);
    --_primary: var(--me-color-primary, var(--color-action-default, #045b8f));
    --_primary-hover: var(--me-color-primary-hover, var(--color-action-hover, #034370));
    --_on-primary: var(--me-color-on-primary, var(--color-neutral-light-00, #ffffff));
    --_bg: var(--me-color-background, var(--color-neutral-light-00, #ffffff));
    --_surface: var(--me-color-surface, var(--color-neutral-light-05, #f4f6f8));
    --_text: var(--me-color-text, var(--color-neutral-dark-90, #1c1c1c));
    --_muted: var(--me-color-text-muted, var(--color-neutral-dark-70, #4f5459));
    --_border: var(--me-color-border, var(--color-neutral-light-30, #c3c6c9));
    --_danger: var(--me-color-danger, var(--color-feedback-negative-base, #be3e37));
    --_danger-bg: var(--me-color-danger-background, #fbeceb);
    --_success: var(--me-color-success, var(--color-feedback-positive-base, #107048));
    --_success-bg: var(--me-color-success-background, #e6f4ed);
    --_warning: var(--me-color-warning, var(--color-feedback-warning-base, #8a5a00));
    --_warning-bg: var(--me-color-warning-background, #fff4d6);
    --_info-bg: var(--me-color-info-background, #e5f1f8);
    --_focus: var(--me-color-focus, var(--color-action-focus, #0c9abe));
    --_radius: var(--me-radius, var(--border-radius-md, 8px));
    --_radius-sm: var(--me-radius-sm, var(--border-radius-sm, 4px));
    --_space-1: var(--me-space-1, 4px);
    --_space-2: var(--me-space-2, 8px);
    --_space-3: var(--me-space-3, 12px);
    --_space-4: var(--me-space-4, 16px);
    --_space-6: var(--me-space-6, 24px);
    --_shadow: var(--me-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 1px 2px rgb(0 0 0 / 0.08));
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/**
 * Dark values, applied by `<me-portal theme="dark">` (and `auto` under a dark system scheme) on
 * its host, so they inherit into every widget; tokens a host sets on `<me-portal>` still win.
 */
export const darkTokens = css`
  --me-color-primary: var(--color-action-default-dark, #5cb8e6);
  --me-color-primary-hover: #8ccdee;
  --me-color-on-primary: #0b1720;
  --me-color-background: #14191e;
  --me-color-surface: #1e252c;
  --me-color-text: #e8ebee;
  --me-color-text-muted: #aeb6bd;
  --me-color-border: #3d4751;
  --me-color-danger: #ff8a80;
  --me-color-danger-background: #3b1f1d;
  --me-color-success: #7dd6a8;
  --me-color-success-background: #173326;
  --me-color-warning: #ffcf66;
  --me-color-warning-background: #3a2f12;
  --me-color-info-background: #15303f;
  --me-color-focus: #7fd3ea;
  color-scheme: dark;
`;
