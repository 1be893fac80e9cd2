import type { Chart as ChartJs, ChartConfiguration, ChartDataset } from 'chart.js';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { MessagesController } from '../../core/i18n.js';
import { tokens } from '../../core/theme.js';
import { uiMessages } from '../../locales/ui.js';
import { controlStyles } from '../controls.styles.js';

export type ChartType = 'bar' | 'line' | 'radar' | 'doughnut';

/** One series (dataset): a value per label; `null` for none. */
export interface ChartSeries {
  label: string;
  values: Array<number | null>;
}

/** How each series is told apart without colour: a dash pattern and a point shape of its own. */
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 5], [8, 8]];
const POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot'] as const;
const SERIES = 6;

interface Colours { series: string[]; text: string; grid: string; background: string }

let engine: Promise<typeof import('./engine.js')> | undefined;
const loadEngine = () => (engine ??= import('./engine.js'));

/**
 * A chart that is also a table: Chart.js (loaded on first use) draws it in a canvas labelled with
 * a one-line summary, and the same numbers are always in a table — hidden visually but read by
 * screen readers, shown in place of the chart by "Ver dados em tabela". Series colours come from
 * the theme (`--me-chart-1` … `--me-chart-6`, a colour-blind-safe palette with light and dark
 * values) and each series also has its own dash pattern and point shape, so nothing depends on
 * colour alone. Numbers and dates are the caller's formatted strings (the portal's locale); the
 * chart follows its container's size. An empty chart says `empty-text` instead of drawing axes.
 *
 * @tagname me-chart
 * @summary Accessible chart (Chart.js) with a table alternative and a text summary.
 * @csspart figure - The figure around everything.
 * @csspart summary - The one-line summary.
 * @csspart plot - The box the canvas fills.
 * @csspart table - The table of the same numbers.
 * @cssprop --me-chart-height - Height of the plot (default 260px).
 * @cssprop --me-chart-1 - Colour of the first series (also --me-chart-2 … --me-chart-6).
 */
