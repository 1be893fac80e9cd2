import { css } from 'lit';

export const solutionsStyles = css`
  :host { display: block; container-type: inline-size; }
  .solutions { display: grid; gap: var(--_space-3); }
  .intro { margin: 0; color: var(--_muted); }
  .summary { margin: 0; color: var(--_muted); font-variant-numeric: tabular-nums; }
  .results { display: grid; gap: var(--_space-2); margin: 0; padding: 0; list-style: none; }
  .result { display: grid; gap: var(--_space-1); padding: var(--_space-3); border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_bg); }
  .result h3 { margin: 0; font-size: var(--_font-size); }
  .open { font: inherit; font-weight: 700; color: var(--_primary); background: none; border: 0; padding: 0; min-height: 24px; text-align: start; text-decoration: underline; cursor: pointer; overflow-wrap: anywhere; }
  .open:focus-visible, .back:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .excerpt { margin: 0; overflow-wrap: anywhere; }
  mark { background: var(--_warning-bg); color: inherit; font-weight: 700; border-radius: 2px; }
  .meta { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-1) var(--_space-2); margin: 0; color: var(--_muted); font-size: var(--_font-size-sm); }
  .view { display: grid; gap: var(--_space-3); justify-items: stretch; }
  .back { justify-self: start; }
  [hidden] { display: none !important; }
  @container (max-width: 420px) { .result { padding: var(--_space-2); } }
`;
