import { css } from 'lit';

export const managerStyles = css`
  :host { display: block; container-type: inline-size; }
  .header { display: grid; gap: var(--_space-1); margin-bottom: var(--_space-3); }
  h2 { margin: 0; font-size: var(--_font-size-lg); }
  .intro { margin: 0; color: var(--_muted); }
  .bulk { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); padding: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-2); background: var(--_info-bg); border-radius: var(--_radius-sm); }
  .bulk .count { font-weight: 700; margin-inline-end: auto; }
  .drawer-actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin-bottom: var(--_space-3); }
  .note { display: flex; gap: var(--_space-2); margin: 0 0 var(--_space-3); color: var(--_muted); }
  svg { width: 16px; height: 16px; flex: none; margin-top: 2px; fill: none; stroke: currentColor; stroke-width: 1.5; }
`;

export const bulkStyles = css`
  :host { display: block; }
  .bulk-action { display: grid; gap: var(--_space-3); }
  .scope { margin: 0; font-weight: 600; }
  .note, .error, .summary { display: flex; gap: var(--_space-2); align-items: flex-start; margin: 0; }
  .note { color: var(--_muted); }
  .error { padding: var(--_space-2) var(--_space-3); background: var(--_danger-bg); border-radius: var(--_radius-sm); }
  .summary { font-weight: 700; padding: var(--_space-2) var(--_space-3); background: var(--_success-bg); border-radius: var(--_radius-sm); }
  .summary.partial { background: var(--_warning-bg); }
  .summary:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .cc-fields { display: grid; gap: var(--_space-3); }
  .cc-fields me-select { width: 100%; }
  progress { width: 100%; }
  .results { list-style: none; margin: 0; padding: 0; max-height: 320px; overflow: auto; border: 1px solid var(--_border); border-radius: var(--_radius-sm); }
  .results li { display: grid; grid-template-columns: auto 1fr; gap: 0 var(--_space-2); padding: var(--_space-2) var(--_space-3); border-bottom: 1px solid var(--_border); }
  .results li:last-child { border-bottom: 0; }
  .results .outcome { grid-column: 2; font-size: var(--_font-size-sm); }
  .results .ok svg { color: var(--_success); }
  .results .failed svg { color: var(--_danger); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); justify-content: flex-end; }
  svg { width: 16px; height: 16px; flex: none; margin-top: 2px; fill: none; stroke: currentColor; stroke-width: 1.5; }
`;
