import { css } from 'lit';

export const lgpdTermStyles = css`
  :host { display: block; container-type: inline-size; }
  .term { display: grid; gap: var(--_space-4); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space-4); }
  .header { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: var(--_space-2) var(--_space-3); }
  .heading { min-width: 0; flex: 1 1 240px; }
  h2 { margin: 0 0 var(--_space-1); font-size: var(--_font-size-lg); overflow-wrap: anywhere; }
  h3 { margin: 0; font-size: var(--_font-size); }
  .meta, .muted { margin: 0; color: var(--_muted); }
  .status { display: grid; justify-items: start; gap: var(--_space-2); padding: var(--_space-3); border-radius: var(--_radius-sm); border: 1px solid var(--_warning); background: var(--_warning-bg); }
  .status[data-kind='current'] { border-color: var(--_success); background: var(--_success-bg); }
  .status:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .status p { margin: 0; }
  .notice, .note, .error { display: flex; gap: var(--_space-2); align-items: flex-start; }
  .notice { font-weight: 700; }
  .notice svg, .note svg { flex: none; margin-top: 3px; }
  .problem { display: grid; justify-items: start; gap: var(--_space-2); }
  .error { color: var(--_danger); }
  .content { overflow-wrap: anywhere; max-height: var(--me-lgpd-term-content-max-height, none); overflow: auto; }
  .content h2 { font-size: var(--_font-size-lg); margin: var(--_space-3) 0 var(--_space-2); }
  .content h3, .content h4 { font-size: var(--_font-size); margin: var(--_space-3) 0 var(--_space-1); }
  .content p, .content ul, .content ol { margin: 0 0 var(--_space-2); }
  .content a { color: var(--_primary); }
  .content table { border-collapse: collapse; }
  .content th, .content td { border: 1px solid var(--_border); padding: var(--_space-1) var(--_space-2); text-align: start; }
  @container (max-width: 420px) { .term { padding: var(--_space-3); } }
  @media print { .term { border: 0; padding: 0; } .status { background: none; } .content { max-height: none; overflow: visible; } me-toast-region { display: none; } }
`;
