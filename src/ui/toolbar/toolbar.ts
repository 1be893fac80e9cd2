import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';

/**
 * Lays out a list's filters in a row that wraps, with actions kept at the end. A labelled group
 * (not an ARIA toolbar: its text fields need the arrow keys). Below 600 px of its own width, the
 * filters fold behind a "Filtros" button (saying how many are active) so the list stays in view on
 * a phone; the search stays out.
 *
 * @tagname me-toolbar
 * @summary Wrapping layout for search, filters and actions; filters fold on narrow widths.
 * @slot search - Always shown (the search field).
 * @slot - Filters (`<me-select>`, `<me-date-range>`…): folded behind the button on narrow widths.
 * @slot actions - Buttons aligned to the end (export, new…).
 * @csspart toolbar - The group.
 * @csspart toggle - The "Filtros" button of narrow widths.
 * @cssprop --me-toolbar-gap - Space between items (default 12px).
 */
export class MeToolbar extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: block; container-type: inline-size; }
      .toolbar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: var(--me-toolbar-gap, var(--_space-3)); }
      /* the filters wrap one by one on the toolbar's lines (their box only matters for folding) */
      .filters { display: contents; }
      .actions { display: flex; flex-wrap: wrap; align-items: flex-end; gap: var(--_space-2); margin-inline-start: auto; }
      .toggle {
        display: none; align-items: center; gap: var(--_space-2); min-height: var(--_control-height); padding: 0 var(--_space-3);
        font: inherit; font-weight: 600; color: var(--_primary); background: var(--_bg);
        border: 1px solid var(--_primary); border-radius: var(--_radius-sm); cursor: pointer;
      }
      .toggle:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
      .count { min-width: 1.25rem; padding: 0 var(--_space-1); border-radius: 999px; background: var(--_primary); color: var(--_bg); font-size: var(--_font-size-sm); }
      .chevron { transition: transform 0.15s; }
      @media (prefers-reduced-motion: reduce) { .chevron { transition: none; } }
      [aria-expanded='true'] .chevron { transform: rotate(180deg); }
      @container (max-width: 600px) {
        .toggle { display: inline-flex; }
        .filters.folded { display: none; }
      }
      @container (max-width: 480px) {
        .toolbar, .filters { flex-direction: column; align-items: stretch; }
        .toolbar ::slotted(*), .toggle { width: 100%; --me-search-field-width: 100%; }
        .toggle { justify-content: center; }
      }
    `,
  ];

  /** Accessible name of the group (default "Filtros"). */
  @property() label?: string;
  /** How many filters are set: shown on the button that unfolds them on narrow widths. */
  @property({ type: Number }) active = 0;

  /** narrow widths: the filters are unfolded */
  @state() private expanded = false;

  readonly #t = new MessagesController(this, uiMessages);

  protected override render() {
    const t = this.#t.t;
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${this.label || t('toolbar.label')}>
      <slot name="search"></slot>
      <button type="button" class="toggle" part="toggle" aria-expanded=${String(this.expanded)} aria-controls="filters"
        @click=${() => { this.expanded = !this.expanded; }}>
        ${t('toolbar.filters')}
        ${this.active ? html`<span class="count" aria-hidden="true">${this.active}</span><span class="visually-hidden">(${this.#t.plural('toolbar.filters.active', this.active)})</span>` : nothing}
        <span class="chevron" aria-hidden="true">▾</span>
      </button>
      <div class="filters ${this.expanded ? '' : 'folded'}" id="filters"><slot></slot></div>
      <div class="actions"><slot name="actions"></slot></div>
    </div>`;
  }
}

define('me-toolbar', MeToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'me-toolbar': MeToolbar;
  }
}
