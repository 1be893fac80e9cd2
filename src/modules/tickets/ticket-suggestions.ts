import { keepPreviousData } from '@tanstack/query-core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController } from '../../core/cache.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { SolutionSuggestions, SolutionSummary } from '../../core/schemas/solutions.js';
import { tokens } from '../../core/theme.js';
import { ticketsMessages } from '../../locales/tickets.js';
import { controlStyles } from '../../ui/controls.styles.js';
import { SUGGESTIONS_MIN_LENGTH, suggestionsQuery } from '../solutions/solutions.api.js';

/**
 * Quiet time after the last keystroke before the subject is asked about. Typing runs at 150–300 ms
 * a key (bursts faster): 350 ms waits out the gaps inside a word and most between words, so a
 * subject typed in one go costs one or two requests, and the list still follows a pause at once.
 */
export const SUGGESTIONS_DEBOUNCE_MS = 350;

type Asked = { q: string; line: string | undefined };

/**
 * The solutions that may answer a new request before it is opened: `GET /v1/solutions/suggestions`
 * for the subject typed so far (debounced, trimmed, at least 3 characters) and the chosen product's
 * line, through the shared cache (one entry per subject and line). While the next subject is asked
 * about, the last list stays (marked busy) instead of blinking away; a newer subject's answer is
 * the only one ever shown (the older request is aborted). A failure or no match shows nothing: the
 * form never waits for, nor complains about, suggestions. Internal part of `<me-ticket-new>`.
 *
 * @tagname me-ticket-suggestions
 * @summary Solutions suggested for a new request's subject.
 * @fires me-suggestion-open - A suggestion was chosen. `detail: { id }` Not bubbling: listen on the element.
 * @csspart suggestions - The list and its heading (absent when there is none).
 * @csspart suggestion - One suggestion's link.
 */
export class MeTicketSuggestions extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: block; }
      section { margin-top: var(--_space-2); padding: var(--_space-2) var(--_space-3); border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_surface); }
      section[aria-busy='true'] { opacity: 0.7; }
      h3 { margin: 0; font-size: var(--_font-size-sm); }
      ul { display: grid; gap: var(--_space-1); margin: var(--_space-1) 0 0; padding: 0; list-style: none; }
      .link { font: inherit; color: var(--_primary); background: none; border: 0; padding: 2px 0; min-height: 24px; text-align: start; text-decoration: underline; cursor: pointer; overflow-wrap: anywhere; }
      .link:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
      .meta { margin: 0; color: var(--_muted); font-size: var(--_font-size-sm); }
    `,
  ];

  /** The subject as typed. */
  @property() subject = '';
  /** The chosen product's line (`Product.lineId`), if any. */
  @property({ attribute: false }) productLineId?: string;

  /** what is asked about now (after the pause) */
  @state() private asked?: Asked;

  readonly #t = new MessagesController(this, ticketsMessages);
  readonly #query = new QueryController<SolutionSuggestions>(this, () => this.portal?.queryClient, () => {
    const options = this.asked && suggestionsQuery(this.portal, this.asked.q, this.asked.line);
    return options && { ...options, placeholderData: keepPreviousData };
  });
  #timer?: ReturnType<typeof setTimeout>;
  /** the live message last set: said again only when it changes, never on each keystroke */
  #said = '';

  /** Focuses the link of suggestion `id`; false when it is no longer listed. */
  focusSuggestion(id: string): boolean {
    const link = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.link')].find((button) => button.dataset.id === id);
    link?.focus();
    return !!link;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('subject') && !changed.has('productLineId')) return;
    const next: Asked = { q: this.subject.trim(), line: this.productLineId || undefined };
    clearTimeout(this.#timer);
    if (next.q.length < SUGGESTIONS_MIN_LENGTH) {
      this.asked = undefined;
    } else if (next.q !== this.asked?.q || next.line !== this.asked.line) {
      // a product chosen is one deliberate change: asked at once; typing waits for the pause
      if (this.asked && next.q === this.asked.q) this.asked = next;
      else this.#timer = setTimeout(() => { this.asked = next; }, SUGGESTIONS_DEBOUNCE_MS);
    }
  }

  protected override render() {
    const result = this.#query.result;
    const items = (this.asked && result?.data?.items) || [];
    const settled = !result || !result.isPlaceholderData;
    if (settled) this.#said = items.length ? this.#t.plural('new.suggestions.count', items.length, { n: this.format.number(items.length) }) : '';
    const t = this.#t.t;
    return html`<div class="visually-hidden" role="status">${this.#said}</div>
      ${items.length
        ? html`<section part="suggestions" aria-labelledby="suggestions-title" aria-busy=${settled ? 'false' : 'true'}>
            <h3 id="suggestions-title">${t('new.suggestions.title')}</h3>
            <ul>${items.map((item, i) => html`<li>
              <button type="button" class="link" part="suggestion" data-id=${item.id} aria-describedby="suggestion-meta-${i}"
                @click=${() => dispatchOwn(this, 'me-suggestion-open', { id: item.id })}>${item.title}</button>
              <p class="meta" id="suggestion-meta-${i}">${this.#meta(item)}</p>
            </li>`)}</ul>
          </section>`
        : nothing}`;
  }

  #meta(item: SolutionSummary): string {
    const t = this.#t.t;
    const { yes, no } = item.helpful;
    return [
      t(`new.suggestions.source.${item.source}`),
      ...(item.productLine ? [item.productLine.name] : []),
      yes + no ? t('new.suggestions.helpful', { yes: this.format.number(yes), total: this.format.number(yes + no) }) : t('new.suggestions.helpful.none'),
    ].join(' · ');
  }
}

define('me-ticket-suggestions', MeTicketSuggestions);

declare global {
  interface HTMLElementTagNameMap {
    'me-ticket-suggestions': MeTicketSuggestions;
  }
  interface GlobalEventHandlersEventMap {
    'me-suggestion-open': CustomEvent<{ id: string }>;
  }
}
