import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';

/**
 * Lays out a list's filters in a row that wraps on narrow widths, with actions kept at the end.
 * A labelled group (not an ARIA toolbar: its text fields need the arrow keys).
 *
 * @tagname me-toolbar
 * @summary Wrapping layout for search, filters and actions.
 * @slot - Filters (`<me-search-field>`, `<me-select>`, `<me-date-range>`…).
 * @slot actions - Buttons aligned to the end (export, new…).
 * @csspart toolbar - The group.
 * @cssprop --me-toolbar-gap - Space between items (default 12px).
 */
export class MeToolbar extends MeElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; container-type: inline-size; }
      .toolbar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: var(--me-toolbar-gap, var(--_space-3)); }
      .filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: inherit; flex: 1 1 auto; min-width: 0; }
      .actions { display: flex; flex-wrap: wrap; align-items: flex-end; gap: var(--_space-2); margin-inline-start: auto; }
      @container (max-width: 480px) {
        .filters { flex-direction: column; align-items: stretch; }
        .filters ::slotted(*) { width: 100%; }
      }
    `,
  ];

  /** Accessible name of the group (default "Filtros"). */
  @property() label?: string;

  readonly #t = new MessagesController(this, uiMessages);

  protected override render() {
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${this.label || this.#t.t('toolbar.label')}>
      <div class="filters"><slot></slot></div>
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
