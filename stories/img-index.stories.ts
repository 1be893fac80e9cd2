import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { CompareBy, MaturityIndex } from '../src/core/schemas/maturity.js';
import '../src/modules/img-index/define.js';
import type { MeImgIndex } from '../src/modules/img-index/me-img-index.js';
import { maturityIndexOf } from '../src/mocks/db/maturity.js';
import { injectFault, PROBLEM_BASE } from '../src/mocks/index.js';
import type { MeChart } from '../src/ui/chart/me-chart.js';
import { FACTS, mockDb, networkIdle, sentToApi } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

const indexPath = '/organizations/:orgId/maturity-index';
const wirePath = `/v1/organizations/${FACTS.orgs.a}/maturity-index`;

/** What the mock API answers for the default organization and a comparison. */
function answer(compareBy: CompareBy): MaturityIndex {
  return maturityIndexOf(mockDb().maturity(FACTS.orgs.a)!, compareBy);
}

/** The `<me-img-index>` of the story, once it shows data (or a state). */
async function imgIndex(canvasElement: HTMLElement) {
  return findDeep<MeImgIndex>(canvasElement, 'me-img-index');
}

async function loaded(el: MeImgIndex) {
  await waitFor(() => expect(el.shadowRoot!.querySelector('.peers[aria-busy=false] [data-field=label]')).not.toBeNull());
}

