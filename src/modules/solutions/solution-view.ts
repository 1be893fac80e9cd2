import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { IdempotentAction } from '../../core/api/idempotency.js';
import { QueryController } from '../../core/cache.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import { loadSanitizer } from '../../core/sanitize.js';
import type { Solution, SolutionSummary } from '../../core/schemas/solutions.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { solutionsMessages } from '../../locales/solutions.js';
import '../../ui/badge.js';
import { controlStyles } from '../../ui/controls.styles.js';
import { icon } from '../../ui/icons.js';
import { sanitizedHtml } from '../../ui/sanitized-html.js';
import { describeError, renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import { solutionQuery, voteSolution } from './solutions.api.js';

/** How many related solutions the view lists (the server may name more). */
const MAX_RELATED = 4;

/**
 * One solution of the shared search, as a reader sees it: title, source (article or solved
 * request), product line and module, the text (untrusted HTML, sanitized), "Esse artigo foi útil?
 * Sim / Não" with "N de M usuários acharam isso útil" and the reader's own vote (one request per
 * click, changeable, the counts from the server's answer), and the related solutions. Used by
 * `<me-solutions>` and by the new-request form of `<me-tickets>`, which open it in place.
 *
 * @tagname me-solution-view
 * @summary A solution's text, the "was this helpful?" vote and related solutions.
 *
 * @fires me-solution-open - A related solution was chosen. `detail: { id: string }` Not bubbling: listen on the element itself and set `solutionId`.
 *
 * @csspart article - The solution.
 * @csspart meta - Source, product line, module and date.
 * @csspart content - The solution's text.
 * @csspart vote - "Esse artigo foi útil?", its buttons and the counts.
 * @csspart related - The related solutions.
 * @csspart state - Loading, error and not-found messages.
 * @csspart button - Buttons (vote, retry, related solutions).
 */
export class MeSolutionView extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    stateStyles,
    css`
      :host { display: block; }
      article { display: grid; gap: var(--_space-3); }
      h2 { margin: 0; font-size: var(--_font-size-lg); overflow-wrap: anywhere; }
      h3 { margin: 0; font-size: var(--_font-size); }
      .meta { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-1) var(--_space-2); margin: 0; color: var(--_muted); }
      .note { display: flex; gap: var(--_space-2); align-items: flex-start; margin: 0; color: var(--_muted); font-size: var(--_font-size-sm); }
      .note svg { flex: none; margin-top: 3px; }
      .content { overflow-wrap: anywhere; line-height: 1.5; }
      .content h2, .content h3, .content h4 { font-size: var(--_font-size); margin: var(--_space-3) 0 var(--_space-1); }
      .content p, .content ul, .content ol, .content pre { margin: 0 0 var(--_space-2); }
      .content pre, .content code { font-family: ui-monospace, monospace; font-size: var(--_font-size-sm); background: var(--_surface); border-radius: var(--_radius-sm); }
      .content pre { padding: var(--_space-2); overflow: auto; }
      .content code { padding: 0 2px; }
      .content pre code { padding: 0; background: none; }
      .content a { color: var(--_primary); }
      .content img { max-width: 100%; height: auto; }
      .content table { border-collapse: collapse; }
      .content th, .content td { border: 1px solid var(--_border); padding: var(--_space-1) var(--_space-2); text-align: start; }
      .vote { display: grid; gap: var(--_space-2); justify-items: start; padding: var(--_space-3); border: 1px solid var(--_border); border-radius: var(--_radius-sm); }
      .vote-buttons { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
      .vote .button[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); }
      .vote p { margin: 0; }
      .counts { font-variant-numeric: tabular-nums; }
      .mine, .muted { color: var(--_muted); }
      .error { display: flex; gap: var(--_space-2); align-items: flex-start; color: var(--_danger); }
      .related ul { display: grid; gap: var(--_space-1); margin: var(--_space-2) 0 0; padding: 0; list-style: none; }
      .link { font: inherit; color: var(--_primary); background: none; border: 0; padding: var(--_space-1) 0; min-height: 24px; text-align: start; text-decoration: underline; cursor: pointer; }
      .link:focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
      .related .meta { font-size: var(--_font-size-sm); }
    `,
  ];

  /** The solution shown (`GET /v1/solutions/{id}`). */
  @property({ attribute: 'solution-id' }) solutionId = '';

  /** the vote on its way (`true` yes, `false` no) */
  @state() private sending?: boolean;
  @state() private voteProblem?: { text: string; helpful: boolean };
  @state() private thanked = false;
  @state() private related: SolutionSummary[] = [];

  readonly #t = new MessagesController(this, solutionsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #solution = new QueryController<Solution>(this, () => this.portal?.queryClient, () => solutionQuery(this.portal, this.solutionId || undefined));
  /** one key per vote (solution + answer), kept while the reader retries it */
  readonly #vote = new IdempotentAction();
  #relatedFor?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // the sanitizer chunk loads while the solution is on its way
    void loadSanitizer().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('solutionId')) {
      this.voteProblem = undefined;
      this.thanked = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const solution = this.#solution.data;
    const key = solution ? `${solution.id} ${solution.relatedIds.join(',')}` : undefined;
    if (solution && key !== this.#relatedFor) {
      this.#relatedFor = key;
      void this.#loadRelated(solution, key!);
    }
  }

  /**
   * The titles of the related solutions: each is one `GET /v1/solutions/{id}` (the contract names
   * them by id only), at most {@link MAX_RELATED}, after the solution itself is shown; they land in
   * the cache, so opening one is instant. One that fails is left out.
   */
  async #loadRelated(solution: Solution, key: string): Promise<void> {
    this.related = [];
    const portal = this.portal;
    if (!portal) return;
    const ids = solution.relatedIds.filter((id) => id !== solution.id).slice(0, MAX_RELATED);
    const answers = await Promise.allSettled(ids.map((id) => {
      const options = solutionQuery(portal, id)!;
      return portal.queryClient.ensureQueryData({ queryKey: options.queryKey, queryFn: options.queryFn!, staleTime: options.staleTime });
    }));
    if (this.#relatedFor !== key) return;
    this.related = answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value as Solution] : []));
  }

  /** A vote: the second click of a double click, a click while one is on its way and the vote already given send nothing. */
  #onVote(event: MouseEvent, helpful: boolean): void {
    const solution = this.#solution.data;
    if (event.detail > 1 || this.sending !== undefined || !solution || solution.myVote === helpful) return;
    void this.#send(solution.id, helpful);
  }

  async #send(id: string, helpful: boolean): Promise<void> {
    const portal = this.portal;
    if (!portal || this.sending !== undefined) return;
    this.sending = helpful;
    this.voteProblem = undefined;
    this.thanked = false;
    try {
      await voteSolution(portal, id, helpful, this.#vote.keyFor({ id, helpful }));
      this.#vote.complete();
      if (this.solutionId === id) this.thanked = true;
    } catch (error) {
      if (this.solutionId === id) this.voteProblem = { text: this.#t.t('solution.vote.failed', { reason: describeError(error, this.#c.t) }), helpful };
      if (error instanceof ApiError && error.status === 404) void this.#solution.refetch();
    } finally {
      this.sending = undefined;
    }
  }

  #open(id: string): void {
    dispatchOwn(this, 'me-solution-open', { id });
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t, { needsOrganization: false });
    if (gate) return gate;
    const t = this.#t.t;
    const result = this.#solution.result;
    if (!this.solutionId) return nothing;
    if (!result || result.isPending) return renderState('loading', { title: t('solution.loading') });
    if (result.isError && !result.data) {
      if (result.error instanceof ApiError && result.error.status === 404) {
        return renderState('empty', { title: t('solution.notFound.title'), detail: t('solution.notFound.detail') });
      }
      return renderError(result.error, this.#c.t, () => void this.#solution.refetch());
    }
    const solution = result.data!;
    return html`<article part="article" aria-labelledby="solution-title">
      <h2 id="solution-title">${solution.title}</h2>
      ${this.#renderMeta(solution, true)}
      ${solution.source === 'ticket' ? html`<p class="note">${icon('info')} <span>${t('solution.ticketNote')}</span></p>` : nothing}
      <section class="content" part="content" aria-label=${t('solution.content')}>
        ${sanitizedHtml(solution.bodyHtml, html`<p class="muted">${t('solution.bodyLoading')}</p>`)}
      </section>
      ${this.#renderVote(solution)}
      ${this.related.length
        ? html`<section class="related" part="related" aria-labelledby="related-title">
            <h3 id="related-title">${t('solution.related')}</h3>
            <ul>${this.related.map((item) => html`<li>
              <button type="button" class="link" part="button related-link" data-id=${item.id} @click=${() => this.#open(item.id)}>${item.title}</button>
              ${this.#renderMeta(item, false)}
            </li>`)}</ul>
          </section>`
        : nothing}
    </article>`;
  }

  #renderMeta(item: SolutionSummary, withDate: boolean) {
    const t = this.#t.t;
    return html`<p class="meta" part="meta">
      <me-badge tone=${item.source === 'article' ? 'info' : 'success'}>${t(`solutions.source.${item.source}`)}</me-badge>
      ${item.productLine ? html`<span>${item.productLine.name}${item.module ? ` · ${item.module}` : ''}</span>` : nothing}
      ${withDate ? html`<span>${t('solutions.updated', { date: this.format.date(item.updatedAt) })}</span>` : nothing}
    </p>`;
  }

  #renderVote(solution: Solution) {
    const t = this.#t.t;
    const { yes, no } = solution.helpful;
    const total = yes + no;
    const problem = this.voteProblem;
    const button = (helpful: boolean) => {
      const pending = this.sending === helpful;
      return html`<button type="button" class="button secondary" part="button vote-${helpful ? 'yes' : 'no'}"
        aria-pressed=${solution.myVote === helpful ? 'true' : 'false'} aria-disabled=${this.sending !== undefined ? 'true' : 'false'}
        aria-describedby="vote-counts" @click=${(e: MouseEvent) => this.#onVote(e, helpful)}>
        ${pending ? html`<span class="visually-hidden">${t('solution.vote.sending')}</span>` : nothing}
        ${t(helpful ? 'solution.vote.yes' : 'solution.vote.no')}</button>`;
    };
    return html`<section class="vote" part="vote" aria-labelledby="vote-question">
      <h3 id="vote-question">${t('solution.vote.question')}</h3>
      <div class="vote-buttons" role="group" aria-labelledby="vote-question">${button(true)}${button(false)}</div>
      <p class="counts" id="vote-counts">${total
        ? t('solution.vote.count', { yes: this.format.number(yes), total: this.format.number(total) })
        : t('solution.vote.countNone')}</p>
      ${solution.myVote !== null ? html`<p class="mine">${t(solution.myVote ? 'solution.vote.mine.yes' : 'solution.vote.mine.no')}</p>` : nothing}
      <div role="status">${this.thanked ? html`<p>${icon('checkCircle')} ${t('solution.vote.thanks')}</p>` : nothing}</div>
      <div role="alert">${problem
        ? html`<p class="error">${icon('error')} <span>${problem.text}</span></p>
          <button type="button" class="button secondary" part="button retry"
            @click=${(e: MouseEvent) => { if (e.detail <= 1) void this.#send(solution.id, problem.helpful); }}>${t('solution.vote.retry')}</button>`
        : nothing}</div>
    </section>`;
  }
}

define('me-solution-view', MeSolutionView);

declare global {
  interface HTMLElementTagNameMap {
    'me-solution-view': MeSolutionView;
  }
  interface GlobalEventHandlersEventMap {
    'me-solution-open': CustomEvent<{ id: string }>;
  }
}
