import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Dashboard, Granularity } from '../../core/schemas/dashboard.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { dashboardMessages } from '../../locales/dashboard.js';
import { uiMessages } from '../../locales/ui.js';
import { badge, badgeStyles } from '../../ui/badge-templates.js';
import '../../ui/chart/me-chart.js';
import { buildPrintable, printStyles } from '../../ui/print.js';
import { describeError, renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import { styleProps } from '../../ui/style-props.js';
import '../../ui/toolbar/date-range.js';
import '../../ui/toolbar/select.js';
import { dashboardQuery } from './dashboard.api.js';
import { GRANULARITIES, PERIODS, isDate, isPeriod, presetRange, todayIn, type DashboardPeriod, type DashboardRange } from './dashboard-period.js';
import { dashboardStyles } from './dashboard.styles.js';
import { chartModels, figures, isOrdersEmpty, isTicketsEmpty, PROJECT_TONES, printContent, type ChartModel, type ViewContext } from './dashboard-view.js';

/**
 * "Dashboard do cliente": the organization's support figures for a period — tickets opened vs
 * solved per month or week, the backlog by status, tickets by product and by priority (each chart
 * with a summary sentence and a table of its numbers), SLA compliance, response and resolution
 * times, service-order hours, and the projects' progress. The period is one of the last 3, 6 or
 * 12 months (to today, in the user's time zone) or a custom range. Refetches when a ticket or a
 * service order changes elsewhere under the same portal (shared cache).
 *
 * @tagname me-dashboard
 * @summary Customer dashboard: tickets, SLA, service-order hours and projects for a period.
 *
 * @fires me-dashboard-period-change - The user changed the period or the grouping. `detail: { period, from, to, granularity }` (dates `YYYY-MM-DD`).
 * @csspart header - The title and the print button.
 * @csspart toolbar - The period and grouping pickers.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure card.
 * @csspart card - A chart's or the projects' card.
 * @csspart chart - Each `<me-chart>` (its own parts: `figure`, `summary`, `plot`, `table`).
 * @csspart projects - The projects card.
 * @csspart project - One project.
 * @csspart badge - A project's status badge.
 * @csspart state - Loading, empty, error, no-permission and configuration messages.
 * @csspart button - Buttons (print, retry).
 * @cssprop --me-chart-height - Height of each chart's plot (default 260px).
 * @cssprop --me-chart-1 - Colour of the first series (also --me-chart-2 … --me-chart-6).
 */
export class MeDashboard extends MeElement {
  static override styles = [tokens, stateStyles, badgeStyles, dashboardStyles, printStyles];

  /** `3m`, `6m` (default) or `12m` to today, or `custom` (then `from` and `to`). */
  @property() period: DashboardPeriod = '6m';
  /** Counts per `month` (default) or `week`. */
  @property() granularity: Granularity = 'month';
  /** Start of a custom period, `YYYY-MM-DD`. */
  @property() from = '';
  /** End of a custom period, `YYYY-MM-DD`. */
  @property() to = '';
  /** The day preset periods end on, `YYYY-MM-DD` (default: today in the user's time zone). */
  @property() today = '';

  @state() private printing = false;
  @state() private printError = '';

  readonly #t = new MessagesController(this, dashboardMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #ui = new MessagesController(this, uiMessages);
  readonly #dashboard = new QueryController<Dashboard>(this, () => this.portal?.queryClient, () => dashboardQuery(this.portal, this.range));

  /**
   * The dates asked for. Preset periods end today in the user's time zone once `/v1/me` told
   * it, the browser's before (the first request may go out before `/v1/me`; the dates differ
   * only when the two zones are on different days, and then the user's zone asks again).
   */
  get range(): DashboardRange | undefined {
    const granularity: Granularity = GRANULARITIES.includes(this.granularity) ? this.granularity : 'month';
    const period = isPeriod(this.period) ? this.period : '6m';
    if (period === 'custom') {
      return isDate(this.from) && isDate(this.to) && this.from <= this.to ? { from: this.from, to: this.to, granularity } : undefined;
    }
    const today = isDate(this.today) ? this.today : todayIn(this.portal?.timeZone);
    return { ...presetRange(period, today), granularity };
  }

  #emitChange(): void {
    const range = this.range;
    if (range) dispatch(this, 'me-dashboard-period-change', { period: this.period, ...range });
  }

  #onPeriod = (event: CustomEvent<{ value: string }>): void => {
    const value = event.detail.value;
    if (!isPeriod(value)) return;
    if (value === 'custom' && !(isDate(this.from) && isDate(this.to))) {
      // the custom range starts as the period shown: same data, from the cache
      const shown = this.range;
      this.from = shown?.from ?? '';
      this.to = shown?.to ?? '';
    }
    this.period = value;
    this.#emitChange();
  };

  #onRange = (event: CustomEvent<{ from: string; to: string }>): void => {
    this.from = event.detail.from;
    this.to = event.detail.to;
    this.#emitChange();
  };

  #onGranularity = (event: CustomEvent<{ value: string }>): void => {
    const value = event.detail.value as Granularity;
    if (!GRANULARITIES.includes(value)) return;
    this.granularity = value;
    this.#emitChange();
  };

  get #view(): ViewContext {
    return { t: this.#t.t, plural: this.#t.plural, ui: this.#ui.t, format: this.format, locale: this.locale };
  }

  async #print(): Promise<void> {
    const portal = this.portal;
    const data = this.#dashboard.data;
    if (!portal || !data || this.printing) return;
    const t = this.#t.t;
    this.printing = true;
    this.printError = '';
    try {
      const printable = await buildPrintable({
        title: t('dashboard.printTitle', { org: portal.organization?.name ?? '' }),
        locale: portal.locale, timeZone: portal.timeZone, html: printContent(data, this.#view),
      });
      await portal.browser.print(printable.title, printable.body, printable.css);
    } catch (error) {
      this.printError = `${t('dashboard.printFailed')} ${describeError(error, this.#c.t)}`;
    } finally {
      this.printing = false;
    }
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const range = this.range;
    const period = isPeriod(this.period) ? this.period : '6m';
    const periodOptions = PERIODS.map((value) => ({ value, label: t(`dashboard.period.${value}`) }));
    const granularityOptions = GRANULARITIES.map((value) => ({ value, label: t(`dashboard.granularity.${value}`) }));
    return html`
      <div class="header" part="header">
        <h2>${t('dashboard.title')}</h2>
        <div class="actions">
          <button type="button" class="button secondary" part="button print" ?disabled=${this.printing || !this.#dashboard.data}
            @click=${() => void this.#print()}>${t('dashboard.print')}</button>
        </div>
      </div>
      <div class="toolbar" part="toolbar" role="group" aria-label=${t('dashboard.toolbar')}>
        <me-select class="period" label=${t('dashboard.period')} .options=${periodOptions} .value=${period} @change=${this.#onPeriod}></me-select>
        ${period === 'custom'
          ? html`<me-date-range label=${t('dashboard.period.custom')} .from=${this.from} .to=${this.to} @change=${this.#onRange}></me-date-range>`
          : nothing}
        <me-select class="granularity" label=${t('dashboard.granularity')} .options=${granularityOptions} .value=${range?.granularity ?? 'month'}
          @change=${this.#onGranularity}></me-select>
        ${range ? html`<p class="range">${t('dashboard.range', { from: this.format.date(range.from), to: this.format.date(range.to) })}</p>` : nothing}
      </div>
      ${this.printError ? html`<p class="error print-error" role="alert">${this.printError}</p>` : nothing}
      ${this.#renderContent()}
    `;
  }

  #renderContent() {
    if (!this.range) return renderState('empty', { title: this.#t.t('dashboard.customIncomplete') });
    const result = this.#dashboard.result;
    if (!result || result.isPending) return renderState('loading', { title: this.#c.t('state.loading') });
    if (result.isError) return renderError(result.error, this.#c.t, () => void this.#dashboard.refetch());
    return this.#renderData(result.data);
  }

  #renderData(d: Dashboard) {
    const t = this.#t.t;
    const view = this.#view;
    const empty = isTicketsEmpty(d) && isOrdersEmpty(d);
    return html`
      ${empty ? html`<p class="notice" role="status">${t('dashboard.emptyPeriod', { from: this.format.date(d.period.from), to: this.format.date(d.period.to) })}</p>` : nothing}
      <section aria-labelledby="figures-title">
        <h3 id="figures-title" class="visually-hidden">${t('dashboard.figures')}</h3>
        <dl class="figures" part="figures">
          ${figures(d, view).map((f) => html`<div class="figure" part="figure" data-figure=${f.id} ?data-empty=${f.empty}><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}
        </dl>
      </section>
      <div class="charts">${chartModels(d, view).map((m) => this.#renderChart(m))}</div>
      ${this.#renderProjects(d)}
    `;
  }

  #renderChart(m: ChartModel) {
    // a bar per product: the plot grows with the list so names stay readable
    const height = m.horizontal && m.labels.length ? { '--me-chart-height': `${Math.max(180, 48 + m.labels.length * 30)}px` } : {};
    return html`<section class=${m.id === 'trend' ? 'card wide' : 'card'} part="card">
      <me-chart part="chart" data-chart=${m.id} type=${m.type} ?horizontal=${m.horizontal ?? false} caption=${m.caption} summary=${m.summary}
        category-label=${m.categoryLabel} empty-text=${m.emptyText} .labels=${m.labels} .series=${m.series}
        .formatValue=${this.#count} ${styleProps(height)}></me-chart>
    </section>`;
  }

  #count = (value: number): string => this.format.number(value);

  #renderProjects(d: Dashboard) {
    const t = this.#t.t;
    return html`<section class="card projects" part="card projects" aria-labelledby="projects-title">
      <h3 id="projects-title">${t('dashboard.projects')}</h3>
      ${d.projects.length
        ? html`<ul>${d.projects.map((p) => {
          const percent = this.format.percent(p.progress);
          return html`<li class="project" part="project">
            <p class="project-name">${p.name}</p>
            ${badge(PROJECT_TONES[p.status], undefined, t(`dashboard.project.status.${p.status}`))}
            <div class="progress">
              <progress max="100" .value=${Math.round(p.progress * 100)} aria-label=${t('dashboard.project.progress', { name: p.name })}></progress>
              <span class="progress-text">${t('dashboard.project.progressText', { percent })}</span>
            </div>
          </li>`;
        })}</ul>`
        : html`<p class="empty">${t('dashboard.projects.empty')}</p>`}
    </section>`;
  }
}