export class MeChart extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host {
        display: block;
        --_chart-1: var(--me-chart-1, light-dark(#0072b2, #56b4e9));
        --_chart-2: var(--me-chart-2, light-dark(#c65d00, #f0a044));
        --_chart-3: var(--me-chart-3, light-dark(#007a5a, #3fcf9f));
        --_chart-4: var(--me-chart-4, light-dark(#a8327a, #e38fc6));
        --_chart-5: var(--me-chart-5, light-dark(#5a5fbf, #a9adf5));
        --_chart-6: var(--me-chart-6, light-dark(#6b6b00, #d6d66b));
      }
      figure { margin: 0; display: grid; gap: var(--_space-2); }
      figcaption { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: var(--_space-2); }
      .caption { font-weight: 700; }
      .summary { margin: 0; color: var(--_muted); }
      .plot { position: relative; height: var(--me-chart-height, 260px); min-width: 0; }
      .plot[hidden] { display: none; }
      .link { font: inherit; font-size: var(--_font-size-sm); background: none; border: 0; color: var(--_primary); text-decoration: underline; cursor: pointer; padding: 0; min-height: 24px; }
      table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
      th, td { text-align: end; padding: var(--_space-1) var(--_space-2); border-bottom: 1px solid var(--_border); }
      th:first-child, td:first-child { text-align: start; }
      thead th { color: var(--_muted); font-weight: 600; font-size: var(--_font-size-sm); }
      .empty { margin: 0; padding: var(--_space-4); text-align: center; color: var(--_muted); background: var(--_surface); border-radius: var(--_radius-sm); }
      .probe { position: absolute; width: 0; height: 0; overflow: hidden; }
      @media print { .plot { height: 220px; } .link { display: none; } }
    `,
  ];

  @property() type: ChartType = 'bar';
  /** The categories (x axis, slices, radar spokes), as shown. */
  @property({ attribute: false }) labels: string[] = [];
  @property({ attribute: false }) series: ChartSeries[] = [];
  /** Title of the chart (and of its table). */
  @property() caption = '';
  /** One sentence saying what the chart shows (the canvas's accessible name, and shown under the title). */
  @property() summary = '';
  /** Header of the table's first column (what the labels are: "Período", "Produto"…). */
  @property({ attribute: 'category-label' }) categoryLabel = '';
  /** Shown instead of the chart when there is nothing to draw. */
  @property({ attribute: 'empty-text' }) emptyText = '';
  /** How a value reads (table cells, tooltips, the value axis); default: the locale's number. */
  @property({ attribute: false }) formatValue?: (value: number) => string;
  /** Bars run sideways (long category names). */
  @property({ type: Boolean }) horizontal = false;
  /** Bars of the series stacked. */
  @property({ type: Boolean }) stacked = false;
  /** Highest value of the value axis (100 for scores); automatic when absent. */
  @property({ type: Number }) max?: number;

  @state() private tableShown = false;

  readonly #t = new MessagesController(this, uiMessages);
  #chart?: ChartJs;
  #drawing = 0;

  /** Nothing to draw: no label, or no value in any series. */
  get empty(): boolean {
    return !this.labels.length || !this.series.some((s) => s.values.some((v) => v !== null && v !== undefined && (this.type !== 'doughnut' || v > 0)));
  }

  /** The Chart.js instance once drawn (tests, and hosts that want to export it). */
  get chart(): ChartJs | undefined {
    return this.#chart;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.empty) {
      this.#chart?.destroy();
      this.#chart = undefined;
      return;
    }
    if (['type', 'labels', 'series', 'horizontal', 'stacked', 'max', 'formatValue', 'portal'].some((k) => changed.has(k as keyof MeChart)) || !this.#chart) {
      void this.#draw();
    }
  }

  #value(value: number | null | undefined): string {
    if (value === null || value === undefined) return '—';
    return this.formatValue ? this.formatValue(value) : this.format.number(value);
  }

  /** The theme's colours as the canvas needs them (resolved: `light-dark()` and `var()` included). */
  #colours(): Colours {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe')!;
    const read = (value: string) => {
      probe.style.setProperty('color', value);
      return getComputedStyle(probe).color;
    };
    return {
      series: Array.from({ length: SERIES }, (_, i) => read(`var(--_chart-${i + 1})`)),
      text: read('var(--_muted)'),
      grid: read('var(--_border)'),
      background: read('var(--_bg)'),
    };
  }

  async #draw(): Promise<void> {
    const ticket = ++this.#drawing;
    const { Chart } = await loadEngine();
    const canvas = this.renderRoot.querySelector('canvas');
    if (ticket !== this.#drawing || !canvas || this.empty || !this.isConnected) return;
    const config = this.#config(this.#colours());
    if (this.#chart && (this.#chart.config as { type?: string }).type === config.type) {
      this.#chart.data = config.data;
      this.#chart.options = config.options!;
      this.#chart.update();
    } else {
      this.#chart?.destroy();
      this.#chart = new Chart(canvas, config);
    }
  }

  #config(colours: Colours): ChartConfiguration {
    const { type, labels } = this;
    const pie = type === 'doughnut';
    const datasets = this.series.map((s, i): ChartDataset => {
      const colour = colours.series[i % SERIES]!;
      if (pie) {
        return { label: s.label, data: s.values, backgroundColor: labels.map((_, j) => colours.series[j % SERIES]!), borderColor: colours.background, borderWidth: 2 } as ChartDataset;
      }
      return {
        label: s.label,
        data: s.values,
        backgroundColor: type === 'bar' ? colour : `${colour.replace(/^rgb\(/, 'rgba(').replace(/\)$/, ', 0.15)')}`,
        borderColor: colour,
        borderWidth: type === 'bar' ? 1 : 2,
        borderDash: type === 'bar' ? [] : DASHES[i % DASHES.length]!,
        pointStyle: POINTS[i % POINTS.length]!,
        pointRadius: type === 'bar' ? 0 : 4,
        fill: type === 'radar',
        tension: 0.2,
      } as ChartDataset;
    });
    const tick = (value: number | string) => (typeof value === 'number' ? this.#value(value) : value);
    const scales = pie ? {} : type === 'radar'
      ? { r: { min: 0, max: this.max, ticks: { color: colours.text, backdropColor: 'transparent', callback: tick }, grid: { color: colours.grid }, angleLines: { color: colours.grid }, pointLabels: { color: colours.text } } }
      : {
          [this.horizontal ? 'y' : 'x']: { stacked: this.stacked, ticks: { color: colours.text }, grid: { display: false } },
          [this.horizontal ? 'x' : 'y']: { stacked: this.stacked, beginAtZero: true, max: this.max, ticks: { color: colours.text, callback: tick }, grid: { color: colours.grid } },
        };
    return {
      type,
      data: { labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: this.locale,
        indexAxis: this.horizontal ? 'y' : 'x',
        scales,
        plugins: {
          legend: { display: this.series.length > 1 || pie, labels: { color: colours.text, usePointStyle: true } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${this.#value(item.parsed && typeof item.parsed === 'object' ? (item.parsed as { r?: number; x?: number; y?: number })[type === 'radar' ? 'r' : this.horizontal ? 'x' : 'y'] ?? null : (item.raw as number))}` } },
        },
      } as ChartConfiguration['options'],
    } as ChartConfiguration;
  }

  protected override render() {
    const t = this.#t.t;
    const empty = this.empty;
    return html`<figure part="figure">
      <figcaption>
        <span class="caption">${this.caption}</span>
        ${empty ? nothing : html`<button type="button" class="link" aria-pressed=${this.tableShown ? 'true' : 'false'}
          @click=${() => { this.tableShown = !this.tableShown; }}>${t('chart.showTable')}</button>`}
      </figcaption>
      ${this.summary ? html`<p class="summary" part="summary">${this.summary}</p>` : nothing}
      ${empty
        ? html`<p class="empty" role="status">${this.emptyText}</p>`
        : html`<div class="plot" part="plot" ?hidden=${this.tableShown}><canvas role="img" aria-label=${this.summary || this.caption}></canvas></div>
          ${this.#renderTable()}`}
      <span class="probe" aria-hidden="true"></span>
    </figure>`;
  }

  #renderTable() {
    return html`<table part="table" class=${this.tableShown ? '' : 'visually-hidden'}>
      <caption class="visually-hidden">${this.caption}</caption>
      <thead><tr><th scope="col">${this.categoryLabel}</th>${this.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>${this.labels.map((label, i) => html`<tr><th scope="row">${label}</th>${this.series.map((s) => html`<td>${this.#value(s.values[i])}</td>`)}</tr>`)}</tbody>
    </table>`;
  }
}

define('me-chart', MeChart);

declare global {
  interface HTMLElementTagNameMap {
    'me-chart': MeChart;
  }
}