const rows = (chart: MeChart) =>
  [...chart.shadowRoot!.querySelectorAll('table tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
const nf = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/**
 * The "description of each chart's screenshot": each chart's summary (its canvas's name) is the
 * sentence the data says, and its table holds exactly the data's numbers.
 */
async function checkCharts(el: MeImgIndex, data: MaturityIndex) {
  const dimensions = el.shadowRoot!.querySelector<MeChart>('me-chart.dimensions')!;
  const history = el.shadowRoot!.querySelector<MeChart>('me-chart.history')!;
  await waitFor(() => expect(dimensions.chart && history.chart).toBeTruthy());
  const f = nf('pt-BR');
  const widest = [...data.dimensions].sort((a, b) => Math.abs(b.score - b.peerAverage) - Math.abs(a.score - a.peerAverage))[0]!;
  const gap = widest.score - widest.peerAverage;
  const above = data.dimensions.filter((d) => d.score > d.peerAverage).length;
  const dimensionsSentence = `Acima da média em ${above} de ${data.dimensions.length} dimensões. Maior diferença para a média: ${widest.name}, ${Math.abs(gap)} pontos ${gap < 0 ? 'abaixo' : 'acima'}.`;
  expect(dimensions.shadowRoot!.querySelector('canvas')).toHaveAttribute('aria-label', dimensionsSentence);
  expect(visibleText(dimensions)).toContain(dimensionsSentence);
  expect(rows(dimensions)).toEqual([
    ['Dimensão', 'Sua organização', `Média: ${data.peers.label}`],
    ...data.dimensions.map((d) => [d.name, f.format(d.score), f.format(d.peerAverage)]),
  ]);
  const first = data.history[0]!;
  const last = data.history.at(-1)!;
  const historySentence = `De ${first.score} em ${ddmmyyyy(first.period)} para ${last.score} em ${ddmmyyyy(last.period)}: alta de ${last.score - first.score} pontos. Maior pontuação: ${Math.max(...data.history.map((h) => h.score))}.`;
  expect(history.shadowRoot!.querySelector('canvas')).toHaveAttribute('aria-label', historySentence);
  expect(rows(history)).toEqual([['Período', 'Pontuação'], ...data.history.map((h) => [ddmmyyyy(h.period), f.format(h.score)])]);
}

/** The peers block says the group, sample, average and percentile of `data`. */
function checkPeers(el: MeImgIndex, data: MaturityIndex, group: string) {
  const peers = el.shadowRoot!.querySelector<HTMLElement>('[part="peers"]')!;
  const text = visibleText(peers);
  expect(text).toContain(`Você está à frente de ${data.peers.percentile}% das empresas do seu ${group}.`);
  const value = (name: string) => peers.querySelector(`[data-field=${name}]`)?.textContent?.trim();
  expect(value('label')).toBe(data.peers.label);
  expect(value('sample')).toBe(`${nf('pt-BR').format(data.peers.sampleSize)} empresas`);
  expect(value('average')).toBe(String(data.peers.averageScore));
  expect(value('percentile')).toBe(String(data.peers.percentile));
  expect(shadow(el).getByRole('radio', { checked: true })).toHaveAttribute('value', data.peers.compareBy);
}

const meta = {
  title: 'Modules/Maturity index (IMG)',
  component: 'me-img-index',
  render: () => html`<me-img-index></me-img-index>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Ana's organization against its segment: score, level, both charts and the opportunities by gain. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    await loaded(el);
    const data = answer('segment');
    const view = shadow(el);
    expect(view.getByRole('heading', { level: 2, name: 'Índice de Maturidade (IMG)' })).toBeVisible();
    const text = visibleText(el);
    expect(text).toContain(`Nível ${data.level.rank} de 5: ${data.level.name}`);
    expect(text).toContain('Calculado em 01/11/2026');
    expect(el.shadowRoot!.querySelector('[aria-current="step"]')).toHaveTextContent(data.level.name);
    checkPeers(el, data, 'segmento');
    await checkCharts(el, data);
    const titles = [...el.shadowRoot!.querySelectorAll('.opportunity h4')].map((h) => h.textContent);
    expect(titles).toEqual([...data.opportunities].sort((a, b) => b.potentialGain - a.potentialGain).map((o) => o.title));
    expect(sentToApi('GET', wirePath).map((r) => new URL(r.url).searchParams.get('compareBy'))).toEqual(['segment']);
  },
};

/** A host sets `compare-by="subsegment"`: the first request already asks for that group. */
export const BySubsegment: Story = {
  render: () => html`<me-img-index compare-by="subsegment"></me-img-index>`,
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    await loaded(el);
    const data = answer('subsegment');
    checkPeers(el, data, 'subsegmento');
    await checkCharts(el, data);
    expect(sentToApi('GET', wirePath).map((r) => new URL(r.url).searchParams.get('compareBy'))).toEqual(['subsegment']);
  },
};

/** The user picks "Porte": one request for that group; back to "Segmento" comes from the cache. */
export const BySize: Story = {
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    await loaded(el);
    const view = shadow(el);
    await userEvent.click(view.getByRole('radio', { name: 'Porte' }));
    await waitFor(() => checkPeers(el, answer('size'), 'porte'));
    await checkCharts(el, answer('size'));
    await userEvent.click(view.getByRole('radio', { name: 'Segmento' }));
    checkPeers(el, answer('segment'), 'segmento');
    await networkIdle();
    expect(sentToApi('GET', wirePath).map((r) => new URL(r.url).searchParams.get('compareBy'))).toEqual(['segment', 'size']);
  },
};

/** Nothing assessed yet: each part says so instead of drawing empty axes. */
export const Empty: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: indexPath, query: { compareBy: 'segment' }, body: { ...answer('segment'), dimensions: [], history: [], opportunities: [] }, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    await loaded(el);
    await waitFor(() => expect(visibleText(el)).toContain('Nenhuma dimensão foi avaliada ainda.'));
    expect(visibleText(el)).toContain('Ainda não há histórico do índice.');
    expect(visibleText(el)).toContain('Nenhuma oportunidade de melhoria identificada.');
    for (const chart of el.shadowRoot!.querySelectorAll('me-chart')) expect(chart.shadowRoot!.querySelector('canvas')).toBeNull();
  },
};

/** The index request is slow: a polite, busy status with a spinner. */
export const Loading: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: indexPath, query: { compareBy: 'segment' }, delayMs: 60_000, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    await waitFor(() => expect(sentToApi('GET', wirePath)).toHaveLength(1));
    const status = await shadow(el).findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Carregando…');
    expect(el.shadowRoot!.querySelector('me-chart')).toBeNull();
  },
};

/** The server fails once (500): an alert with a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: indexPath, query: { compareBy: 'segment' }, status: 500, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    const view = shadow(el);
    expect(await view.findByRole('alert')).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await loaded(el);
    checkPeers(el, answer('segment'), 'segmento');
    expect(view.queryByRole('alert')).toBeNull();
  },
};

/** The server refuses (403): a no-permission message, no pointless retry. */
export const Forbidden: Story = {
  beforeEach: () => {
    injectFault({
      method: 'GET', path: indexPath, query: { compareBy: 'segment' }, status: 403, times: 1,
      body: { type: `${PROBLEM_BASE}forbidden`, title: 'Acesso negado', status: 403, detail: 'Seu perfil não permite ver o índice de maturidade.' },
    });
  },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Você não tem permissão para ver isto.');
    expect(alert).toHaveTextContent('Seu perfil não permite ver o índice de maturidade.');
    expect(shadow(el).queryByRole('button', { name: 'Tentar novamente' })).toBeNull();
  },
};

/** A 200 that breaks the contract: the field is named and a retry offered. */
export const MalformedPayload: Story = {
  beforeEach: () => {
    const data = answer('segment');
    injectFault({ method: 'GET', path: indexPath, query: { compareBy: 'segment' }, body: { ...data, level: { rank: 7, name: data.level.name } }, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('O servidor enviou dados em um formato inesperado (campo “level.rank”).');
    expect(shadow(el).getByRole('button', { name: 'Tentar novamente' })).toBeVisible();
  },
};

/** On a page without `<me-portal>`: it says how to fix the page. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Componente não configurado');
  },
};

/** In English: labels, sentences and dates in `en`. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    await loaded(el);
    const data = answer('segment');
    const text = visibleText(el);
    expect(text).toContain('Maturity Index (IMG)');
    expect(text).toContain('Computed on 11/01/2026');
    expect(text).toContain(`You are ahead of ${data.peers.percentile}% of the companies in your segment.`);
    expect(shadow(el).getByRole('radio', { name: 'Company size' })).toBeInTheDocument();
    const dimensions = el.shadowRoot!.querySelector<MeChart>('me-chart.dimensions')!;
    await waitFor(() => expect(dimensions.summary).toMatch(/^Above average in \d of 6 dimensions\. Largest gap to the average: .+, \d+ points (above|below)\.$/));
  },
};

/** En español. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await imgIndex(canvasElement);
    await loaded(el);
    const data = answer('segment');
    const text = visibleText(el);
    expect(text).toContain('Índice de Madurez (IMG)');
    expect(text).toContain('Calculado el 01/11/2026');
    expect(text).toContain(`Está por delante del ${data.peers.percentile} % de las empresas de su segmento.`);
    expect(shadow(el).getByRole('radio', { name: 'Tamaño' })).toBeInTheDocument();
  },
};
