import { css } from 'lit';

export const productsStyles = css`
  :host { display: block; container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-3); }
  h2 { margin: 0; font-size: var(--_font-size-lg); margin-inline-end: auto; }
  .message:empty { display: none; }
  .message { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); margin-bottom: var(--_space-3); padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_danger); background: var(--_danger-bg); border-radius: var(--_radius-sm); }
  .message p { display: flex; gap: var(--_space-1); align-items: flex-start; margin: 0; color: var(--_text); }
  .message svg { flex: none; margin-top: 2px; color: var(--_danger); }
  .empty { display: grid; justify-items: center; gap: var(--_space-2); }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: start; padding: var(--_space-2); border-bottom: 1px solid var(--_border); vertical-align: middle; }
  thead th { color: var(--_muted); font-size: var(--_font-size-sm); font-weight: 700; }
  thead th.share-col { max-width: 14rem; }
  tbody th { font-weight: 700; }
  .muted { color: var(--_muted); }
  .row-actions { display: flex; flex-wrap: wrap; gap: var(--_space-1); justify-content: flex-end; }
  .row-actions .button { padding: 0 var(--_space-3); }

  /* the share switch: a real button with role=switch; its state is the word beside the track, not colour alone */
  .switch { display: inline-flex; align-items: center; gap: var(--_space-2); min-height: 32px; padding: 0 var(--_space-1);
    font: inherit; color: var(--_text); background: transparent; border: 0; border-radius: var(--_radius-sm); cursor: pointer; }
  .switch:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .track { position: relative; display: inline-block; width: 36px; height: 20px; flex: none; border-radius: 999px;
    border: 1px solid var(--_muted); background: var(--_surface); transition: background-color 0.15s; }
  .thumb { position: absolute; top: 2px; inset-inline-start: 2px; width: 14px; height: 14px; border-radius: 50%; background: var(--_muted); transition: inset-inline-start 0.15s; }
  .switch[aria-checked='true'] .track { background: var(--_primary); border-color: var(--_primary); }
  .switch[aria-checked='true'] .thumb { inset-inline-start: 18px; background: var(--_on-primary); }
  .switch[aria-busy='true'] { cursor: progress; }
  .switch[aria-busy='true'] .track { opacity: 0.7; }
  .switch .spinner { width: 12px; height: 12px; }
  @media (prefers-reduced-motion: reduce) { .track, .thumb { transition: none; } }
  @media (forced-colors: active) { .track { border-color: ButtonText; } .switch[aria-checked='true'] .thumb { background: Highlight; } }

  /* narrow: one card per product, each value labelled */
  @container (max-width: 720px) {
    thead { display: none; }
    tr { display: grid; gap: var(--_space-1); padding: var(--_space-2) 0; border-bottom: 1px solid var(--_border); }
    td, tbody th { border: 0; padding: 0; }
    td[data-label]::before { content: attr(data-label) ': '; color: var(--_muted); font-size: var(--_font-size-sm); }
    .row-actions { justify-content: flex-start; }
  }
`;

export const editorStyles = css`
  :host { display: block; }
  form { display: grid; gap: var(--_space-3); }
  .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: var(--_space-3); }
  .share { display: grid; grid-template-columns: auto 1fr; gap: var(--_space-1) var(--_space-2); align-items: center; }
  .share input { width: 20px; height: 20px; margin: 0; }
  .share input:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .share label { font-weight: 600; }
  .share .hint { grid-column: 2; }
  .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; align-items: center; gap: var(--_space-2); }
  .form-error, [role=status] { display: grid; gap: var(--_space-2); justify-items: start; }
  .form-error:empty, [role=status]:empty { display: none; }
  .error { margin: 0; }
  .info { display: flex; gap: var(--_space-1); align-items: flex-start; margin: 0; }
`;
