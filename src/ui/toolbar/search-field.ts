import { css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';
import { icon } from '../icons.js';

/**
 * A labelled search box for list toolbars. Typing fires `me-search` once the user pauses
 * (`delay`, 300 ms), Enter fires it at once; the clear button and Esc empty it (and search again).
 *
 * @tagname me-search-field
 * @summary Labelled, debounced search box with a clear button.
 * @fires me-search - The text to search for. `detail: { value }` Not bubbling: listen on the element itself.
 * @fires input - The text changed (native, from the inner input); read `value`.
 * @csspart label - The label.
 * @csspart input - The search input.
 * @csspart clear - The clear button.
 * @cssprop --me-search-field-width - Width of the input (default 260px).
 */
export class MeSearchField extends MeElement {
  static override shadowRootOptions: ShadowRootInit = { ...MeElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: inline-grid; gap: var(--_space-1); }
      .box { position: relative; display: flex; align-items: center; width: var(--me-search-field-width, 260px); max-width: 100%; }
      .box > .icon { position: absolute; inset-inline-start: var(--_space-2); color: var(--_muted); pointer-events: none; }
      input { padding-inline: 28px 36px; }
      input::-webkit-search-cancel-button { display: none; }
      .icon-button { position: absolute; inset-inline-end: 2px; }
    `,
  ];

  /** Visible label (default "Pesquisar"). */
  @property() label?: string;
  /** Keeps the label for assistive technology only. */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;
  @property() placeholder?: string;
  /** The current text. */
  @property() value = '';
  /** Milliseconds of pause after typing before `me-search` fires. */
  @property({ type: Number }) delay = 300;

  @query('input') private input!: HTMLInputElement;

  readonly #t = new MessagesController(this, uiMessages);
  #timer?: ReturnType<typeof setTimeout>;
  #lastSearched = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lastSearched = this.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** Empties the field and searches for everything again. */
  clear(): void {
    this.value = '';
    this.#search();
    this.input?.focus();
  }

  #search(onlyIfChanged = false): void {
    clearTimeout(this.#timer);
    if (onlyIfChanged && this.value === this.#lastSearched) return;
    this.#lastSearched = this.value;
    dispatchOwn(this, 'me-search', { value: this.value });
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#search(true), this.delay);
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#search();
    } else if (event.key === 'Escape' && this.value) {
      event.preventDefault();
      event.stopPropagation(); // an Esc that clears the field must not also close a dialog around it
      this.clear();
    }
  }

  protected override render() {
    const t = this.#t.t;
    return html`<label for="input" part="label" class=${this.hideLabel ? 'visually-hidden' : 'label'}>${this.label || t('search.label')}</label>
      <div class="box">
        ${icon('search')}
        <input id="input" part="input" class="control" type="search" enterkeyhint="search" autocomplete="off"
          .value=${live(this.value)} placeholder=${this.placeholder ?? nothing}
          @input=${this.#onInput} @keydown=${this.#onKeydown}>
        ${this.value
          ? html`<button type="button" class="icon-button" part="clear" aria-label=${t('search.clear')} @click=${() => this.clear()}>${icon('close')}</button>`
          : nothing}
      </div>`;
  }
}

define('me-search-field', MeSearchField);

declare global {
  interface HTMLElementTagNameMap {
    'me-search-field': MeSearchField;
  }
  interface GlobalEventHandlersEventMap {
    'me-search': CustomEvent<{ value: string }>;
  }
}
