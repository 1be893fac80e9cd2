import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';
import { icon } from '../icons.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** `change` of `<me-select>`: `values` lists the choices (one at most without `multiple`); `value` joins them with commas. */
export type MeSelectChangeEvent = CustomEvent<{ value: string; values: string[] }>;

/**
 * A labelled select for toolbars. Single choice is a native `<select>`; `multiple` is a button
 * that discloses a multi-select listbox (↑/↓/Home/End move, Space/Enter toggle, Esc closes).
 *
 * @tagname me-select
 * @summary Single (native) or multiple choice select.
 * @fires change - The choice changed. `detail: { value, values }` (also readable as `value` / `values`). Bubbles inside the shadow root it is in, not out of it.
 * @csspart label - The label.
 * @csspart select - The native select (single choice).
 * @csspart trigger - The button opening the list (multiple).
 * @csspart listbox - The list of options (multiple).
 * @csspart option - One option of the list (multiple).
 */
export class MeSelect extends MeElement {
  static override shadowRootOptions: ShadowRootInit = { ...MeElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: inline-grid; gap: var(--_space-1); min-width: 160px; }
      .multi { position: relative; }
      .trigger { height: var(--_control-height); display: flex; align-items: center; justify-content: space-between; gap: var(--_space-2); text-align: start; cursor: pointer; }
      .trigger span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      [role='listbox'] {
        position: absolute; z-index: 10; inset-inline-start: 0; top: calc(100% + 2px);
        min-width: 100%; max-height: 280px; overflow: auto; box-sizing: border-box;
        margin: 0; padding: var(--_space-1); list-style: none;
        background: var(--_bg); color: var(--_text); border: 1px solid var(--_muted); border-radius: var(--_radius-sm); box-shadow: var(--_shadow);
      }
      [role='option'] { display: flex; align-items: center; gap: var(--_space-2); min-height: 32px; padding: 0 var(--_space-2); border-radius: var(--_radius-sm); cursor: pointer; white-space: nowrap; }
      [role='option']:hover { background: var(--_surface); }
      [role='option'][aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
      [role='option']:focus-visible { outline-offset: -2px; }
      .box { display: inline-grid; place-items: center; flex: none; width: 16px; height: 16px; border: 1px solid var(--_muted); border-radius: 3px; }
      [aria-selected='true'] .box { background: var(--_primary); border-color: var(--_primary); color: var(--_on-primary); }
      [hidden] { display: none !important; }
    `,
  ];

  @property() label = '';
  /** Keeps the label for assistive technology only. */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;
  @property({ attribute: false }) options: SelectOption[] = [];
  /** Several choices (a listbox of checkable options) instead of one. */
  @property({ type: Boolean }) multiple = false;
  /** The choice (single). */
  @property() value = '';
  /** The choices (multiple). */
  @property({ attribute: false }) values: string[] = [];
  /**
   * Single: when present (even empty) the select starts with a "no choice" entry of this text.
   * Multiple: what the button says while nothing is chosen. Empty means "Todos".
   */
  @property() placeholder?: string;
  @property({ type: Boolean }) disabled = false;

  @state() private expanded = false;
  @state() private active = 0;

  readonly #t = new MessagesController(this, uiMessages);

  #emit(): void {
    const values = this.multiple ? [...this.values] : this.value ? [this.value] : [];
    this.dispatchEvent(new CustomEvent('change', { detail: { value: values.join(','), values }, bubbles: true }));
  }

  #onNativeChange(event: Event): void {
    event.stopPropagation(); // not composed anyway; ours replaces it
    this.value = (event.target as HTMLSelectElement).value;
    this.#emit();
  }

  #toggle(index: number): void {
    const option = this.options[index];
    if (!option || option.disabled) return;
    const chosen = new Set(this.values);
    if (chosen.has(option.value)) chosen.delete(option.value);
    else chosen.add(option.value);
    // keep the options' order, whatever the order of the clicks
    this.values = this.options.map((o) => o.value).filter((v) => chosen.has(v));
    this.#emit();
  }

  async #open(): Promise<void> {
    const first = this.options.findIndex((o) => this.values.includes(o.value));
    this.active = Math.max(0, first);
    this.expanded = true;
    await this.updateComplete;
    this.#focusActive();
  }

  #close(returnFocus: boolean): void {
    this.expanded = false;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
  }

  #focusActive(): void {
    this.renderRoot.querySelector<HTMLElement>(`#opt-${this.active}`)?.focus();
  }

  #onTriggerKeydown(event: KeyboardEvent): void {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.expanded) {
      event.preventDefault();
      void this.#open();
    }
  }

  async #onListKeydown(event: KeyboardEvent): Promise<void> {
    const last = this.options.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, this.active + 1), ArrowUp: Math.max(0, this.active - 1), Home: 0, End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.active = moves[event.key]!;
      await this.updateComplete;
      this.#focusActive();
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this.#toggle(this.active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // closes the list, not a dialog around it
      this.#close(true);
    } else if (event.key === 'Tab') {
      this.#close(false);
    }
  }

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.expanded && !(next && this.renderRoot.contains(next))) this.expanded = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled) this.expanded = false;
  }

  protected override render() {
    return this.multiple ? this.#renderMultiple() : this.#renderSingle();
  }

  #renderSingle() {
    return html`<label for="select" part="label" class=${this.hideLabel ? 'visually-hidden' : 'label'}>${this.label}</label>
      <select id="select" part="select" class="control" ?disabled=${this.disabled} @change=${this.#onNativeChange}>
        ${this.placeholder !== undefined ? html`<option value="" ?selected=${!this.value}>${this.placeholder || this.#t.t('select.all')}</option>` : nothing}
        ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === this.value} ?disabled=${!!o.disabled}>${o.label}</option>`)}
      </select>`;
  }

  #summary(): string {
    const chosen = this.options.filter((o) => this.values.includes(o.value));
    if (chosen.length === 0) return this.placeholder || this.#t.t('select.all');
    if (chosen.length === 1) return chosen[0]!.label;
    return this.#t.plural('select.selected', chosen.length);
  }

  #renderMultiple() {
    return html`<span id="label" part="label" class=${this.hideLabel ? 'visually-hidden' : 'label'}>${this.label}</span>
      <div class="multi" @focusout=${this.#onFocusOut}>
        <button type="button" class="control trigger" part="trigger" aria-haspopup="listbox" aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="listbox" aria-labelledby="label summary" ?disabled=${this.disabled}
          @click=${() => (this.expanded ? this.#close(true) : void this.#open())} @keydown=${this.#onTriggerKeydown}>
          <span id="summary">${this.#summary()}</span>${icon('chevronDown')}
        </button>
        <ul id="listbox" role="listbox" part="listbox" aria-multiselectable="true" aria-labelledby="label" ?hidden=${!this.expanded}
          @keydown=${this.#onListKeydown}>
          ${this.options.map((o, i) => html`<li id="opt-${i}" role="option" part="option" tabindex=${i === this.active ? 0 : -1}
            aria-selected=${this.values.includes(o.value) ? 'true' : 'false'} aria-disabled=${o.disabled ? 'true' : nothing}
            @click=${() => { this.active = i; this.#toggle(i); }}>
            <span class="box">${this.values.includes(o.value) ? icon('check', 12) : nothing}</span>${o.label}
          </li>`)}
        </ul>
      </div>`;
  }
}

define('me-select', MeSelect);

declare global {
  interface HTMLElementTagNameMap {
    'me-select': MeSelect;
  }
}
