import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/chart/me-chart.js';
import type { MeChart } from '../../src/ui/chart/me-chart.js';
import { click, useMouse } from '../helpers/input.js';
import { deepActiveElement, textOf, useMockApi } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

const SERIES = [
  { label: 'Abertas', values: [12, 8, 15] },
  { label: 'Resolvidas', values: [10, 9, null] },
];

async function renderChart(type = 'bar', series = SERIES, labels = ['set.', 'out.', 'nov.']) {
  const chart = await renderInLocale<MeChart>('pt-BR', html`<me-chart type=${type} caption="Abertas × resolvidas" category-label="Mês"
    summary="15 abertas em novembro, o maior número do período." empty-text="Nenhuma solicitação no período." .labels=${labels} .series=${series}></me-chart>`);
  await chart.updateComplete;
  return chart;
}

describe('<me-chart>', () => {
  useMockApi();
  useMouse();

  it('draws with Chart.js (loaded on first use) in a canvas named by its summary, and has the same numbers as a table', async () => {
    const chart = await renderChart();
    await waitUntil(() => chart.chart, 'Chart.js never drew', { timeout: 8000 });
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal('15 abertas em novembro, o maior número do período.');
    expect(chart.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['Abertas', 'Resolvidas']);
    // each series its own colour AND dash/point: not colour alone
    const [a, b] = chart.chart!.data.datasets as Array<{ borderColor: string; pointStyle: string }>;
    expect(a!.borderColor).to.not.equal(b!.borderColor);
    expect(a!.pointStyle).to.not.equal(b!.pointStyle);
    expect(a!.borderColor).to.match(/^rgb/);
    const table = chart.shadowRoot!.querySelector('table')!;
    const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([['Mês', 'Abertas', 'Resolvidas'], ['set.', '12', '10'], ['out.', '8', '9'], ['nov.', '15', '—']]);
    expect(table.classList.contains('visually-hidden'), 'the table is for screen readers until asked for').to.equal(true);
    await expect(chart).to.be.accessible();
  });

  it('"Ver dados em tabela" swaps the chart for the table, by mouse or keyboard', async () => {
    const chart = await renderChart();
    const toggle = chart.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    await click(toggle);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(chart.shadowRoot!.querySelector('.plot')!.hasAttribute('hidden')).to.equal(true);
    expect(chart.shadowRoot!.querySelector('table')!.classList.contains('visually-hidden')).to.equal(false);
    expect(deepActiveElement()).to.equal(toggle);
    await sendKeys({ press: 'Enter' });
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
  });

  it('says the empty text instead of drawing empty axes', async () => {
    const chart = await renderChart('bar', [{ label: 'Abertas', values: [null, null] }], ['set.', 'out.']);
    expect(textOf(chart)).to.contain('Nenhuma solicitação no período.');
    expect(chart.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(chart.chart).to.equal(undefined);
  });

  it('formats values as told (hours, percentages) and draws radar and doughnut too', async () => {
    const radar = await renderInLocale<MeChart>('en', html`<me-chart type="radar" .max=${100} .labels=${['Processos', 'Pessoas']}
      .series=${[{ label: 'Você', values: [72.5, 40] }, { label: 'Média', values: [60, 55] }]} .formatValue=${(v: number) => `${v.toFixed(1)} pts`}></me-chart>`);
    await waitUntil(() => radar.chart, 'no radar', { timeout: 8000 });
    expect(textOf(radar.shadowRoot!.querySelector('tbody')!)).to.contain('72.5 pts');
    const pie = await fixture<MeChart>(html`<me-chart type="doughnut" .labels=${['Alta', 'Baixa']} .series=${[{ label: 'Solicitações', values: [3, 1] }]}></me-chart>`);
    await waitUntil(() => pie.chart, 'no doughnut', { timeout: 8000 });
  });
});
