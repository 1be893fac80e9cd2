import { css } from 'lit';

/** Shared by the list and archive views. */
export const listStyles = css`
  :host { display: flex; flex-direction: column; gap: var(--_space-3); min-height: 0; }
  me-data-list { flex: 1 1 auto; min-height: 320px; height: var(--me-tickets-list-height, 560px); }
  .link { font: inherit; background: none; border: 0; color: var(--_primary); text-decoration: underline; cursor: pointer; padding: 0 var(--_space-1); min-height: 32px; }
  .hint { color: var(--_muted); margin: 0; }
`;

export const ticketsStyles = css`
  :host { display: block; container-type: inline-size; }
  .header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2) var(--_space-3); margin-bottom: var(--_space-3); }
  h2 { margin: 0; font-size: var(--_font-size-lg); margin-inline-end: auto; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .button[disabled] { opacity: 0.6; cursor: progress; }
  me-tabs { margin-bottom: var(--_space-3); }
  @media print { .header .actions, me-tabs { display: none; } }
`;
