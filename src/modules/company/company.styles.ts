import { css } from 'lit';

export const companyStyles = css`
  :host { display: block; container-type: inline-size; }
  .card { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space-4); }
  h2 { margin: 0 0 var(--_space-1); font-size: var(--_font-size-lg); }
  h3 { margin: var(--_space-4) 0 var(--_space-2); font-size: var(--_font-size); }
  .legal { margin: 0 0 var(--_space-3); color: var(--_muted); }
  .code { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); padding: var(--_space-2) var(--_space-3); background: var(--_surface); border-radius: var(--_radius-sm); }
  .code strong { font-family: ui-monospace, monospace; font-size: var(--_font-size-lg); letter-spacing: 0.04em; }
  dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: var(--_space-3) var(--_space-4); margin: var(--_space-3) 0 0; }
  dt { font-size: var(--_font-size-sm); color: var(--_muted); }
  dd { margin: 0; overflow-wrap: anywhere; }
  .people { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: var(--_space-3); }
  .person { border: 1px solid var(--_border); border-radius: var(--_radius-sm); padding: var(--_space-3); }
  .person p { margin: 0; overflow-wrap: anywhere; }
  a { color: var(--_primary); }
  @container (max-width: 420px) { .card { padding: var(--_space-3); } }
  @media print { .card { border: 0; padding: 0; } me-copy-button { display: none; } }
`;
