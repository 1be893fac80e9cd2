import { css } from 'lit';

export const profileStyles = css`
  :host { display: block; container-type: inline-size; }
  .card { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space-4); }
  h2 { margin: 0 0 var(--_space-1); font-size: var(--_font-size-lg); }
  .intro { margin: 0 0 var(--_space-4); color: var(--_muted); }
  form { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: var(--_space-3) var(--_space-4); }
  form > :first-child, .conflict, .message, .actions { grid-column: 1 / -1; }
  .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--_space-2); }
  .message { display: flex; align-items: flex-start; gap: var(--_space-2); margin: 0; padding: var(--_space-2) var(--_space-3); border-radius: var(--_radius-sm); }
  .message.success { background: var(--_success-bg); }
  .message.error { background: var(--_danger-bg); }
  .conflict { display: grid; gap: var(--_space-3); padding: var(--_space-3); border: 1px solid var(--_warning); background: var(--_warning-bg); border-radius: var(--_radius-sm); }
  .conflict:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .conflict-text { display: flex; gap: var(--_space-2); margin: 0; }
  .conflict .actions { justify-content: flex-start; }
  me-value-compare { background: var(--_bg); padding: var(--_space-2); border-radius: var(--_radius-sm); }
  svg { width: 16px; height: 16px; flex: none; margin-top: 2px; fill: none; stroke: currentColor; stroke-width: 1.5; }
  @container (max-width: 560px) { form { grid-template-columns: 1fr; } .card { padding: var(--_space-3); } }
`;
