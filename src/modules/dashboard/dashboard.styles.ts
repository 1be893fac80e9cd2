import { css } from 'lit';

export const dashboardStyles = css`
  :host { display: block; container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-2); margin-bottom: var(--_space-3); }
  h2 { margin: 0; font-size: var(--_font-size-lg); }
  h3 { margin: 0 0 var(--_space-2); font-size: var(--_font-size); }
  .toolbar { display: flex; flex-wrap: wrap; align-items: end; gap: var(--_space-3); margin-bottom: var(--_space-4); }
  .range { margin: 0; color: var(--_muted); align-self: center; }
  .notice { margin: 0 0 var(--_space-3); padding: var(--_space-3); border-radius: var(--_radius-sm); background: var(--_surface); color: var(--_text); }
  .print-error { margin: 0 0 var(--_space-3); }
  .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: var(--_space-3); margin: 0 0 var(--_space-4); }
  .figure { margin: 0; padding: var(--_space-3); background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); display: grid; gap: var(--_space-1); align-content: start; }
  .figure dt { font-size: var(--_font-size-sm); color: var(--_muted); }
  .figure dd { margin: 0; font-size: var(--_font-size-lg); font-weight: 700; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
  .figure[data-empty] dd { font-size: var(--_font-size); font-weight: 400; color: var(--_muted); }
  .charts { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-4); margin-bottom: var(--_space-4); }
  .card { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space-4); min-width: 0; }
  .projects ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-3); }
  .project { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: var(--_space-1) var(--_space-3); align-items: center; }
  .project-name { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
  .progress { grid-column: 1 / -1; display: flex; align-items: center; gap: var(--_space-2); }
  progress { flex: 1; min-width: 80px; height: 10px; accent-color: var(--_primary); }
  .progress-text { font-size: var(--_font-size-sm); color: var(--_muted); white-space: nowrap; }
  .empty { margin: 0; color: var(--_muted); }
  @container (min-width: 760px) {
    .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .charts .wide { grid-column: 1 / -1; }
  }
  @container (max-width: 420px) {
    .card { padding: var(--_space-3); }
    .figures { grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: var(--_space-2); }
    .toolbar me-select, .toolbar me-date-range { flex: 1 1 100%; }
  }
  @media print {
    .toolbar me-select, .toolbar me-date-range, .header .actions { display: none !important; }
    .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .card, .figure { border-color: #999; }
    progress { accent-color: #000; }
  }
`;
