import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { dispatchOwn } from '../core/events.js';
import { MessagesController } from '../core/i18n.js';
import { tokens } from '../core/theme.js';
import { uiMessages } from '../locales/ui.js';
import { controlStyles } from './controls.styles.js';
import { icon } from './icons.js';

type Item = number | 'gap';

/** First, last, the current page and `siblings` around it; gaps where pages are skipped. */
export function pageItems(page: number, pages: number, siblings = 1): Item[] {
  const wanted = new Set([1, pages]);
  for (let p = page - siblings; p <= page + siblings; p++) if (p >= 1 && p <= pages) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const items: Item[] = [];
  sorted.forEach((p, i) => {
    const gap = p - (sorted[i - 1] ?? p);
    if (gap === 2) items.push(p - 1); // a gap of one page shows that page instead of "…"
    else if (gap > 2) items.push('gap');
    items.push(p);
  });
  return items;
}

/**
 * Pages of a server-paged list: previous/next and page numbers (current one marked
 * `aria-current="page"`) in a labelled `<nav>`, plus "21–40 de 134". Keeps focus on the page
 * the user chose. Previous/next stay focusable (`aria-disabled`) at the ends.
 *
 * @tagname me-pagination
 * @summary Page navigation with a range summary.
 * @fires me-page-change - The user chose a page. `detail: { page, pageSize }` Not bubbling: listen on the element itself.
 * @csspart nav - The navigation landmark.
 * @csspart summary - The "21–40 de 134" text.
 * @csspart button - Each button.
 */
export class MePagination extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: block; }
      nav { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-2); }
      .summary { margin: 0; color: var(--_muted); font-variant-numeric: tabular-nums; }
      ul { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-1); margin: 0; padding: 0; list-style: none; }
      button {
        display: inline-flex; align-items: center; justify-content: center; gap: var(--_space-1);
        min-width: var(--_button-height); min-height: var(--_button-height); padding: 0 var(--_space-2);
        font: inherit; color: var(--_primary); background: transparent; border: 1px solid transparent; border-radius: var(--_radius-sm); cursor: pointer;
      }
      button:hover { background: var(--_info-bg); }
      button[aria-current='page'] { background: var(--_primary); color: var(--_on-primary); font-weight: 700; }
      button[aria-disabled='true'] { color: var(--_muted); cursor: not-allowed; background: transparent; }
      .gap { min-width: 24px; text-align: center; color: var(--_muted); }
      @container (max-width: 420px) { .text { display: none; } }
      :host { container-type: inline-size; }
      :host(:dir(rtl)) .icon { transform: scaleX(-1); }
    `,
  ];

  /** Current page, from 1. */
  @property({ type: Number }) page = 1;
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Number of items in the whole list. */
  @property({ type: Number }) total = 0;
  /** Pages shown on each side of the current one. */
  @property({ type: Number }) siblings = 1;
  /** Accessible name of the navigation (default "Paginação"). */
  @property() label?: string;

  readonly #t = new MessagesController(this, uiMessages);

  get pages(): number {
    return Math.max(1, Math.ceil(this.total / Math.max(1, this.pageSize)));
  }

  async #go(page: number, focusCurrent: boolean): Promise<void> {
    if (page < 1 || page > this.pages || page === this.page) return;
    this.page = page;
    dispatchOwn(this, 'me-page-change', { page, pageSize: this.pageSize });
    if (!focusCurrent) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-current=page]')?.focus();
  }

  protected override render() {
    const t = this.#t.t;
    const n = this.format.number;
    const pages = this.pages;
    const page = Math.min(Math.max(1, this.page), pages);
    const from = (page - 1) * this.pageSize + 1;
    const to = Math.min(this.total, page * this.pageSize);
    const summary = this.total > 0 ? t('pagination.summary', { from: n(from), to: n(to), total: n(this.total) }) : t('pagination.empty');
    return html`<nav part="nav" aria-label=${this.label || t('pagination.label')}>
      <p class="summary" part="summary">${summary}</p>
      ${pages > 1
        ? html`<ul>
            <li><button type="button" part="button" aria-label=${t('pagination.previousPage')} aria-disabled=${page <= 1 ? 'true' : nothing}
              @click=${() => this.#go(page - 1, false)}>${icon('chevronLeft')}<span class="text">${t('pagination.previous')}</span></button></li>
            ${pageItems(page, pages, this.siblings).map((item) => item === 'gap'
              ? html`<li class="gap" aria-hidden="true">…</li>`
              : html`<li><button type="button" part="button" aria-label=${t('pagination.page', { n: n(item) })}
                  aria-current=${item === page ? 'page' : nothing} @click=${() => this.#go(item, true)}>${n(item)}</button></li>`)}
            <li><button type="button" part="button" aria-label=${t('pagination.nextPage')} aria-disabled=${page >= pages ? 'true' : nothing}
              @click=${() => this.#go(page + 1, false)}><span class="text">${t('pagination.next')}</span>${icon('chevronRight')}</button></li>
          </ul>`
        : nothing}
    </nav>`;
  }
}

define('me-pagination', MePagination);

declare global {
  interface HTMLElementTagNameMap {
    'me-pagination': MePagination;
  }
  interface GlobalEventHandlersEventMap {
    'me-page-change': CustomEvent<{ page: number; pageSize: number }>;
  }
}
