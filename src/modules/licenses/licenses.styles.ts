import { css } from 'lit';

export const licensesStyles = css`
  :host { display: block; container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); margin-bottom: var(--_space-3); }
  h2 { margin: 0; font-size: var(--_font-size-lg); }
  me-tabs { margin-bottom: var(--_space-3); }
`;

const shared = css`
  :host { display: block; }
  .error { display: flex; gap: var(--_space-1); align-items: flex-start; color: var(--_danger); margin: var(--_space-2) 0; }
  .error svg, .status svg, .notice svg { width: 16px; height: 16px; flex: none; fill: none; stroke: currentColor; stroke-width: 1.5; }
  .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--_space-2); margin-top: var(--_space-3); }
  .hint { color: var(--_muted); margin: 0 0 var(--_space-2); }
  .status { display: inline-flex; align-items: center; gap: var(--_space-1); padding: 2px var(--_space-2); border-radius: 999px; border: 1px solid var(--_border); font-size: var(--_font-size-sm); font-weight: 700; }
  .totvs-id { font-family: ui-monospace, monospace; font-weight: 700; letter-spacing: 0.05em; }
`;

export const eulaStyles = [shared, css`
  .eula { display: grid; gap: var(--_space-3); }
  h3 { margin: 0; font-size: var(--_font-size-lg); }
  .notice { display: flex; gap: var(--_space-2); margin: 0; padding: var(--_space-3); background: var(--_info-bg); border-radius: var(--_radius); }
  .meta { display: flex; flex-wrap: wrap; gap: var(--_space-4); margin: 0; }
  .meta dt { color: var(--_muted); font-size: var(--_font-size-sm); }
  .meta dd { margin: 0; font-weight: 700; }
  .content { max-height: 360px; overflow: auto; padding: var(--_space-3) var(--_space-4); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); overflow-wrap: anywhere; }
  .content:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .agree { display: flex; gap: var(--_space-2); align-items: center; font-weight: 700; min-height: 32px; }
  .agree input { width: 20px; height: 20px; margin: 0; }
  form { display: grid; gap: var(--_space-2); justify-items: start; }
`];

export const listStyles = [shared, css`
  .group { margin-bottom: var(--_space-4); }
  .group h3 { margin: 0 0 var(--_space-2); font-size: var(--_font-size-lg); }
  .licenses { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-3); }
  .license { padding: var(--_space-3); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_bg); display: grid; gap: var(--_space-2); }
  .license.soon { border-color: var(--_warning); background: var(--_warning-bg); }
  .license.inactive { border-style: dashed; }
  .license-head { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; justify-content: space-between; }
  h4 { margin: 0; font-size: var(--_font-size); }
  .status-active { color: var(--_success); background: var(--_success-bg); }
  .status-expiring { color: var(--_text); background: var(--_warning-bg); border-color: var(--_warning); }
  .status-expired, .status-suspended { color: var(--_danger); background: var(--_danger-bg); }
  .facts { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); margin: 0; }
  .facts dt { color: var(--_muted); font-size: var(--_font-size-sm); }
  .facts dd { margin: 0; }
  .usage { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  meter { width: min(320px, 100%); height: 12px; }
  meter::-webkit-meter-bar { background: var(--_surface); border: 1px solid var(--_border); border-radius: 999px; }
  meter::-webkit-meter-optimum-value { background: var(--me-licenses-usage-color, var(--_primary)); border-radius: 999px; }
  .license-actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .reason { margin: 0; color: var(--_danger); }
`];

export const installationStyles = [shared, css`
  .toolbar { display: flex; justify-content: flex-end; margin-bottom: var(--_space-2); }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: start; padding: var(--_space-2); border-bottom: 1px solid var(--_border); vertical-align: middle; }
  thead th { color: var(--_muted); font-size: var(--_font-size-sm); }
  tbody th { font-weight: 400; }
  td:first-child { white-space: nowrap; }
  .row-actions { display: flex; flex-wrap: wrap; gap: var(--_space-1); justify-content: flex-end; }
  .status.blocked { color: var(--_danger); background: var(--_danger-bg); }
  .status.active { color: var(--_success); background: var(--_success-bg); }
  .add-form, .rename-form { display: grid; gap: var(--_space-3); }
  .assigned { display: flex; align-items: center; gap: var(--_space-2); font-size: var(--_font-size-lg); }
  @container (max-width: 560px) { thead { display: none; } tr { display: grid; } td, tbody th { border: 0; padding: var(--_space-1) 0; } tr { border-bottom: 1px solid var(--_border); padding: var(--_space-2) 0; } }
`];

export const editorStyles = [shared, css`
  form { display: grid; gap: var(--_space-2); }
  h3 { margin: 0; font-size: var(--_font-size-lg); }
  fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: var(--_space-3); grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
  .sum { margin: 0; font-weight: 700; font-variant-numeric: tabular-nums; }
  .sum.over { color: var(--_danger); }
  .form-error .error:focus { outline: none; }
`];

export const messageStyles = [shared, css`
  .messages { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--_border); }
  li { border-bottom: 1px solid var(--_border); }
  h3 { margin: 0; font-size: var(--_font-size); }
  .subject { all: unset; box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); width: 100%; min-height: 44px; padding: var(--_space-2); cursor: pointer; }
  .subject:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
  .unread .title { font-weight: 700; }
  .read .title { font-weight: 400; }
  .title { flex: 1 1 240px; }
  time { color: var(--_muted); font-size: var(--_font-size-sm); }
  .unread-mark { color: var(--_primary); display: inline-flex; }
  .unread-mark svg { width: 12px; height: 12px; }
  .body { padding: 0 var(--_space-2) var(--_space-3); overflow-wrap: anywhere; }
  .body[hidden] { display: none; }
`];
