import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';

/** One field of a 412 comparison: its label and both versions as the user reads them. */
export interface CompareRow {
  name: string;
  label: string;
  /** the value saved elsewhere (what the server holds now) */
  server: string;
  /** what the user typed */
  mine: string;
}

export type CompareChoice = 'server' | 'mine';

/**
 * After a 412 (the resource changed elsewhere): the server's version next to the user's, field
 * by field, each with a choice of which one to keep (the user's by default, so nothing typed is
 * lost by accident). Only the fields that differ are listed. The owner applies the choices to its
 * form and saves again against the new version.
 *
 * @tagname me-value-compare
 * @summary Server version vs the user's, choose per field (412 conflicts).
 * @fires me-compare-apply - The user chose. `detail: { choices: Record<name, 'server' | 'mine'> }`. Not bubbling: bind it on the element.
 * @fires me-compare-cancel - The user closed the comparison without choosing. Not bubbling.
 * @csspart table - The comparison table.
 * @csspart button - The buttons.
 */
export class MeValueCompare extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: block; }
      table { width: 100%; border-collapse: collapse; }
      caption { text-align: start; font-weight: 700; padding-block-end: var(--_space-2); }
      th, td { text-align: start; vertical-align: top; padding: var(--_space-2); border-bottom: 1px solid var(--_border); }
      thead th { color: var(--_muted); font-size: var(--_font-size-sm); font-weight: 600; }
      label { display: flex; gap: var(--_space-2); align-items: flex-start; cursor: pointer; overflow-wrap: anywhere; }
      input { margin: 3px 0 0; flex: none; }
      .empty { color: var(--_muted); font-style: italic; }
      .actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); justify-content: flex-end; margin-top: var(--_space-3); }
    `,
  ];

  /** The fields to compare (those whose two values are equal are left out). */
  @property({ attribute: false }) rows: CompareRow[] = [];
  /** The table's caption. */
  @property() heading = '';

  @state() private choices: Record<string, CompareChoice> = {};

  readonly #t = new MessagesController(this, uiMessages);

  get #differing(): CompareRow[] {
    return this.rows.filter((row) => row.server !== row.mine);
  }

  #choice(name: string): CompareChoice {
    return this.choices[name] ?? 'mine';
  }

  #choose(name: string, choice: CompareChoice): void {
    this.choices = { ...this.choices, [name]: choice };
  }

  #apply(): void {
    const choices = Object.fromEntries(this.#differing.map((row) => [row.name, this.#choice(row.name)]));
    dispatchOwn(this, 'me-compare-apply', { choices });
  }

  #value(text: string) {
    return text ? text : html`<span class="empty">${this.#t.t('compare.empty')}</span>`;
  }

  #option(row: CompareRow, choice: CompareChoice) {
    const text = choice === 'server' ? row.server : row.mine;
    const which = this.#t.t(choice === 'server' ? 'compare.server' : 'compare.mine');
    return html`<td><label>
      <input type="radio" name=${`compare-${row.name}`} .checked=${this.#choice(row.name) === choice}
        aria-label=${`${row.label}: ${which}`} @change=${() => this.#choose(row.name, choice)}>
      <span>${this.#value(text)}</span>
    </label></td>`;
  }

  protected override render() {
    const t = this.#t.t;
    const rows = this.#differing;
    return html`<table part="table">
        ${this.heading ? html`<caption>${this.heading}</caption>` : nothing}
        <thead><tr><th scope="col">${t('compare.field')}</th><th scope="col">${t('compare.server')}</th><th scope="col">${t('compare.mine')}</th></tr></thead>
        <tbody>
          ${rows.length
            ? rows.map((row) => html`<tr><th scope="row">${row.label}</th>${this.#option(row, 'server')}${this.#option(row, 'mine')}</tr>`)
            : html`<tr><td colspan="3">${t('compare.same')}</td></tr>`}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="button secondary" part="button" @click=${() => dispatchOwn(this, 'me-compare-cancel', undefined)}>${t('compare.cancel')}</button>
        <button type="button" class="button" part="button" @click=${this.#apply}>${t('compare.apply')}</button>
      </div>`;
  }
}

define('me-value-compare', MeValueCompare);

declare global {
  interface HTMLElementTagNameMap {
    'me-value-compare': MeValueCompare;
  }
  interface GlobalEventHandlersEventMap {
    'me-compare-apply': CustomEvent<{ choices: Record<string, CompareChoice> }>;
    'me-compare-cancel': CustomEvent<undefined>;
  }
}
