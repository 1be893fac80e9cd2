import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CARD_BREAKPOINT, columnRules } from './data-list.styles.js';
import type { Column } from './types.js';

/**
 * Watches the list's own width (cards below `CARD_BREAKPOINT`, like the CSS container query)
 * and the sticky header's height (rows start below it), re-rendering the host when either
 * changes; and keeps the per-column stylesheet (see `columnRules`) of its shadow root.
 */
export class ListLayout implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  #observer?: ResizeObserver;
  #head?: Element;
  readonly #sheet = new CSSStyleSheet();
  #rules = '';
  /** the element is narrower than the card breakpoint */
  cards = false;
  /** content-box width of the element, 0 until measured */
  width = 0;
  /** the columns' `hideBelow` widths: crossing one re-renders */
  #thresholds: number[] = [];
  /** border-box height of the header, -1 until measured */
  headerHeight = -1;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => this.#resized(entries));
    this.#observer.observe(this.#host);
    const root = this.#host.renderRoot;
    if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(this.#sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  /** applies the columns' rules; false when they are the same as before (owners may pass equal new arrays) */
  setColumns<T>(columns: ReadonlyArray<Column<T>>, selectable: boolean): boolean {
    this.#thresholds = columns.flatMap((c) => (c.hideBelow ? [c.hideBelow] : []));
    const rules = columnRules(columns, selectable);
    if (rules === this.#rules) return false;
    this.#sheet.replaceSync((this.#rules = rules));
    return true;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#head = undefined;
  }

  hostUpdated(): void {
    const head = this.#host.renderRoot.querySelector('.head');
    if (!head || head === this.#head) return;
    if (this.#head) this.#observer?.unobserve(this.#head);
    this.#observer?.observe(head);
    this.#head = head;
  }

  #resized(entries: ResizeObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      if (entry.target === this.#host) {
        const width = entry.contentBoxSize[0]?.inlineSize ?? 0;
        if (width <= 0) continue; // hidden: keep the layout
        const cards = width < CARD_BREAKPOINT;
        const hidden = (w: number) => this.#thresholds.filter((t) => w < t).length;
        changed ||= cards !== this.cards || hidden(width) !== hidden(this.width);
        this.cards = cards;
        this.width = width;
      } else {
        const height = Math.round(entry.borderBoxSize[0]?.blockSize ?? 0);
        changed ||= height !== this.headerHeight;
        this.headerHeight = height;
      }
    }
    if (changed) this.#host.requestUpdate();
  }
}

const CONTENT_SIZED = /^(auto|min-content|max-content|fit-content\(.*\))$/;

/**
 * A column's grid track, made independent of content (see `Column.width`): each row is a grid of its
 * own, and a track sized by its row's content would put that row's columns elsewhere than the header's.
 */
export function columnTrack(width: string | undefined): string {
  const track = (width ?? '').trim();
  if (!track || CONTENT_SIZED.test(track)) return 'minmax(0, 1fr)';
  if (/^[\d.]+fr$/.test(track)) return `minmax(0, ${track})`;
  const minmax = /^minmax\(\s*(.+?)\s*,\s*(.+?)\s*\)$/.exec(track);
  if (!minmax) return track;
  const min = CONTENT_SIZED.test(minmax[1]!) ? '0' : minmax[1]!;
  const max = CONTENT_SIZED.test(minmax[2]!) ? '1fr' : minmax[2]!;
  return `minmax(${min}, ${max})`;
}

/** The least width of a track from `columnTrack` (its `minmax()` minimum, or its fixed length). */
export function trackMinimum(track: string): string {
  const minmax = /^minmax\(\s*(.+?)\s*,/.exec(track);
  const min = minmax ? minmax[1]! : track;
  return /^[\d.]+(px|r?em|ch|vw)$/.test(min) ? min : '0px';
}
