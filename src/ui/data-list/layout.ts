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
        const cards = width > 0 ? width < CARD_BREAKPOINT : this.cards; // 0 = hidden: keep the layout
        changed ||= cards !== this.cards;
        this.cards = cards;
      } else {
        const height = Math.round(entry.borderBoxSize[0]?.blockSize ?? 0);
        changed ||= height !== this.headerHeight;
        this.headerHeight = height;
      }
    }
    if (changed) this.#host.requestUpdate();
  }
}
