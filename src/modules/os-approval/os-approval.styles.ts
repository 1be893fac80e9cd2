import { css } from 'lit';

export const osApprovalStyles = css`
  :host { display: block; container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-3); }
  h2 { margin: 0; font-size: var(--_font-size-lg); margin-inline-end: auto; }
  .actions, .bulk { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .bulk { padding: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-2); border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_surface); }
  .bulk .count { font-weight: 700; margin-inline-end: auto; }
  .summary p { margin: 0; }
  .failures { margin: var(--_space-1) 0 0; padding-inline-start: var(--_space-4); color: var(--_danger); }
  .panel { display: flex; flex-direction: column; gap: var(--_space-3); }
  me-data-list { min-height: 320px; height: var(--me-os-approval-list-height, 560px); }
  /* the row buttons live in the list's shadow root: styled through their parts */
  me-data-list::part(action) { min-height: 32px; padding: 0 var(--_space-2); margin-inline-end: var(--_space-1); font-size: var(--_font-size-sm); }
  .link { font: inherit; background: none; border: 0; color: var(--_primary); text-decoration: underline; cursor: pointer; padding: 0 var(--_space-1); min-height: 32px; }
  .note, .error { display: flex; gap: var(--_space-2); align-items: flex-start; margin: 0; }
  .error { color: var(--_danger); }
  .os-detail h3 { margin: 0 0 var(--_space-3); font-size: var(--_font-size-lg); }
  .os-detail h4 { margin: var(--_space-4) 0 var(--_space-2); font-size: var(--_font-size); }
  .os-detail dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: var(--_space-2) var(--_space-3); margin: 0; }
  .os-detail dt { font-size: var(--_font-size-sm); color: var(--_muted); }
  .os-detail dd { margin: 0; overflow-wrap: anywhere; }
  .os-detail .description, .os-detail .reason { white-space: pre-wrap !important; overflow-wrap: anywhere; margin: 0; }
  .os-detail .decision { margin-top: var(--_space-3); padding: var(--_space-2) var(--_space-3); border: 1px solid var(--_border); border-radius: var(--_radius-sm); }
  .os-detail .decision p { margin: 0; }
  table { width: 100%; border-collapse: collapse; font-size: var(--_font-size-sm); }
  th, td { text-align: start; padding: var(--_space-1) var(--_space-2); border-bottom: 1px solid var(--_border); vertical-align: top; }
  .num { text-align: end; }
  .drawer-actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin-top: var(--_space-4); }
  form { display: grid; gap: var(--_space-3); }
  .form-actions { display: flex; justify-content: flex-end; gap: var(--_space-2); }
  @media print { .header .actions, me-tabs, .bulk { display: none; } }
`;
