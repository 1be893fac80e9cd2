import { hashKey } from '@tanstack/query-core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController, type QueryOptions } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { dispatch } from '../../core/events.js';
import { FirstView } from '../../core/first-view.js';
import { MessagesController } from '../../core/i18n.js';
import type { ProductLines } from '../../core/schemas/products.js';
import type { SolutionList, SolutionListQuery, SolutionSort, SolutionSource, SolutionSummary } from '../../core/schemas/solutions.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { solutionsMessages } from '../../locales/solutions.js';
import '../../ui/badge.js';
import { controlStyles } from '../../ui/controls.styles.js';
import '../../ui/pagination.js';
import { renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import '../../ui/toolbar/index.js';
import type { SelectOption } from '../../ui/toolbar/select.js';
import { catalogQuery } from '../products/products.api.js';
import './solution-view.js';
import { markTerms, searchTerms } from './solution-text.js';
import { solutionsQuery } from './solutions.api.js';
import { solutionsStyles } from './solutions.styles.js';

/** Sort choices; `''` is the server's default (relevance to `q`, else the most recent). */
type SortChoice = '' | SolutionSort;

/**
 * "Busca de soluções": the support centre's shared solution search — knowledge-base articles and
 * the solved requests other customers share ("compartilhar minhas solicitações na busca de
 * soluções" in Meus produtos), with the requester's data removed. Search text, product line,
 * source and order; server-paged results with the matched words marked in the excerpt and "N de M
 * acharam útil"; a result opens the solution in place (sanitized text, "Esse artigo foi útil? Sim
 * / Não", related solutions) and "Voltar aos resultados" returns to the same page of results,
 * focus on the result that was opened. Needs no organization: solutions are shared by all.
 *
 * @tagname me-solutions
 * @summary Search of knowledge-base articles and shared solved requests, with "was this helpful?".
 *
 * @fires me-solution-opened - A solution was opened, or the results shown again (`solutionId` absent). `detail: { solutionId?: string }` The full layout mirrors it in the hash (`#/solutions/<id>`).
 *
 * @csspart toolbar - The search field and filters.
 * @csspart summary - How many solutions were found.
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart excerpt - A result's excerpt, the matched words in `<mark>`.
 * @csspart pagination - The result pages.
 * @csspart view - The open solution and the way back.
 * @csspart state - Loading, empty, error and configuration messages.
 * @csspart button - Buttons (back, clear, retry).
 */
export class MeSolutions extends MeElement {
  static override styles = [tokens, controlStyles, stateStyles, solutionsStyles];

  /** The search text. */
  @property({ reflect: true }) q = '';
  /** Only solutions of this product line (an id of `GET /v1/catalog/product-lines`). */
  @property({ attribute: 'product-line-id' }) productLineId = '';
  /** Only articles (`article`) or only shared solved requests (`ticket`); empty for both. */
  @property() source: '' | SolutionSource = '';
  /** The solution open in place (deep link); empty shows the results. */
  @property({ attribute: 'solution-id' }) solutionId = '';
  /** Results per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  @state() private page = 1;
  @state() private sort: SortChoice = '';

  readonly #t = new MessagesController(this, solutionsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #results = new QueryController<SolutionList>(this, () => this.portal?.queryClient, () => this.#resultsQuery());
  /** the product lines are the filter's options, not first-view data */
  readonly #firstView = new FirstView(this, () => this.portal?.status === 'ready' && !!this.#results.result && !this.#results.result.isPending);
  readonly #lines = new QueryController<ProductLines>(this, () => this.portal?.queryClient, () => (this.#firstView.shown ? catalogQuery(this.portal) : undefined));
  /** the result that opened the solution: focus returns to it */
  #openedFrom?: string;

  /**
   * The page asked for; another page of the same search loads under the one shown (kept, marked
   * busy), so the pagination — and the focus on it — stays instead of blinking to a loading state.
   */
  #resultsQuery(): QueryOptions<SolutionList> | undefined {
    const query = this.#query();
    const options = solutionsQuery(this.portal, query);
    if (!options) return undefined;
    const { page: _page, ...search } = query;
    return {
      ...options,
      placeholderData: (previous, previousQuery) => {
        const shown = previousQuery?.queryKey[2] as SolutionListQuery | undefined;
        if (!shown) return undefined;
        const { page: _shownPage, ...shownSearch } = shown;
        return hashKey([shownSearch]) === hashKey([search]) ? previous : undefined;
      },
    };
  }

  #query(): SolutionListQuery {
    const query: SolutionListQuery = { page: this.page, pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10)) };
    const q = this.q.trim();
    if (q) query.q = q;
    if (this.productLineId) query.productLineId = this.productLineId;
    if (this.source) query.source = this.source;
    if (this.sort) query.sort = this.sort;
    return query;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // another search starts from its first page
    if ((changed.has('q') && changed.get('q') !== undefined) || (changed.has('productLineId') && changed.get('productLineId') !== undefined)
      || (changed.has('source') && changed.get('source') !== undefined) || (changed.has('pageSize') && changed.get('pageSize') !== undefined)) {
      this.page = 1;
    }
  }

  /** Opens a solution in place (as a click on a result does). */
  openSolution(id: string): void {
    this.solutionId = id;
    dispatch(this, 'me-solution-opened', { solutionId: id });
  }

  async #open(id: string): Promise<void> {
    this.#openedFrom = id;
    this.openSolution(id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.back')?.focus();
  }

  async #back(): Promise<void> {
    this.solutionId = '';
    dispatch(this, 'me-solution-opened', {});
    await this.updateComplete;
    const from = this.#openedFrom && this.renderRoot.querySelector<HTMLElement>(`.open[data-id="${CSS.escape(this.#openedFrom)}"]`);
    (from || this.renderRoot.querySelector<HTMLElement>('me-search-field'))?.focus();
  }

  #clear(): void {
    this.q = '';
    this.productLineId = '';
    this.source = '';
    this.sort = '';
    this.page = 1;
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t, { needsOrganization: false });
    if (gate) return gate;
    // the results stay rendered (hidden) under an open solution: the way back finds the same page, focus target and scroll
    return html`<div class="solutions" ?hidden=${!!this.solutionId}>${this.#renderSearch()}</div>
      ${this.solutionId
        ? html`<div class="view" part="view">
            <button type="button" class="button secondary back" part="button back" @click=${() => void this.#back()}>${this.#t.t('solutions.back')}</button>
            <me-solution-view .solutionId=${this.solutionId} @me-solution-open=${(e: CustomEvent<{ id: string }>) => this.openSolution(e.detail.id)}></me-solution-view>
          </div>`
        : nothing}`;
  }

  #renderSearch() {
    const t = this.#t.t;
    const lines: SelectOption[] = [{ value: '', label: t('solutions.filter.line.all') },
      ...(this.#lines.data ?? []).map((line) => ({ value: line.id, label: line.name }))];
    if (this.productLineId && !lines.some((o) => o.value === this.productLineId)) lines.push({ value: this.productLineId, label: this.productLineId });
    const active = [this.productLineId, this.source, this.sort].filter(Boolean).length;
    return html`<p class="intro">${t('solutions.intro')}</p>
      <me-toolbar part="toolbar" label=${t('solutions.filters')} active=${active}>
        <me-search-field slot="search" label=${t('solutions.search')} placeholder=${t('solutions.search.placeholder')} .value=${this.q}
          @me-search=${(e: CustomEvent<{ value: string }>) => { this.q = e.detail.value; }}></me-search-field>
        <me-select label=${t('solutions.filter.line')} .options=${lines} .value=${this.productLineId}
          @focusin=${() => this.#firstView.want()} @pointerenter=${() => this.#firstView.want()}
          @change=${(e: CustomEvent<{ value: string }>) => { this.productLineId = e.detail.value; }}></me-select>
        <me-select label=${t('solutions.filter.source')} .value=${this.source}
          .options=${[{ value: '', label: t('solutions.filter.source.all') }, { value: 'article', label: t('solutions.source.article') }, { value: 'ticket', label: t('solutions.source.ticket') }]}
          @change=${(e: CustomEvent<{ value: string }>) => { this.source = e.detail.value as '' | SolutionSource; }}></me-select>
        <me-select label=${t('solutions.sort')} .value=${this.sort}
          .options=${[{ value: '', label: t('solutions.sort.relevance') }, { value: '-updatedAt', label: t('solutions.sort.recent') }, { value: 'title', label: t('solutions.sort.title') }]}
          @change=${(e: CustomEvent<{ value: string }>) => { this.sort = e.detail.value as SortChoice; this.page = 1; }}></me-select>
      </me-toolbar>
      ${this.#renderResults()}`;
  }

  #renderResults() {
    const t = this.#t.t;
    const result = this.#results.result;
    if (!result || (result.isPending && !result.data)) return renderState('loading', { title: this.#c.t('state.loading') });
    if (result.isError && !result.data) return renderError(result.error, this.#c.t, () => void this.#results.refetch());
    const list = result.data!;
    const q = this.q.trim();
    if (!list.items.length) {
      const filtered = q || this.productLineId || this.source;
      return renderState('empty', {
        title: t('solutions.empty.title'), detail: t('solutions.empty.detail'),
        ...(filtered ? { onRetry: () => this.#clear(), retryLabel: t('solutions.empty.clear') } : {}),
      });
    }
    const terms = searchTerms(q);
    const n = this.format.number(list.total);
    const summary = q ? this.#t.plural('solutions.count.for', list.total, { n, q }) : this.#t.plural('solutions.count', list.total, { n });
    return html`<p class="summary" part="summary" role="status">${summary}</p>
      <ol class="results" part="results" aria-label=${t('solutions.results')} aria-busy=${result.isFetching ? 'true' : 'false'}>
        ${list.items.map((item) => this.#renderResult(item, terms))}
      </ol>
      ${list.total > list.pageSize
        ? html`<me-pagination part="pagination" label=${t('solutions.pages')} page=${list.page} page-size=${list.pageSize} total=${list.total}
            @me-page-change=${(e: CustomEvent<{ page: number }>) => void this.#toPage(e.detail.page)}></me-pagination>`
        : nothing}`;
  }

  async #toPage(page: number): Promise<void> {
    this.page = page;
    await this.updateComplete;
    this.renderRoot.querySelector('.summary')?.scrollIntoView?.({ block: 'nearest' });
  }

  #renderResult(item: SolutionSummary, terms: string[]) {
    const t = this.#t.t;
    const { yes, no } = item.helpful;
    return html`<li class="result" part="result">
      <h3><button type="button" class="open" data-id=${item.id} @click=${() => void this.#open(item.id)}>${this.#marked(item.title, terms)}</button></h3>
      <p class="meta">
        <me-badge tone=${item.source === 'article' ? 'info' : 'success'}>${t(`solutions.source.${item.source}`)}</me-badge>
        ${item.productLine ? html`<span>${item.productLine.name}${item.module ? ` · ${item.module}` : ''}</span>` : nothing}
        <span>${yes + no ? t('solutions.helpful.count', { yes: this.format.number(yes), total: this.format.number(yes + no) }) : t('solutions.helpful.none')}</span>
      </p>
      <p class="excerpt" part="excerpt">${this.#marked(item.excerpt, terms)}</p>
    </li>`;
  }

  #marked(text: string, terms: string[]) {
    return markTerms(text, terms).map((run) => (run.marked ? html`<mark>${run.text}</mark>` : run.text));
  }
}
