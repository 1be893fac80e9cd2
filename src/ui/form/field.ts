import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';
import { icon } from '../icons.js';
import type { SelectOption } from '../toolbar/select.js';

export type FieldType = 'text' | 'email' | 'tel' | 'url' | 'password' | 'number' | 'date' | 'textarea' | 'select';

/**
 * One form field: label, native control, hint, character counter and error message, all in the
 * same shadow root so `for`, `aria-describedby` and `aria-invalid` really connect them (ARIA
 * references never cross shadow roots). Form-associated: inside a `<form>` it submits `name=value`
 * and Enter in a one-line control submits the form, as a native input would.
 *
 * @tagname me-field
 * @summary Labelled form control with hint, counter and error.
 * @fires input - The value changed (native, composed from the control); read `value`.
 * @fires change - The user committed a value (native semantics); read `value`.
 * @csspart label - The label.
 * @csspart control - The input, textarea or select.
 * @csspart hint - The hint below the control.
 * @csspart counter - The character counter (textarea with `maxlength`).
 * @csspart error - The error message.
 */
export class MeField extends MeElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...MeElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    tokens,
    controlStyles,
    css`
      /* start: stretched by a taller neighbour (a two-line hint beside it), the label stays on its line */
      :host { display: grid; gap: var(--_space-1); align-content: start; }
      .required { color: var(--_danger); }
      .meta { display: flex; justify-content: space-between; gap: var(--_space-2); }
      .counter { margin: 0 0 0 auto; color: var(--_muted); font-size: var(--_font-size-sm); font-variant-numeric: tabular-nums; }
      .counter.full { color: var(--_text); font-weight: 700; }
    `,
  ];

  @property() label = '';
  @property({ reflect: true }) name = '';
  @property() type: FieldType = 'text';
  @property() value = '';
  @property() hint?: string;
  /** The error to show; empty when valid. Sets `aria-invalid` on the control. */
  @property() error?: string;
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean }) disabled = false;
  @property({ type: Boolean }) readonly = false;
  /** Longest value; a textarea with it shows a character counter. */
  @property({ type: Number }) maxlength?: number;
  @property() placeholder?: string;
  @property() autocomplete?: string;
  @property() min?: string;
  @property() max?: string;
  @property() step?: string;
  /** Rows of a textarea. */
  @property({ type: Number }) rows = 4;
  /** Choices of a `select` (an empty "Selecione…" entry comes first). */
  @property({ attribute: false }) options: SelectOption[] = [];
  /**
   * Suggestions of a one-line text control: a native searchable list (`<datalist>`: typing filters
   * it by value and label, ↓ opens it) that still accepts any text — validate the value yourself.
   */
  @property({ attribute: false }) suggestions: SelectOption[] = [];

  readonly #t = new MessagesController(this, uiMessages);
  readonly #internals = this.attachInternals();

  /** The form this field belongs to (null outside a form or in another shadow root). */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('name')) this.#internals.setFormValue(this.name ? this.value : null);
  }

  /** Focuses the control with the caret after the text (never selecting it: a keystroke must not wipe it). */
  override focus(options?: FocusOptions): void {
    const control = this.renderRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>('#control');
    if (!control) return super.focus(options);
    control.focus(options);
    if (control instanceof HTMLSelectElement) return;
    try {
      control.setSelectionRange(control.value.length, control.value.length);
    } catch {
      // email, number and date inputs have no selection API: their caret is the browser's
    }
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  #onChange(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true })); // native change does not leave a shadow root
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing && this.type !== 'textarea' && this.type !== 'select' && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }

  #renderControl(describedBy: string | undefined) {
    const invalid = this.error ? 'true' : undefined;
    if (this.type === 'textarea') {
      return html`<textarea id="control" class="control" part="control" name=${this.name || nothing} rows=${this.rows}
        .value=${live(this.value)} ?required=${this.required} ?disabled=${this.disabled} ?readonly=${this.readonly}
        maxlength=${ifDefined(this.maxlength)} placeholder=${ifDefined(this.placeholder)} autocomplete=${ifDefined(this.autocomplete)}
        aria-invalid=${ifDefined(invalid)} aria-describedby=${ifDefined(describedBy)}
        @input=${this.#onInput} @change=${this.#onChange}></textarea>`;
    }
    if (this.type === 'select') {
      return html`<select id="control" class="control" part="control" name=${this.name || nothing}
        ?required=${this.required} ?disabled=${this.disabled || this.readonly}
        aria-invalid=${ifDefined(invalid)} aria-describedby=${ifDefined(describedBy)}
        @input=${this.#onInput} @change=${this.#onChange}>
        <option value="" ?selected=${!this.value}>${this.placeholder ?? this.#t.t('field.choose')}</option>
        ${this.options.map((o) => html`<option value=${o.value} ?selected=${o.value === this.value} ?disabled=${!!o.disabled}>${o.label}</option>`)}
      </select>`;
    }
    return html`<input id="control" class="control" part="control" type=${this.type} name=${this.name || nothing}
      .value=${live(this.value)} ?required=${this.required} ?disabled=${this.disabled} ?readonly=${this.readonly}
      maxlength=${ifDefined(this.maxlength)} placeholder=${ifDefined(this.placeholder)} autocomplete=${ifDefined(this.autocomplete)}
      min=${ifDefined(this.min)} max=${ifDefined(this.max)} step=${ifDefined(this.step)}
      list=${this.suggestions.length ? 'suggestions' : nothing}
      aria-invalid=${ifDefined(invalid)} aria-describedby=${ifDefined(describedBy)}
      @input=${this.#onInput} @change=${this.#onChange} @keydown=${this.#onKeydown}>${this.suggestions.length
        ? html`<datalist id="suggestions">${this.suggestions.map((o) => html`<option value=${o.value} label=${o.label}></option>`)}</datalist>`
        : nothing}`;
  }

  protected override render() {
    const counted = this.type === 'textarea' && this.maxlength !== undefined;
    const ids = [this.hint && 'hint', this.error && 'error', counted && 'counter'].filter(Boolean);
    const length = this.value.length;
    return html`<label for="control" class="label" part="label">${this.label}${this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
      ${this.#renderControl(ids.length ? ids.join(' ') : undefined)}
      ${this.hint ? html`<p id="hint" class="hint" part="hint">${this.hint}</p>` : nothing}
      ${this.error || counted
        ? html`<div class="meta">
            ${this.error ? html`<p id="error" class="error" part="error">${icon('error')}<span>${this.error}</span></p>` : nothing}
            ${counted
              ? html`<p id="counter" class="counter ${length >= this.maxlength! ? 'full' : ''}" part="counter">
                  <span aria-hidden="true">${this.format.number(length)}/${this.format.number(this.maxlength!)}</span>
                  <span class="visually-hidden">${this.#t.t('field.counter', { n: this.format.number(length), max: this.format.number(this.maxlength!) })}</span>
                </p>`
              : nothing}
          </div>`
        : nothing}`;
  }
}

define('me-field', MeField);

declare global {
  interface HTMLElementTagNameMap {
    'me-field': MeField;
  }
}
