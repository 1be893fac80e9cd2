import { css } from 'lit';

/**
 * Design tokens. Every element reads `--me-*` custom properties at `:host`, each falling back to
 * TOTVS PO UI's token and then a literal, so a TOTVS app's theme flows in untouched. Custom
 * properties inherit through shadow roots: set them on `<me-portal>` (or any ancestor) to theme
 * every widget. Sizes are px so the host's root font size never moves the layout.
 * Each literal default is a `light-dark()` pair: `<me-portal theme>` sets `color-scheme`
 * (inherited by every widget), so `dark` and `auto` (the system's scheme) need no second set.
 */
export const tokens = css`
  :host {
    --_font: var(--me-font-family, var(--font-family-theme, 'Nunito Sans', system-ui, sans-serif));
    --_font-size: var(--me-font-size, 14px);
    --_font-size-sm: var(--me-font-size-sm, 12px);
    --_font-size-lg: var(--me-font-size-lg, 18px);
    --_primary: var(--me-color-primary, var(--color-action-default, light-dark(#045b8f, #5cb8e6)));
    --_primary-hover: var(--me-color-primary-hover, var(--color-action-hover, light-dark(#034370, #8ccdee)));
    --_on-primary: var(--me-color-on-primary, var(--color-neutral-light-00, light-dark(#ffffff, #0b1720)));
    --_bg: var(--me-color-background, var(--color-neutral-light-00, light-dark(#ffffff, #14191e)));
    --_surface: var(--me-color-surface, var(--color-neutral-light-05, light-dark(#f4f6f8, #1e252c)));
    --_text: var(--me-color-text, var(--color-neutral-dark-90, light-dark(#1c1c1c, #e8ebee)));
    --_muted: var(--me-color-text-muted, var(--color-neutral-dark-70, light-dark(#4f5459, #aeb6bd)));
    --_border: var(--me-color-border, var(--color-neutral-light-30, light-dark(#c3c6c9, #3d4751)));
    --_danger: var(--me-color-danger, var(--color-feedback-negative-base, light-dark(#be3e37, #ff8a80)));
    --_danger-bg: var(--me-color-danger-background, light-dark(#fbeceb, #3b1f1d));
    --_success: var(--me-color-success, var(--color-feedback-positive-base, light-dark(#107048, #7dd6a8)));
    --_success-bg: var(--me-color-success-background, light-dark(#e6f4ed, #173326));
    --_warning: var(--me-color-warning, var(--color-feedback-warning-base, light-dark(#8a5a00, #ffcf66)));
    --_warning-bg: var(--me-color-warning-background, light-dark(#fff4d6, #3a2f12));
    --_info-bg: var(--me-color-info-background, light-dark(#e5f1f8, #15303f));
    --_focus: var(--me-color-focus, var(--color-action-focus, light-dark(#0c9abe, #7fd3ea)));
    --_radius: var(--me-radius, var(--border-radius-md, 8px));
    --_radius-sm: var(--me-radius-sm, var(--border-radius-sm, 4px));
    --_space-1: var(--me-space-1, 4px);
    --_space-2: var(--me-space-2, 8px);
    --_space-3: var(--me-space-3, 12px);
    --_space-4: var(--me-space-4, 16px);
    --_space-6: var(--me-space-6, 24px);
    --_control-height: var(--me-control-height, 40px);
    --_button-height: var(--me-button-height, 36px);
    --_shadow: var(--me-shadow, 0 1px 3px rgb(0 0 0 / 0.12), 0 1px 2px rgb(0 0 0 / 0.08));
    /*
     * The text properties every element inside inherits, set !important: a host page's rule that
     * matches our element (\`* { font-family: … }\`, a reset's \`* { line-height: inherit }\`) beats a
     * normal :host declaration, and the whole shadow tree would inherit it; an important :host
     * declaration beats any page rule, important or not. Theme through the --me-* tokens instead.
     */
    font: normal normal 400 var(--_font-size) / 1.5 var(--_font) !important;
    color: var(--_text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    text-shadow: none !important;
    white-space: normal !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
