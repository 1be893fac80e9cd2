import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { CompareBy, MaturityIndex } from '../../core/schemas/maturity.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { imgIndexMessages } from '../../locales/img-index.js';
import '../../ui/chart/me-chart.js';
import { printStyles } from '../../ui/print.js';
import { renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import { COMPARE_BY, maturityQuery } from './img-index.api.js';
import type { ImgPrintContent } from './img-index.print.js';
import { imgIndexStyles } from './img-index.styles.js';
import { byGain, chronological, dimensionsSummary, historySummary, scoreText, type SummaryText } from './img-index.summary.js';

const RANKS = [1, 2, 3, 4, 5] as const;

/**
 * "Índice de Maturidade (IMG)": the organization's maturity score (0–100) and level on a 5-step
 * scale, its dimensions against the average of comparable companies (by segment, subsegment or
 * size, switchable; each comparison is one request, cached), its percentile in that group, the
 * score's history and the improvement opportunities sorted by potential gain. Both charts are
 * `<me-chart>`s with a summary sentence computed from the data and a table of the same numbers.
 *
 * @tagname me-img-index
 * @summary Maturity index (IMG): score, level, dimensions vs peers, history and opportunities.
 *
 * @fires me-img-compare-change - The user chose another comparison group. `detail: { compareBy }`.
 *
 * @csspart card - The card holding everything.
 * @csspart score - The score, level and scale block.
 * @csspart scale - The 5-step level scale.
 * @csspart compare - The comparison switch (radio group).
 * @csspart peers - The peer group's figures (label, sample, average, percentile).
 * @csspart opportunities - The list of improvement opportunities.
 * @csspart opportunity - One opportunity.
 * @csspart state - Loading, empty, error, no-permission and configuration messages.
 * @csspart button - Buttons (print, retry).
 *
 * @cssprop --me-img-chart-height - Height of each chart's plot (default 280px).
 */
export class MeImgIndex extends MeElement {
  static override styles = [tokens, stateStyles, printStyles, imgIndexStyles];

  /** The peer group compared against: `segment` (default), `subsegment` or `size`. */
  @property({ attribute: 'compare-by' }) compareBy: CompareBy = 'segment';

  @state() private printError = '';

  readonly #t = new MessagesController(this, imgIndexMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #index = new QueryController<MaturityIndex>(this, () => this.portal?.queryClient, () => maturityQuery(this.portal, this.#compareBy));

  /** An unknown `compare-by` value reads as the default. */
  get #compareBy(): CompareBy {
    return COMPARE_BY.includes(this.compareBy) ? this.compareBy : 'segment';
  }

  get #text(): SummaryText {
    const format = this.format;
    return { t: this.#t.t, format, points: (n) => this.#t.plural('img.points', n, { n: scoreText(format, n) }) };
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const result = this.#index.result;
    if (!result || result.isPending) return renderState('loading', { title: this.#c.t('state.loading') });
    if (result.isError) return renderError(result.error, this.#c.t, () => void this.#index.refetch());
    return this.#renderIndex(result.data, result.isPlaceholderData);
  }

  #renderIndex(data: MaturityIndex, updating: boolean) {
    const t = this.#t.t;
    return html`<article class="card" part="card" aria-labelledby="title">
      <header class="head">
        <div>
          <h2 id="title">${t('img.title')}</h2>
          <p class="muted">${t('img.computedAt', { date: this.format.date(data.computedAt) })}</p>
        </div>
        <button type="button" class="button secondary" part="button print" @click=${() => void this.#print(data)}>${t('img.print')}</button>
      </header>
      ${this.printError ? html`<p class="error" role="alert">${this.printError}</p>` : nothing}
      <div class="top">
        ${this.#renderScore(data)}
        ${this.#renderCompare(data, updating)}
      </div>
      <div class="charts">
        <section class="panel" aria-labelledby="dimensions-title">
          <h3 id="dimensions-title">${t('img.dimensions.caption')}</h3>
          ${this.#renderDimensions(data)}
        </section>
        <section class="panel" aria-labelledby="history-title">
          <h3 id="history-title">${t('img.history.title')}</h3>
          ${this.#renderHistory(data)}
        </section>
      </div>
      ${this.#renderOpportunities(data)}
    </article>`;
  }

  #renderScore(data: MaturityIndex) {
    const t = this.#t.t;
    const { rank, name } = data.level;
    const score = scoreText(this.format, data.score);
    return html`<section class="panel score" part="score" aria-labelledby="score-title">
      <h3 id="score-title">${t('img.score')}</h3>
      <p class="value" aria-label=${t('img.scoreLabel', { score })}><strong>${score}</strong> <span aria-hidden="true">${t('img.outOf')}</span></p>
      <p class="level">${t('img.level', { rank, name })}</p>
      <ol class="scale" part="scale" aria-label=${t('img.scale', { rank })}>
        ${RANKS.map((step) => html`<li data-reached=${step <= rank ? 'true' : 'false'} aria-current=${step === rank ? 'step' : nothing}>
          <span class="step-n">${step}</span>
          <span class=${step === rank ? 'step-name' : 'visually-hidden'}>${step === rank ? name : t('img.scale.step', { rank: step })}</span>
          ${step === rank ? html`<span class="visually-hidden">(${t('img.scale.current')})</span>` : nothing}
        </li>`)}
      </ol>
    </section>`;
  }

  #renderCompare(data: MaturityIndex, updating: boolean) {
    const t = this.#t.t;
    const { peers } = data;
    const chosen = this.#compareBy;
    const sample = this.#t.plural('img.peers.companies', peers.sampleSize, { n: this.format.number(peers.sampleSize) });
    return html`<section class="panel compare" aria-labelledby="compare-title">
      <h3 id="compare-title">${t('img.compare.title')}</h3>
      <fieldset class="segmented" part="compare">
        <legend>${t('img.compare.legend')}</legend>
        ${COMPARE_BY.map((value) => html`<label class="segment">
          <input type="radio" name="compare-by" value=${value} .checked=${live(chosen === value)} @change=${this.#onCompare} />
          <span>${t(`img.compare.${value}`)}</span>
        </label>`)}
      </fieldset>
      <div class="peers" part="peers" aria-live="polite" aria-busy=${updating ? 'true' : 'false'}>
        ${updating
          ? html`<p class="muted">${t('img.peers.updating')}</p>`
          : html`<p class="ahead">${t(`img.peers.ahead.${peers.compareBy}`, { percent: this.format.percent(peers.percentile / 100) })}</p>
            <dl>
              <div><dt>${t('img.peers.group')}</dt><dd data-field="label">${peers.label}</dd></div>
              <div><dt>${t('img.peers.sample')}</dt><dd data-field="sample">${sample}</dd></div>
              <div><dt>${t('img.peers.average')}</dt><dd data-field="average">${scoreText(this.format, peers.averageScore)}</dd></div>
              <div><dt>${t('img.peers.percentile')}</dt><dd data-field="percentile">${this.format.number(peers.percentile, { maximumFractionDigits: 1 })}</dd></div>
            </dl>`}
      </div>
    </section>`;
  }

  #onCompare = (event: Event) => {
    const value = (event.target as HTMLInputElement).value as CompareBy;
    if (value === this.compareBy) return;
    this.compareBy = value;
    dispatch(this, 'me-img-compare-change', { compareBy: value });
  };

  #renderDimensions(data: MaturityIndex) {
    const t = this.#t.t;
    const { dimensions } = data;
    return html`<me-chart class="dimensions" type="radar" max="100" caption=${t('img.dimensions.caption')}
      summary=${dimensionsSummary(data, this.#text)} category-label=${t('img.dimensions.category')} empty-text=${t('img.dimensions.empty')}
      .labels=${dimensions.map((d) => d.name)}
      .series=${[
        { label: t('img.dimensions.you'), values: dimensions.map((d) => d.score) },
        { label: t('img.dimensions.peers', { group: data.peers.label }), values: dimensions.map((d) => d.peerAverage) },
      ]}
      .formatValue=${this.#formatScore}></me-chart>`;
  }

  #renderHistory(data: MaturityIndex) {
    const t = this.#t.t;
    const history = chronological(data);
    return html`<me-chart class="history" type="line" max="100" caption=${t('img.history.caption')}
      summary=${historySummary(data, this.#text)} category-label=${t('img.history.category')} empty-text=${t('img.history.empty')}
      .labels=${history.map((h) => this.format.date(h.period))}
      .series=${[{ label: t('img.history.series'), values: history.map((h) => h.score) }]}
      .formatValue=${this.#formatScore}></me-chart>`;
  }

  /** One function for the element's life: a new one each render would redraw the charts. */
  #formatScore = (value: number) => scoreText(this.format, value);

  #renderOpportunities(data: MaturityIndex) {
    const t = this.#t.t;
    const names = new Map(data.dimensions.map((d) => [d.key, d.name]));
    const items = byGain(data);
    return html`<section class="panel" aria-labelledby="opportunities-title">
      <h3 id="opportunities-title">${t('img.opportunities.title')}</h3>
      ${items.length
        ? html`<p class="muted">${t('img.opportunities.hint')}</p>
          <ol class="opportunities" part="opportunities">
            ${items.map((o) => html`<li class="opportunity" part="opportunity">
              <div class="opportunity-head">
                <h4>${o.title}</h4>
                <p class="gain"><span class="visually-hidden">${t('img.opportunities.gain')}:</span>
                  ${t('img.opportunities.gainValue', { points: this.#text.points(o.potentialGain) })}</p>
              </div>
              <dl>
                <div><dt>${t('img.opportunities.dimension')}</dt><dd data-field="dimension">${names.get(o.dimension) ?? o.dimension}</dd></div>
                ${o.product ? html`<div><dt>${t('img.opportunities.product')}</dt><dd data-field="product">${o.product}</dd></div>` : nothing}
              </dl>
              <p class="description">${o.description}</p>
            </li>`)}
          </ol>`
        : renderState('empty', { title: t('img.opportunities.empty') })}
    </section>`;
  }

  async #print(data: MaturityIndex): Promise<void> {
    const portal = this.portal;
    if (!portal) return;
    this.printError = '';
    try {
      const { printImgIndex } = await import('./img-index.print.js');
      await printImgIndex(portal, this.#printLabels(data));
    } catch {
      this.printError = this.#t.t('img.printFailed');
    }
  }

  #printLabels(data: MaturityIndex): ImgPrintContent {
    const t = this.#t.t;
    const text = this.#text;
    return {
      title: t('img.title'),
      computedAt: t('img.computedAt', { date: this.format.date(data.computedAt) }),
      score: t('img.scoreLabel', { score: scoreText(this.format, data.score) }),
      level: t('img.level', { rank: data.level.rank, name: data.level.name }),
      ahead: t(`img.peers.ahead.${data.peers.compareBy}`, { percent: this.format.percent(data.peers.percentile / 100) }),
      peers: [
        [t('img.peers.group'), data.peers.label],
        [t('img.peers.sample'), this.#t.plural('img.peers.companies', data.peers.sampleSize, { n: this.format.number(data.peers.sampleSize) })],
        [t('img.peers.average'), scoreText(this.format, data.peers.averageScore)],
      ],
      dimensions: {
        caption: t('img.dimensions.caption'),
        summary: dimensionsSummary(data, text),
        head: [t('img.dimensions.category'), t('img.dimensions.you'), t('img.dimensions.peers', { group: data.peers.label })],
        rows: data.dimensions.map((d) => [d.name, scoreText(this.format, d.score), scoreText(this.format, d.peerAverage)]),
      },
      history: {
        caption: t('img.history.caption'),
        summary: historySummary(data, text),
        head: [t('img.history.category'), t('img.history.series')],
        rows: chronological(data).map((h) => [this.format.date(h.period), scoreText(this.format, h.score)]),
      },
      opportunities: {
        caption: t('img.opportunities.title'),
        empty: t('img.opportunities.empty'),
        head: [t('img.opportunities.title'), t('img.opportunities.dimension'), t('img.opportunities.product'), t('img.opportunities.gain')],
        rows: byGain(data).map((o) => [
          `${o.title} — ${o.description}`,
          data.dimensions.find((d) => d.key === o.dimension)?.name ?? o.dimension,
          o.product ?? '—',
          t('img.opportunities.gainValue', { points: text.points(o.potentialGain) }),
        ]),
      },
    };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'me-img-compare-change': CustomEvent<{ compareBy: CompareBy }>;
  }
}
