import { css } from 'lit';
import type { Column } from './types.js';

/** Below this width of the element itself, rows become cards (keep in sync with `CARD_BREAKPOINT`). */
export const CARD_BREAKPOINT = 560;

export const dataListStyles = css`
  :host {
    --_header-bg: var(--me-data-list-header-background, var(--_surface));
    --_row-hover: var(--me-data-list-row-hover-background, var(--_surface));
    --_selected-bg: var(--me-data-list-selected-background, var(--_info-bg));
    --_divider: var(--me-data-list-divider-color, var(--_border));
    display: flex;
    flex-direction: column;
    height: var(--me-data-list-height, 480px);
    min-height: 0;
    /* the background sits outside the scrolling layer: an opaque scroller makes Chromium raster its
       text with subpixel AA on every scroll, about twice the raster work */
    background: var(--_bg);
    container: me-data-list / inline-size;
  }
  .scroller {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    position: relative;
    border: 1px solid var(--_divider);
  }
  /* a definite width (no intrinsic sizing of the columns): the list's, or the columns' minimums */
  .grid { width: 100%; min-width: var(--_min-width, 0px); }
  .head {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_header-bg);
    border-bottom: 1px solid var(--_divider);
  }
  .header-row, .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
  }
  .header-row {
    min-height: var(--_row-height);
    font-size: var(--_font-size-sm);
    font-weight: 700;
    color: var(--_muted);
  }
  .th, .cell {
    min-width: 0;
    padding: 0 var(--_space-3);
    /* clip, not hidden: a hidden overflow is still scrollable, and a click or focus in a long cell
       scrolled it sideways (its text then started under the cell's padding) */
    overflow: clip;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .check { display: flex; justify-content: center; padding: 0; }
  .check input { width: 18px; height: 18px; margin: 0; accent-color: var(--_primary); cursor: pointer; }
  .sort {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0 var(--_space-1);
    margin: 0 calc(-1 * var(--_space-1));
    min-height: 32px;
    max-width: 100%;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    cursor: pointer;
    border-radius: var(--_radius-sm);
  }
  .sort .label { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
  .sort:hover { color: var(--_primary); }
  .sort .arrow { font-size: 10px; opacity: 0.35; }
  [aria-sort='ascending'] .arrow, [aria-sort='descending'] .arrow { opacity: 1; color: var(--_primary); }
  .body { position: relative; }
  .row {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    box-sizing: border-box;
    height: var(--_row-height);
    border-bottom: 1px solid var(--_divider);
  }
  .row:hover { background: var(--_row-hover); }
  .row[aria-selected='true'] { background: var(--_selected-bg); }
  .row:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
  .skeleton-cell {
    grid-column: 1 / -1;
    height: 12px;
    margin: 0 var(--_space-3);
    border-radius: var(--_radius-sm);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_border) 50%, var(--_surface) 75%) 0 0 / 200% 100%;
    animation: me-shimmer 1.4s linear infinite;
  }
  .row[data-failed] .skeleton-cell { animation: none; background: var(--_danger-bg); }
  @keyframes me-shimmer { to { background-position: -200% 0; } }
  @media (prefers-reduced-motion: reduce) { .skeleton-cell { animation: none; } }
  .placeholder { display: grid; gap: var(--_space-3); padding: var(--_space-3); }
  .placeholder .skeleton-cell { margin: 0; height: 20px; }
  .empty { padding: var(--_space-6) var(--_space-4); text-align: center; color: var(--_muted); }
  .state { margin: var(--_space-3); }
  .page-error {
    position: sticky;
    bottom: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    color: var(--_text);
    background: var(--_danger-bg);
    border-top: 1px solid var(--_danger);
  }
  .busy { height: 3px; background: var(--_primary); animation: me-busy 1.2s ease-in-out infinite alternate; }
  @keyframes me-busy { from { opacity: 0.25; } to { opacity: 1; } }

  /* narrow element: every row is a card of "label: value" lines */
  @container me-data-list (width < 560px) {
    .grid { width: auto; min-width: 0; }
    .header-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-1) var(--_space-3);
      min-height: 0;
      padding: var(--_space-1) var(--_space-2);
    }
    .th, .sort .label { padding: 0; min-width: auto; overflow: visible; } /* sort buttons wrap, whole */
    .th:not([aria-sort]):not(.check) { display: none; }
    .row {
      display: block;
      height: auto;
      left: var(--_space-2);
      right: var(--_space-2);
      padding: var(--_space-2) var(--_space-3);
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
    }
    .row[data-selectable] { padding-inline-end: 44px; }
    .row .check { position: absolute; top: var(--_space-2); inset-inline-end: var(--_space-2); width: 28px; height: 28px; }
    .cell { padding: 2px 0; white-space: normal; overflow-wrap: anywhere; }
    .cell::before { font-weight: 600; color: var(--_muted); }
    .skeleton-cell { margin: var(--_space-2) 0; }
  }
`;

const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

/**
 * Per-column rules (alignment; card labels and hidden card lines) as one stylesheet, so a cell
 * is a bare `<div>` with a single binding: fewer attribute writes per row on every scroll.
 */
export function columnRules<T>(columns: ReadonlyArray<Column<T>>, selectable: boolean): string {
  const offset = selectable ? 1 : 0;
  const rules: string[] = [];
  const cards: string[] = [];
  columns.forEach((column, i) => {
    const child = `:nth-child(${i + 1 + offset})`;
    if (column.align === 'center' || column.align === 'end') rules.push(`.header-row > ${child}, .row > ${child} { text-align: ${column.align}; }`);
    cards.push(column.hideInCard
      ? `.row:not(.skeleton) > ${child} { display: none; }`
      : `.row:not(.skeleton) > ${child}::before { content: ${cssString(`${column.cardLabel ?? column.header}: `)}; }`);
  });
  // alignment is for table columns; card lines all start at the start
  return `@container me-data-list (width >= ${CARD_BREAKPOINT}px) {\n${rules.join('\n')}\n}\n` +
    `@container me-data-list (width < ${CARD_BREAKPOINT}px) {\n${cards.join('\n')}\n}`;
}
