import { css } from 'lit';

export const imgIndexStyles = css`
  :host { display: block; container-type: inline-size; }
  .card { display: grid; gap: var(--_space-4); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space-4); }
  .head { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: var(--_space-2); }
  h2 { margin: 0; font-size: var(--_font-size-lg); }
  h3 { margin: 0 0 var(--_space-2); font-size: var(--_font-size); }
  h4 { margin: 0; font-size: var(--_font-size); }
  p { margin: 0; }
  .muted { color: var(--_muted); }
  .error { color: var(--_danger); }
  .top, .charts { display: grid; gap: var(--_space-4); grid-template-columns: minmax(0, 1fr); }
  .panel { min-width: 0; }
  me-chart { --me-chart-height: var(--me-img-chart-height, 280px); }

  .score .value { display: flex; align-items: baseline; gap: var(--_space-1); }
  .score .value strong { font-size: 40px; line-height: 1.1; font-variant-numeric: tabular-nums; }
  .level { font-weight: 700; margin-block: var(--_space-1) var(--_space-2); }
  .scale { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: var(--_space-1); margin: 0; padding: 0; list-style: none; }
  .scale li { display: grid; justify-items: center; gap: 2px; padding: var(--_space-1); border: 1px solid var(--_border); border-radius: var(--_radius-sm); text-align: center; min-width: 0; }
  .scale li[data-reached='true'] { background: var(--_info-bg); }
  .scale li[aria-current='step'] { border: 2px solid var(--_primary); font-weight: 700; }
  .step-n { font-variant-numeric: tabular-nums; }
  .step-name { font-size: var(--_font-size-sm); overflow-wrap: anywhere; }

  .segmented { display: inline-flex; flex-wrap: wrap; margin: 0 0 var(--_space-3); padding: 0; border: 0; }
  .segmented legend { padding: 0; margin-bottom: var(--_space-1); font-weight: 600; }
  .segment { position: relative; display: inline-flex; }
  .segment input { position: absolute; inset: 0; margin: 0; opacity: 0; cursor: pointer; }
  .segment span { display: inline-flex; align-items: center; min-height: var(--_control-height); padding: 0 var(--_space-3); border: 1px solid var(--_muted); margin-inline-start: -1px; background: var(--_bg); color: var(--_text); }
  .segment:first-of-type span { border-start-start-radius: var(--_radius-sm); border-end-start-radius: var(--_radius-sm); margin-inline-start: 0; }
  .segment:last-of-type span { border-start-end-radius: var(--_radius-sm); border-end-end-radius: var(--_radius-sm); }
  .segment input:checked + span { background: var(--_primary); border-color: var(--_primary); color: var(--_on-primary); font-weight: 700; }
  .segment input:checked + span::before { content: '✓ '; white-space: pre; }
  .segment input:focus-visible + span { outline: 2px solid var(--_focus); outline-offset: 2px; position: relative; z-index: 1; }
  .ahead { font-weight: 600; margin-bottom: var(--_space-2); }
  dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: var(--_space-2) var(--_space-3); margin: 0; }
  dt { font-size: var(--_font-size-sm); color: var(--_muted); }
  dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }

  .opportunities { display: grid; gap: var(--_space-3); margin: var(--_space-2) 0 0; padding: 0; list-style: none; }
  .opportunity { display: grid; gap: var(--_space-2); border: 1px solid var(--_border); border-radius: var(--_radius-sm); padding: var(--_space-3); }
  .opportunity-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--_space-2); }
  .gain { font-weight: 700; color: var(--_success); white-space: nowrap; }

  @container (min-width: 720px) {
    .top { grid-template-columns: minmax(220px, 1fr) minmax(0, 2fr); }
    .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  }
  @container (max-width: 420px) {
    .card { padding: var(--_space-3); }
    .score .value strong { font-size: 32px; }
  }
  @media print {
    .card { border: 0; padding: 0; }
    .segment input:not(:checked) + span { display: none; }
    .segment span { border: 0; padding: 0; background: none !important; color: #000 !important; }
    me-chart { --me-chart-height: 220px; }
  }
`;
