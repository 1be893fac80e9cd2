import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';
import { icon } from '../icons.js';

/** `change` of `<me-date-range>`: dates as `YYYY-MM-DD`, `''` when open-ended. */
export type MeDateRangeChangeEvent = CustomEvent<{ from: string; to: string }>;

/**
 * A period filter: two labelled native date inputs. A start after the end is refused with an
 * inline message (and no `change`) until the user fixes it.
 *
 * @tagname me-date-range
 * @summary From/to date filter with validation.
 * @fires change - A valid period was chosen. `detail: { from, to }` (`YYYY-MM-DD` or `''`). Bubbles inside the shadow root it is in, not out of it.
 * @csspart group - The fieldset.
 * @csspart input - Each date input.
 * @csspart error - The inline validation message.
 */
export class MeDateRange extends MeElement {
  static override shadowRootOptions: ShadowRootInit = { ...MeElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: inline-block; }
      fieldset { display: grid; grid-template-columns: repeat(2, minmax(140px, 1fr)); gap: var(--_space-1) var(--_space-2); margin: 0; padding: 0; border: 0; min-width: 0; }
      legend { padding: 0; margin-bottom: var(--_space-1); }
      .part { display: grid; gap: 2px; }
      .part label { font-size: var(--_font-size-sm); color: var(--_muted); }
      .error { grid-column: 1 / -1; }
    `,
  ];

  /** Visible group label (default "Período"). */
  @property() label?: string;
  /** Keeps the group label for assistive technology only. */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;
  /** Start date, `YYYY-MM-DD` or `''`. */
  @property() from = '';
  /** End date, `YYYY-MM-DD` or `''`. */
  @property() to = '';
  /** Earliest date allowed. */
  @property() min?: string;
  /** Latest date allowed. */
  @property() max?: string;

  readonly #t = new MessagesController(this, uiMessages);

  /** Whether the start falls after the end (dates in `YYYY-MM-DD` compare as strings). */
  get invalid(): boolean {
    return !!this.from && !!this.to && this.from > this.to;
  }

  #onChange(which: 'from' | 'to', event: Event): void {
    event.stopPropagation(); // the inner input's change; ours carries both dates
    this[which] = (event.target as HTMLInputElement).value;
    if (this.invalid) return;
    this.dispatchEvent(new CustomEvent('change', { detail: { from: this.from, to: this.to }, bubbles: true }));
  }

  protected override render() {
    const t = this.#t.t;
    const invalid = this.invalid;
    return html`<fieldset part="group" aria-describedby=${invalid ? 'error' : nothing}>
      <legend class=${this.hideLabel ? 'visually-hidden' : 'label'}>${this.label || t('dateRange.label')}</legend>
      <div class="part">
        <label for="from">${t('dateRange.from')}</label>
        <input id="from" part="input" class="control" type="date" .value=${live(this.from)} min=${this.min ?? nothing}
          max=${this.to || this.max || nothing} aria-invalid=${invalid ? 'true' : nothing} @change=${(e: Event) => this.#onChange('from', e)}>
      </div>
      <div class="part">
        <label for="to">${t('dateRange.to')}</label>
        <input id="to" part="input" class="control" type="date" .value=${live(this.to)} min=${this.from || this.min || nothing}
          max=${this.max ?? nothing} aria-invalid=${invalid ? 'true' : nothing} aria-describedby=${invalid ? 'error' : nothing}
          @change=${(e: Event) => this.#onChange('to', e)}>
      </div>
      ${invalid ? html`<p id="error" class="error" part="error" role="alert">${icon('error')}<span>${t('dateRange.invalid')}</span></p>` : nothing}
    </fieldset>`;
  }
}

define('me-date-range', MeDateRange);

declare global {
  interface HTMLElementTagNameMap {
    'me-date-range': MeDateRange;
  }
}
