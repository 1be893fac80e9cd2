import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { tokens } from '../../core/theme.js';
import { controlStyles } from '../controls.styles.js';
import { icon } from '../icons.js';

export interface CheckboxOption {
  value: string;
  label: string;
}

/**
 * A set of choices whose value is the list of the checked ones (`string[]`, in the options'
 * order): a `fieldset` named by its `legend`, one native checkbox per option (Tab moves between
 * them, Space toggles), the hint and error in the same shadow root as the fieldset that
 * `aria-describedby` names them from. Bound by a FormController's `field()` like `<me-field>`
 * (the value goes in and comes back as an array). Form-associated: inside a `<form>` it submits
 * one `name=value` per checked option.
 *
 * @tagname me-checkbox-group
 * @summary Labelled group of checkboxes with a string-array value, hint and error.
 * @fires input - A checkbox was toggled (native, composed from the checkbox); read `value`.
 * @fires change - The user committed a toggle (native semantics, re-dispatched from the host); read `value`.
 * @csspart group - The fieldset.
 * @csspart legend - The legend (the group's label).
 * @csspart option - Each option's label with its checkbox.
 * @csspart checkbox - Each native checkbox.
 * @csspart hint - The hint below the options.
 * @csspart error - The error message.
 */
export class MeCheckboxGroup extends MeElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...MeElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: block; }
      fieldset { margin: 0; padding: 0; border: 0; min-width: 0; display: grid; gap: var(--_space-1); }
      legend { padding: 0; margin-bottom: var(--_space-1); }
      .options { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-4); }
      .option { display: inline-flex; align-items: center; gap: var(--_space-2); min-height: 32px; cursor: pointer; }
      .option.disabled { cursor: not-allowed; opacity: 0.6; }
      input { width: 18px; height: 18px; margin: 0; accent-color: var(--_primary); }
      input:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
      input[aria-invalid='true'] { outline: 2px solid var(--_danger); outline-offset: 1px; }
    `,
  ];

  /** The group's label (the fieldset's legend). */
  @property() label = '';
  @property({ reflect: true }) name = '';
  /** The choices, in display order. */
  @property({ attribute: false }) options: CheckboxOption[] = [];
  /** The checked options' values. */
  @property({ attribute: false }) value: string[] = [];
  @property() hint?: string;
  /** The error to show; empty when valid. Sets `aria-invalid` on the checkboxes. */
  @property() error?: string;
  @property({ type: Boolean }) disabled = false;

  readonly #internals = this.attachInternals();

  /** The form this group belongs to (null outside a form or in another shadow root). */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('name')) {
      if (!this.name) {
        this.#internals.setFormValue(null);
        return;
      }
      const data = new FormData();
      for (const value of this.value) data.append(this.name, value);
      this.#internals.setFormValue(data);
    }
  }

  formResetCallback(): void {
    this.value = [];
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** the checked values in the options' order (values no option has are kept, at the end) */
  #toggle(optionValue: string, checked: boolean): void {
    const set = new Set(this.value);
    if (checked) set.add(optionValue);
    else set.delete(optionValue);
    const known = this.options.map((o) => o.value);
    this.value = [...known.filter((v) => set.has(v)), ...[...set].filter((v) => !known.includes(v))];
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#toggle(input.value, input.checked);
  }

  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#toggle(input.value, input.checked);
    this.dispatchEvent(new Event('change', { bubbles: true })); // native change does not leave a shadow root
  }

  protected override render() {
    const ids = [this.hint && 'hint', this.error && 'error'].filter(Boolean);
    const invalid = this.error ? 'true' : undefined;
    return html`<fieldset part="group" ?disabled=${this.disabled} aria-describedby=${ifDefined(ids.length ? ids.join(' ') : undefined)}>
      <legend class="label" part="legend">${this.label}</legend>
      <div class="options">
        ${this.options.map((option) => html`<label class="option ${this.disabled ? 'disabled' : ''}" part="option">
          <input type="checkbox" part="checkbox" .value=${option.value} .checked=${live(this.value.includes(option.value))}
            aria-invalid=${ifDefined(invalid)} @input=${this.#onInput} @change=${this.#onChange}>
          <span>${option.label}</span>
        </label>`)}
      </div>
      ${this.hint ? html`<p id="hint" class="hint" part="hint">${this.hint}</p>` : nothing}
      ${this.error ? html`<p id="error" class="error" part="error">${icon('error')}<span>${this.error}</span></p>` : nothing}
    </fieldset>`;
  }
}

define('me-checkbox-group', MeCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'me-checkbox-group': MeCheckboxGroup;
  }
}
