import { css } from 'lit';

export const contactsStyles = css`
  :host { display: block; container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-3); }
  h2 { margin: 0; font-size: var(--_font-size-lg); margin-inline-end: auto; }
  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .panel { display: flex; flex-direction: column; gap: var(--_space-3); }
  me-data-list { min-height: 320px; height: var(--me-contacts-list-height, 560px); }
  .link { font: inherit; background: none; border: 0; color: var(--_primary); text-decoration: underline; cursor: pointer; padding: 0 var(--_space-1); min-height: 32px; }
  .summary:empty { display: none; }
  .summary p { margin: 0; }
`;

const shared = css`
  :host { display: block; }
  form { display: grid; gap: var(--_space-3); }
  .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: var(--_space-3); }
  .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; align-items: center; gap: var(--_space-2); }
  .error { display: flex; gap: var(--_space-1); align-items: flex-start; color: var(--_danger); margin: 0; }
  .note, .info { display: flex; gap: var(--_space-2); align-items: flex-start; margin: 0 0 var(--_space-3); }
  .note { padding: var(--_space-2) var(--_space-3); border: 1px solid var(--_warning); background: var(--_warning-bg); border-radius: var(--_radius-sm); }
  .muted { color: var(--_muted); font-size: var(--_font-size-sm); }
  .form-error:empty, [role=status]:empty { display: none; }
`;

export const editorStyles = [shared, css`
  .summary { display: grid; gap: var(--_space-1); margin-bottom: var(--_space-3); }
  .summary p { margin: 0; display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .email { font-weight: 700; overflow-wrap: anywhere; }
  .danger-zone { justify-content: flex-start; margin-top: var(--_space-4); padding-top: var(--_space-3); border-top: 1px solid var(--_border); }
`];

export const importStyles = [shared, css`
  .intro { margin: 0; }
  .picker { display: grid; gap: var(--_space-2); padding: var(--_space-4); border: 2px dashed var(--_muted); border-radius: var(--_radius); }
  .picker.over { border-color: var(--_primary); background: var(--_info-bg); }
  .picker label { font-weight: 600; }
  input[type=file]:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .table-wrap { max-height: 360px; overflow: auto; border: 1px solid var(--_border); border-radius: var(--_radius-sm); }
  .table-wrap:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  table { width: 100%; border-collapse: collapse; font-size: var(--_font-size-sm); }
  th, td { text-align: start; padding: var(--_space-1) var(--_space-2); border-bottom: 1px solid var(--_border); vertical-align: top; overflow-wrap: anywhere; }
  thead th { position: sticky; top: 0; background: var(--_bg); }
  .ok { color: var(--_success); }
  .bad { color: var(--_danger); }
  .result { display: inline-flex; gap: var(--_space-1); align-items: flex-start; }
  .result ul { margin: 0; padding-inline-start: var(--_space-4); }
`];
