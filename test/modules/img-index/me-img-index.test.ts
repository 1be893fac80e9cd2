import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/img-index/define.js';
import '../../../src/portal/me-admins-notice.js';
import { defaultBrowserServices, type BrowserServices } from '../../../src/core/browser.js';
import type { MaturityIndex } from '../../../src/core/schemas/maturity.js';
import type { MeImgIndex } from '../../../src/modules/img-index/me-img-index.js';
import type { MeChart } from '../../../src/ui/chart/me-chart.js';
import { click, useMouse } from '../../helpers/input.js';
import { deepActiveElement, FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const path = `/v1/organizations/${FACTS.orgs.a}/maturity-index`;

/** The mock's own answer for a comparison (what the widget must show). */
async function answer(compareBy: string): Promise<MaturityIndex> {
  const response = await fetch(`/api${path}?compareBy=${compareBy}`, { headers: { Authorization: 'Bearer demo-token' } });
  return (await response.json()) as MaturityIndex;
}

async function renderIndex(attrs: { locale?: string; compareBy?: string; services?: BrowserServices } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale=${attrs.locale ?? 'pt-BR'} .services=${attrs.services ?? defaultBrowserServices}>
    ${attrs.compareBy ? html`<me-img-index compare-by=${attrs.compareBy}></me-img-index>` : html`<me-img-index></me-img-index>`}</me-portal>`);
  return portal.querySelector('me-img-index')!;
}

const root = (el: MeImgIndex) => el.shadowRoot!;
const charts = (el: MeImgIndex) => ({
  dimensions: root(el).querySelector<MeChart>('me-chart.dimensions')!,
  history: root(el).querySelector<MeChart>('me-chart.history')!,
});
/** A chart's table as the screen reader gets it: header row then one row per label. */
const tableOf = (chart: MeChart) =>
  [...chart.shadowRoot!.querySelectorAll('table tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
const field = (el: MeImgIndex, name: string) => root(el).querySelector(`.peers [data-field=${name}]`)?.textContent?.trim();
const radio = (el: MeImgIndex, value: string) => root(el).querySelector<HTMLInputElement>(`input[name=compare-by][value=${value}]`)!;
const compareRequests = (value: string) => sent('GET', path).filter((r) => new URL(r.url).searchParams.get('compareBy') === value);
const nf = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 });

async function loaded(el: MeImgIndex) {
  await waitUntil(() => root(el).querySelector('.peers[aria-busy=false] [data-field=label]'), 'the index never showed', { timeout: 8000 });
}

/** The peers block shows the group of `data` (label, sample size, average, percentile and the sentence). */
function expectPeers(el: MeImgIndex, data: MaturityIndex, group: string) {
  expect(field(el, 'label')).to.equal(data.peers.label);
  expect(field(el, 'sample')).to.equal(`${nf.format(data.peers.sampleSize)} empresas`);
  expect(field(el, 'average')).to.equal(nf.format(data.peers.averageScore));
  expect(field(el, 'percentile')).to.equal(String(data.peers.percentile));
  expect(textOf(root(el).querySelector('.peers')!)).to.contain(`Você está à frente de ${data.peers.percentile}% das empresas do seu ${group}.`);
  expect(radio(el, data.peers.compareBy).checked).to.equal(true);
}

describe('<me-img-index>', () => {
  useMockApi();
  useMouse();

  it('shows the score, the level on a 5-step scale, the computed date and the segment comparison, and reports its first render time', async () => {
    const start = performance.now();
    const el = await renderIndex();
    await loaded(el);
    const { dimensions, history } = charts(el);
    await waitUntil(() => dimensions.chart && history.chart, 'the charts were never drawn', { timeout: 8000 });
    console.log(`<me-img-index> first render (mount → both charts drawn): ${Math.round(performance.now() - start)} ms`);
    await networkIdle();
    expect(compareRequests('segment'), 'one request for the first view').to.have.length(1);
    const data = await answer('segment');
    const text = textOf(root(el));
    expect(text).to.contain('Índice de Maturidade (IMG)');
    expect(root(el).querySelector('.score strong')!.textContent).to.equal(nf.format(data.score));
    expect(root(el).querySelector('.score .value')!.getAttribute('aria-label')).to.equal(`Pontuação ${data.score} de 100`);
    expect(text).to.contain(`Nível ${data.level.rank} de 5: ${data.level.name}`);
    expect(text).to.contain('Calculado em 01/11/2026');
    const steps = [...root(el).querySelectorAll('.scale li')];
    expect(steps).to.have.length(5);
    expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([1, 2, 3, 4, 5].map((r) => (r === data.level.rank ? 'step' : null)));
    expect(textOf(steps[data.level.rank - 1]!)).to.contain(`${data.level.name} (nível atual)`);
    expect(root(el).querySelector('.scale')!.getAttribute('aria-label')).to.equal(`Escala de maturidade, nível ${data.level.rank} de 5`);
    expectPeers(el, data, 'segmento');
  });

  it('draws the dimensions against the peers’ average: the table equals the API’s answer and the summary names the widest gap', async () => {
    const el = await renderIndex();
    await loaded(el);
    const data = await answer('segment');
    const { dimensions } = charts(el);
    await waitUntil(() => dimensions.chart, 'no radar', { timeout: 8000 });
    expect(dimensions.type).to.equal('radar');
    expect(dimensions.max).to.equal(100);
    expect(tableOf(dimensions)).to.deep.equal([
      ['Dimensão', 'Sua organização', `Média: ${data.peers.label}`],
      ...data.dimensions.map((d) => [d.name, nf.format(d.score), nf.format(d.peerAverage)]),
    ]);
    const widest = [...data.dimensions].sort((a, b) => Math.abs(b.score - b.peerAverage) - Math.abs(a.score - a.peerAverage))[0]!;
    const gap = widest.score - widest.peerAverage;
    const above = data.dimensions.filter((d) => d.score > d.peerAverage).length;
    const sentence = `Acima da média em ${above} de ${data.dimensions.length} dimensões. Maior diferença para a média: ${widest.name}, ${Math.abs(gap)} pontos ${gap < 0 ? 'abaixo' : 'acima'}.`;
    expect(dimensions.summary).to.equal(sentence);
    expect(dimensions.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.equal(sentence);
    // the seeded data, read as a person would
    expect(sentence).to.equal('Acima da média em 4 de 6 dimensões. Maior diferença para a média: Governança, 31 pontos acima.');
  });

  it('draws the score’s history: table and summary from the data, oldest first', async () => {
    const el = await renderIndex();
    await loaded(el);
    const data = await answer('segment');
    const { history } = charts(el);
    await waitUntil(() => history.chart, 'no line chart', { timeout: 8000 });
    expect(history.type).to.equal('line');
    const date = (d: string) => d.split('-').reverse().join('/');
    expect(tableOf(history)).to.deep.equal([['Período', 'Pontuação'], ...data.history.map((h) => [date(h.period), nf.format(h.score)])]);
    const first = data.history[0]!;
    const last = data.history.at(-1)!;
    expect(history.summary).to.equal(`De ${first.score} em ${date(first.period)} para ${last.score} em ${date(last.period)}: alta de ${last.score - first.score} pontos. Maior pontuação: ${Math.max(...data.history.map((h) => h.score))}.`);
  });

  it('lists the opportunities by potential gain, highest first, with the dimension’s name and the product', async () => {
    const el = await renderIndex();
    await loaded(el);
    const data = await answer('segment');
    const expected = [...data.opportunities].sort((a, b) => b.potentialGain - a.potentialGain);
    const items = [...root(el).querySelectorAll('.opportunity')];
    expect(items.map((li) => li.querySelector('h4')!.textContent)).to.deep.equal(expected.map((o) => o.title));
    const names = new Map(data.dimensions.map((d) => [d.key, d.name]));
    items.forEach((li, i) => {
      const o = expected[i]!;
      expect(li.querySelector('[data-field=dimension]')!.textContent).to.equal(names.get(o.dimension));
      expect(li.querySelector('[data-field=product]')?.textContent ?? null).to.equal(o.product ?? null);
      expect(textOf(li.querySelector('.gain')!).trim()).to.equal(`Ganho potencial: +${o.potentialGain} ${o.potentialGain === 1 ? 'ponto' : 'pontos'}`);
      expect(textOf(li)).to.contain(o.description);
    });
    expect(expected.some((o) => o.product) && expected.some((o) => !o.product), 'the seed has opportunities with and without product').to.equal(true);
  });

  it('switches the comparison with the mouse: one request per group, announced by an event, and going back comes from the cache', async () => {
    const el = await renderIndex();
    await loaded(el);
    const events: string[] = [];
    el.addEventListener('me-img-compare-change', (e) => events.push(e.detail.compareBy));
    const [segment, subsegment, size] = await Promise.all([answer('segment'), answer('subsegment'), answer('size')]);
    await click(radio(el, 'subsegment'));
    await waitUntil(() => field(el, 'label') === subsegment.peers.label, 'the subsegment never showed', { timeout: 8000 });
    expectPeers(el, subsegment, 'subsegmento');
    // the average series is the subsegment's (not the segment's numbers under a new label)
    expect(tableOf(charts(el).dimensions)).to.deep.equal([
      ['Dimensão', 'Sua organização', `Média: ${subsegment.peers.label}`],
      ...subsegment.dimensions.map((d) => [d.name, nf.format(d.score), nf.format(d.peerAverage)]),
    ]);
    expect(subsegment.dimensions.map((d) => d.peerAverage)).to.not.deep.equal(segment.dimensions.map((d) => d.peerAverage));
    await click(radio(el, 'size'));
    await waitUntil(() => field(el, 'label') === size.peers.label, 'the size never showed', { timeout: 8000 });
    expectPeers(el, size, 'porte');
    expect(el.compareBy).to.equal('size');
    await networkIdle();
    const before = sent('GET', path).length;
    await click(radio(el, 'segment'));
    expectPeers(el, segment, 'segmento'); // at once: from the cache
    await networkIdle();
    expect(sent('GET', path).length, 'going back sent a request').to.equal(before);
    // one request of the widget per group (plus the three this test made itself)
    expect(compareRequests('segment')).to.have.length(2);
    expect(compareRequests('subsegment')).to.have.length(2);
    expect(compareRequests('size')).to.have.length(2);
    expect(events).to.deep.equal(['subsegment', 'size', 'segment']);
  });

  it('is driven by keyboard: Tab reaches the switch, arrow keys change the group', async () => {
    const el = await renderIndex();
    await loaded(el);
    const print = root(el).querySelector<HTMLButtonElement>('button[part~=print]')!;
    print.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radio(el, 'segment'));
    await sendKeys({ press: 'ArrowRight' });
    expect(radio(el, 'subsegment').checked).to.equal(true);
    await waitUntil(() => compareRequests('subsegment').length === 1, 'no subsegment request', { timeout: 4000 });
    expect(new URL(compareRequests('subsegment')[0]!.url).searchParams.get('compareBy')).to.equal('subsegment');
    const subsegment = await answer('subsegment');
    await waitUntil(() => field(el, 'label') === subsegment.peers.label, 'the subsegment never showed', { timeout: 8000 });
    expect(deepActiveElement(), 'focus stays on the switch while the group loads').to.equal(radio(el, 'subsegment'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(radio(el, 'segment').checked).to.equal(true);
    expect(field(el, 'label')).to.equal((await answer('segment')).peers.label);
    await networkIdle();
    expect(compareRequests('segment')).to.have.length(2); // the widget's first one and this test's
  });

  it('takes its group from the compare-by attribute', async () => {
    const el = await renderIndex({ compareBy: 'size' });
    await loaded(el);
    expect(compareRequests('segment')).to.have.length(0);
    expectPeers(el, await answer('size'), 'porte');
    el.setAttribute('compare-by', 'subsegment');
    const subsegment = await answer('subsegment');
    await waitUntil(() => field(el, 'label') === subsegment.peers.label, 'the attribute change was not followed', { timeout: 8000 });
    expectPeers(el, subsegment, 'subsegmento');
  });

  it('says so when there are no dimensions, no history and no opportunities', async () => {
    const data = await answer('segment');
    injectFault({ method: 'GET', path, query: { compareBy: 'segment' }, body: { ...data, dimensions: [], history: [], opportunities: [] } });
    const el = await renderIndex();
    await loaded(el);
    const { dimensions, history } = charts(el);
    await dimensions.updateComplete;
    expect(textOf(dimensions)).to.contain('Nenhuma dimensão foi avaliada ainda.');
    expect(textOf(history)).to.contain('Ainda não há histórico do índice.');
    expect(dimensions.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(history.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(textOf(root(el))).to.contain('Nenhuma oportunidade de melhoria identificada.');
    expect(root(el).querySelector('.opportunity')).to.equal(null);
    expect(field(el, 'label')).to.equal(data.peers.label); // the score and the comparison still show
  });

  it('shows loading while the index is on its way', async () => {
    injectFault({ method: 'GET', path, delayMs: 1500 });
    const el = await renderIndex();
    await waitForText(el, 'Carregando');
    expect(root(el).querySelector('[role=status][aria-busy=true]')).to.exist;
    expect(root(el).querySelector('me-chart')).to.equal(null);
  });

  it('shows an error with a retry that works', async () => {
    injectFault({ method: 'GET', path, query: { compareBy: 'segment' }, status: 500 });
    const el = await renderIndex();
    await waitForText(el, 'Tentar novamente');
    expect(root(el).querySelector('[role=alert]')).to.exist;
    await click(root(el).querySelector<HTMLButtonElement>('button[part~=retry]')!);
    await loaded(el);
    expect(compareRequests('segment')).to.have.length(2);
  });

  it('a comparison that fails says so and its retry asks for that group again', async () => {
    injectFault({ method: 'GET', path, query: { compareBy: 'size' }, status: 500, times: 1 });
    const el = await renderIndex();
    await loaded(el);
    await click(radio(el, 'size'));
    await waitForText(el, 'Tentar novamente');
    await click(root(el).querySelector<HTMLButtonElement>('button[part~=retry]')!);
    await waitUntil(() => field(el, 'label') === 'Grandes empresas', 'the size group never showed', { timeout: 8000 });
    expect(compareRequests('size')).to.have.length(2);
  });

  it('shows no-permission on 403', async () => {
    injectFault({ method: 'GET', path, status: 403 });
    const el = await renderIndex();
    await waitForText(el, 'Você não tem permissão para ver isto.');
    expect(root(el).querySelector('[data-kind=forbidden]')).to.exist;
    expect(root(el).querySelector('button[part~=retry]')).to.equal(null);
  });

  it('names the bad field of a malformed payload while the rest of the page keeps working', async () => {
    const data = await answer('segment');
    injectFault({ method: 'GET', path, body: { ...data, peers: { ...data.peers, percentile: 'alto' } } });
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-img-index></me-img-index><me-admins-notice></me-admins-notice></me-portal>`);
    const el = portal.querySelector('me-img-index')!;
    await waitForText(el, 'formato inesperado (campo “peers.percentile”)');
    expect(root(el).querySelector('button[part~=retry]')).to.exist;
    await waitForText(portal.querySelector('me-admins-notice')!, 'Carlos');
  });

  it('prints a clean document through the portal’s print service', async () => {
    const printed: Array<{ title: string; body: string }> = [];
    const services = { ...defaultBrowserServices, print: async (title: string, body: string) => { printed.push({ title, body }); } };
    const el = await renderIndex({ services });
    await loaded(el);
    await click(root(el).querySelector<HTMLButtonElement>('button[part~=print]')!);
    await waitUntil(() => printed.length === 1, 'nothing printed', { timeout: 8000 });
    const data = await answer('segment');
    const doc = new DOMParser().parseFromString(printed[0]!.body, 'text/html');
    expect(printed[0]!.title).to.equal('Índice de Maturidade (IMG)');
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(`Pontuação ${data.score} de 100`);
    expect(text).to.contain(charts(el).dimensions.summary);
    expect(doc.querySelectorAll('table')).to.have.length(3);
    expect(doc.querySelectorAll('table')[1]!.querySelectorAll('tbody tr')).to.have.length(data.history.length);
  });

  it('follows its container’s width: one column in a sidebar, side by side in a wide column', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
      <div style="width: 320px"><me-img-index class="narrow"></me-img-index></div>
      <div style="width: 960px"><me-img-index class="wide"></me-img-index></div></me-portal>`);
    const narrow = portal.querySelector<MeImgIndex>('.narrow')!;
    const wide = portal.querySelector<MeImgIndex>('.wide')!;
    await loaded(narrow);
    await loaded(wide);
    const columns = (el: MeImgIndex, selector: string) => getComputedStyle(root(el).querySelector(selector)!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow, '.charts')).to.equal(1);
    expect(columns(narrow, '.top')).to.equal(1);
    expect(columns(wide, '.charts')).to.equal(2);
    expect(columns(wide, '.top')).to.equal(2);
    const card = root(narrow).querySelector<HTMLElement>('.card')!;
    expect(card.scrollWidth, 'nothing overflows the sidebar').to.be.at.most(card.clientWidth);
    expect(narrow.getBoundingClientRect().width).to.be.at.most(320);
    await networkIdle();
    expect(compareRequests('segment'), 'two widgets, one request').to.have.length(1);
  });

  it('follows the organization of its portal without showing the other one’s figures meanwhile', async () => {
    const el = await renderIndex();
    await loaded(el);
    const portal = el.closest('me-portal')!;
    injectFault({ method: 'GET', path: `/v1/organizations/${FACTS.orgs.b}/maturity-index`, delayMs: 400 });
    portal.organizationId = FACTS.orgs.b;
    await waitForText(el, 'Carregando');
    await loaded(el);
    expect(sent('GET', `/v1/organizations/${FACTS.orgs.b}/maturity-index`)).to.have.length(1);
  });

  it('says how to fix the page outside <me-portal>', async () => {
    const alone = await fixture(html`<me-img-index></me-img-index>`);
    await waitForText(alone, 'Componente não configurado');
    expect(alone.shadowRoot!.querySelector('[data-kind=misconfigured]')).to.exist;
  });

  it('speaks English and Spanish', async () => {
    const en = await renderIndex({ locale: 'en' });
    await loaded(en);
    const data = await answer('segment');
    expect(textOf(root(en))).to.contain('Maturity Index (IMG)');
    expect(textOf(root(en))).to.contain('Computed on 11/01/2026');
    expect(textOf(root(en))).to.contain(`You are ahead of ${data.peers.percentile}% of the companies in your segment.`);
    expect(textOf(root(en))).to.contain(`Level ${data.level.rank} of 5: ${data.level.name}`);
    expect(charts(en).dimensions.summary).to.equal('Above average in 4 of 6 dimensions. Largest gap to the average: Governança, 31 points above.');
    const es = await renderIndex({ locale: 'es' });
    await loaded(es);
    expect(textOf(root(es))).to.contain('Índice de Madurez (IMG)');
    expect(textOf(root(es))).to.contain(`Está por delante del ${data.peers.percentile} % de las empresas de su segmento.`);
    expect(textOf(root(es))).to.contain('Calculado el 01/11/2026');
    expect(radio(es, 'size').closest('label')!.textContent!.trim()).to.equal('Tamaño');
  });

  it('is accessible in its data, error and misconfigured states', async () => {
    const el = await renderIndex();
    await loaded(el);
    await waitUntil(() => charts(el).dimensions.chart && charts(el).history.chart, 'charts', { timeout: 8000 });
    await expect(el).to.be.accessible();
    injectFault({ method: 'GET', path, status: 500 });
    const failed = await renderIndex({ locale: 'es' });
    await waitForText(failed, 'Intentar de nuevo');
    await expect(failed).to.be.accessible();
    const alone = await fixture(html`<me-img-index></me-img-index>`);
    await waitForText(alone, 'Componente não configurado');
    await expect(alone).to.be.accessible();
  });
});
