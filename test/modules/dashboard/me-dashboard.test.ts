import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/dashboard/define.js';
import type { Dashboard } from '../../../src/core/schemas/dashboard.js';
import type { MeDashboard } from '../../../src/modules/dashboard/define.js';
import { createTicket } from '../../../src/modules/tickets/tickets.api.js';
import { FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { chart, charts, dashboardPath, fetchDashboard, figure, loaded, native, ORG, queries, renderDashboard, tableRows } from './support.js';

const num = (v: number) => new Intl.NumberFormat('pt-BR').format(v);
const parse = (text: string) => Number(text.replace(/\./g, ''));
const pct = (v: number) => new Intl.NumberFormat('pt-BR', { style: 'percent', maximumFractionDigits: 1 }).format(v);
const hrs = (v: number) => new Intl.NumberFormat('pt-BR', { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(v);
const month = (d: string, long = false) => new Intl.DateTimeFormat('pt-BR', { month: long ? 'long' : 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));
const STATUS = { new: 'Novo', open: 'Em atendimento', pending: 'Aguardando cliente', hold: 'Em espera' } as const;
const PRIORITY = { low: 'Baixa', normal: 'Normal', high: 'Alta', urgent: 'Urgente' } as const;

const EMPTY: Dashboard = {
  period: { from: '2026-06-01', to: '2026-11-28', granularity: 'month' },
  opened: [], solved: [], averageOpenedPerPeriod: 0,
  backlog: { new: 0, open: 0, pending: 0, hold: 0 },
  byProduct: [], byPriority: [{ priority: 'low', count: 0 }, { priority: 'normal', count: 0 }, { priority: 'high', count: 0 }, { priority: 'urgent', count: 0 }],
  slaCompliance: 0, avgFirstResponseHours: 0, avgResolutionHours: 0,
  serviceOrders: { pending: 0, approvedHours: 0, rejected: 0 }, projects: [],
};

describe('<me-dashboard>', () => {
  useMockApi();

  it('shows the figures, charts and projects of the mock’s answer for the last 6 months', async () => {
    const start = performance.now();
    const { el } = await renderDashboard();
    await loaded(el);
    console.log(`[me-dashboard] first render, mount → 4 charts drawn: ${Math.round(performance.now() - start)} ms`);
    await networkIdle();
    expect(queries()).to.deep.equal([{ from: '2026-06-01', to: '2026-11-28', granularity: 'month' }]);
    const d = await fetchDashboard(queries()[0]!);
    expect(d.opened.some((p) => p.count > 0), 'the mock has tickets in the period').to.equal(true);

    expect(figure(el, 'average')).to.equal(new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 }).format(d.averageOpenedPerPeriod));
    expect(figure(el, 'sla')).to.equal(pct(d.slaCompliance));
    expect(figure(el, 'first-response')).to.equal(hrs(d.avgFirstResponseHours));
    expect(figure(el, 'resolution')).to.equal(hrs(d.avgResolutionHours));
    expect(figure(el, 'approved-hours')).to.equal(hrs(d.serviceOrders.approvedHours));
    expect(figure(el, 'pending-orders')).to.equal(num(d.serviceOrders.pending));
    expect(figure(el, 'rejected-orders')).to.equal(num(d.serviceOrders.rejected));
    expect(textOf(el)).to.contain('De 01/06/2026 a 28/11/2026');

    const trend = chart(el, 'trend');
    expect(tableRows(trend)).to.deep.equal([
      ['Mês', 'Abertas', 'Resolvidas'],
      ...d.opened.map((p, i) => [month(p.period), num(p.count), num(d.solved[i]!.count)]),
    ]);
    const peak = d.opened.reduce((best, p) => (p.count > best.count ? p : best));
    const total = (list: Array<{ count: number }>) => list.reduce((s, p) => s + p.count, 0);
    expect(trend.summary).to.equal(`Mais aberturas em ${month(peak.period, true)}: ${num(peak.count)}. No período, ${num(total(d.opened))} abertas e ${num(total(d.solved))} resolvidas.`);
    expect(trend.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.equal(trend.summary);

    const backlog = chart(el, 'backlog');
    expect(tableRows(backlog)).to.deep.equal([['Status', 'Solicitações'], ...(['new', 'open', 'pending', 'hold'] as const).map((s) => [STATUS[s], num(d.backlog[s])])]);
    const statuses = (['new', 'open', 'pending', 'hold'] as const);
    const most = statuses.reduce((best, s) => (d.backlog[s] > d.backlog[best] ? s : best));
    const open = statuses.reduce((sum, s) => sum + d.backlog[s], 0);
    expect(backlog.summary).to.equal(`${num(open)} solicitações em aberto; a maioria em “${STATUS[most]}”: ${num(d.backlog[most])}.`);

    const product = chart(el, 'product');
    expect(product.horizontal).to.equal(true);
    expect(tableRows(product)).to.deep.equal([['Produto', 'Solicitações'], ...d.byProduct.map((p) => [p.name, num(p.count)])]);
    expect(product.summary).to.equal(`${d.byProduct[0]!.name} teve mais solicitações: ${num(d.byProduct[0]!.count)} de ${num(total(d.byProduct))}.`);

    const priority = chart(el, 'priority');
    expect(tableRows(priority)).to.deep.equal([['Prioridade', 'Solicitações'], ...d.byPriority.filter((p) => p.count).map((p) => [PRIORITY[p.priority], num(p.count)])]);
    const frequent = d.byPriority.reduce((best, p) => (p.count > best.count ? p : best));
    expect(priority.summary).to.equal(`Prioridade mais frequente: ${PRIORITY[frequent.priority]}, com ${num(frequent.count)} de ${num(total(d.byPriority))}.`);

    const projects = [...el.shadowRoot!.querySelectorAll('[part=project]')];
    expect(projects).to.have.length(d.projects.length);
    expect(d.projects.length).to.be.greaterThan(0);
    d.projects.forEach((p, i) => {
      const item = projects[i]!;
      expect(textOf(item)).to.contain(p.name);
      expect(textOf(item)).to.contain(`${pct(p.progress)} concluído`);
      const bar = item.querySelector('progress')!;
      expect(bar.value).to.equal(Math.round(p.progress * 100));
      expect(bar.getAttribute('aria-label')).to.equal(`Progresso de ${p.name}`);
      expect(item.querySelector('[part=badge]')!.textContent!.trim()).to.equal({ planned: 'Planejado', running: 'Em andamento', done: 'Concluído', late: 'Atrasado' }[p.status]);
    });
    // the product chart grows with its list (through the CSSOM: no style attribute in the markup)
    expect(getComputedStyle(product).getPropertyValue('--me-chart-height')).to.equal(`${Math.max(180, 48 + d.byProduct.length * 30)}px`);
    await expect(el).to.be.accessible();
  });

  it('sends the right query for 3 and 12 months, weekly and back, and takes a period seen before from the cache', async () => {
    const { el } = await renderDashboard();
    await loaded(el);
    const changes: Array<Record<string, string>> = [];
    el.addEventListener('me-dashboard-period-change', (e) => changes.push(e.detail as unknown as Record<string, string>));
    native(el, 'period').focus();
    await sendKeys({ press: 'ArrowUp' }); // 6m → 3m
    await waitUntil(() => queries().length === 2, 'no 3-month query');
    expect(queries()[1]).to.deep.equal({ from: '2026-09-01', to: '2026-11-28', granularity: 'month' });
    await loaded(el);
    expect(tableRows(chart(el, 'trend')).slice(1).map((r) => r[0])).to.deep.equal(['set. de 2026', 'out. de 2026', 'nov. de 2026']);
    expect(el.period).to.equal('3m');
    await sendKeys({ press: 'ArrowDown' }); // 3m → 6m: from the cache
    await sendKeys({ press: 'ArrowDown' }); // 6m → 12m
    await waitUntil(() => queries().length === 3, 'no 12-month query');
    expect(queries()[2]).to.deep.equal({ from: '2025-12-01', to: '2026-11-28', granularity: 'month' });
    await loaded(el);
    expect(tableRows(chart(el, 'trend'))).to.have.length(13);
    native(el, 'granularity').focus();
    await sendKeys({ press: 'ArrowDown' }); // month → week
    await waitUntil(() => queries().length === 4, 'no weekly query');
    expect(queries()[3]).to.deep.equal({ from: '2025-12-01', to: '2026-11-28', granularity: 'week' });
    await loaded(el);
    expect(chart(el, 'trend').type).to.equal('line');
    expect(tableRows(chart(el, 'trend'))[0]![0]).to.equal('Semana de');
    expect(tableRows(chart(el, 'trend'))[1]![0]).to.match(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(textOf(el)).to.contain('Média de aberturas por semana');
    await sendKeys({ press: 'ArrowUp' }); // week → month: the 12 months again, from the cache
    await loaded(el);
    native(el, 'period').focus();
    await sendKeys({ press: 'ArrowUp' }); // 12m → 6m, from the cache
    await loaded(el);
    await networkIdle();
    expect(queries(), 'a period seen before is not asked for again').to.have.length(4);
    expect(tableRows(chart(el, 'trend'))).to.have.length(7);
    expect(changes.map((c) => `${c.period} ${c.from} ${c.to} ${c.granularity}`)).to.deep.equal([
      '3m 2026-09-01 2026-11-28 month', '6m 2026-06-01 2026-11-28 month', '12m 2025-12-01 2026-11-28 month',
      '12m 2025-12-01 2026-11-28 week', '12m 2025-12-01 2026-11-28 month', '6m 2026-06-01 2026-11-28 month',
    ]);
  });

  it('ends preset periods today in the user’s time zone (from /v1/me), not the browser’s', async () => {
    const { el } = await renderDashboard({ today: null, period: '3m' });
    await loaded(el);
    await networkIdle();
    const zone = 'America/Sao_Paulo'; // Ana's time zone in the mocks' /v1/me
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const [y, m] = today.split('-').map(Number) as [number, number];
    const start = new Date(Date.UTC(y, m - 1 - 2, 1)).toISOString().slice(0, 10);
    expect(queries()).to.deep.equal([{ from: start, to: today, granularity: 'month' }]);
  });

  it('reaches the period picker with Tab and changes it with the keyboard', async () => {
    const { el } = await renderDashboard();
    await loaded(el);
    const print = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=print]')!;
    print.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('me-select.period'));
    expect(native(el, 'period').matches(':focus')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' }); // 6m → 12m
    await waitUntil(() => queries().some((q) => q.from === '2025-12-01'), 'the keyboard change sent no query');
    await sendKeys({ press: 'Tab' });
    expect(native(el, 'granularity').matches(':focus'), 'next stop: the grouping').to.equal(true);
  });

  it('asks for a custom range set by the host, and for the dates the user types', async () => {
    const { el } = await renderDashboard({ period: 'custom', from: '2026-08-01', to: '2026-10-31' });
    await loaded(el);
    expect(queries()).to.deep.equal([{ from: '2026-08-01', to: '2026-10-31', granularity: 'month' }]);
    expect(tableRows(chart(el, 'trend')).slice(1).map((r) => r[0])).to.deep.equal(['ago. de 2026', 'set. de 2026', 'out. de 2026']);
    const range = el.shadowRoot!.querySelector('me-date-range')!;
    const fromInput = range.shadowRoot!.querySelector<HTMLInputElement>('#from')!;
    expect(fromInput.value).to.equal('2026-08-01');
    fromInput.focus();
    await sendKeys({ type: '08082026' }); // day = month: the same date whatever the browser's order
    await waitUntil(() => queries().at(-1)?.from === '2026-08-08', 'the typed date sent no query');
    expect(queries().at(-1)).to.deep.equal({ from: '2026-08-08', to: '2026-10-31', granularity: 'month' });
    expect(el.from).to.equal('2026-08-08');
  });

  it('starts a custom range as the period shown (from the cache) and waits for both dates', async () => {
    const { el } = await renderDashboard({ period: '3m' });
    await loaded(el);
    native(el, 'period').focus();
    await sendKeys({ press: 'End' }); // → custom
    await el.updateComplete;
    const range = el.shadowRoot!.querySelector('me-date-range')!;
    expect([range.from, range.to]).to.deep.equal(['2026-09-01', '2026-11-28']);
    await loaded(el);
    await networkIdle();
    expect(queries()).to.have.length(1);
    el.from = '';
    await waitForText(el, 'Escolha o início e o fim do período.');
    expect(queries()).to.have.length(1);
  });

  it('says an empty period is empty instead of drawing empty axes', async () => {
    injectFault({ method: 'GET', path: `/organizations/${ORG}/dashboard`, body: EMPTY, times: 1 });
    const { el } = await renderDashboard();
    await waitForText(el, 'Nenhuma solicitação ou ordem de serviço entre 01/06/2026 e 28/11/2026.');
    await loaded(el);
    expect(charts(el).map((c) => c.empty)).to.deep.equal([true, true, true, true]);
    expect(el.shadowRoot!.querySelectorAll('me-chart')).to.have.length(4);
    for (const c of charts(el)) expect(c.shadowRoot!.querySelector('canvas')).to.equal(null);
    const text = textOf(el);
    expect(text).to.contain('Nenhuma solicitação aberta ou resolvida no período.');
    expect(text).to.contain('Nenhuma solicitação em aberto.');
    expect(text).to.contain('Nenhuma solicitação aberta no período.');
    expect(text).to.contain('Nenhum projeto nesta organização.');
    expect(figure(el, 'sla')).to.equal('Sem solicitações no período');
    expect(figure(el, 'approved-hours')).to.equal('Sem ordens de serviço no período');
    expect(text).to.not.contain('0%');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with a retry that works', async () => {
    injectFault({ method: 'GET', path: `/organizations/${ORG}/dashboard`, status: 500, delayMs: 400, times: 1 });
    const { el } = await renderDashboard();
    await waitForText(el, 'Carregando');
    expect(el.shadowRoot!.querySelector('[role=status][aria-busy=true]')).to.exist;
    await waitForText(el, 'Tentar novamente');
    expect(el.shadowRoot!.querySelector('[data-kind=error][role=alert]')).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=retry]')!.click();
    await loaded(el);
    expect(sent('GET', dashboardPath)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows no-permission on 403, without a retry', async () => {
    injectFault({ method: 'GET', path: `/organizations/${ORG}/dashboard`, status: 403, times: 1 });
    const { el } = await renderDashboard();
    await waitForText(el, 'Você não tem permissão para ver isto.');
    expect(el.shadowRoot!.querySelector('[data-kind=forbidden]')).to.exist;
    expect(el.shadowRoot!.querySelector('button[part~=retry]')).to.equal(null);
  });

  it('names the bad field of a malformed payload', async () => {
    injectFault({ method: 'GET', path: `/organizations/${ORG}/dashboard`, body: { ...EMPTY, slaCompliance: 1.7 }, times: 1 });
    const { el } = await renderDashboard();
    await waitForText(el, 'formato inesperado (campo “slaCompliance”)');
    expect(el.shadowRoot!.querySelector('.figures')).to.equal(null);
  });

  it('follows its container: two chart columns when wide, one in a narrow column, nothing wider than it', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
      <div class="wide" style="width: 960px"><me-dashboard today="2026-11-28"></me-dashboard></div>
      <div class="narrow" style="width: 340px"><me-dashboard today="2026-11-28"></me-dashboard></div></me-portal>`);
    const [wide, narrow] = [...portal.querySelectorAll('me-dashboard')] as [MeDashboard, MeDashboard];
    await loaded(wide);
    await loaded(narrow);
    const columns = (el: MeDashboard) => getComputedStyle(el.shadowRoot!.querySelector('.charts')!).gridTemplateColumns.split(' ').length;
    expect(columns(wide)).to.equal(2);
    expect(columns(narrow)).to.equal(1);
    expect(narrow.getBoundingClientRect().width).to.equal(340);
    for (const c of charts(narrow)) expect(c.getBoundingClientRect().right).to.be.at.most(narrow.getBoundingClientRect().right);
  });

  it('says it is misconfigured outside a portal', async () => {
    const alone = await fixture(html`<me-dashboard></me-dashboard>`);
    await waitForText(alone, 'Componente não configurado');
    await expect(alone).to.be.accessible();
  });

  it('refetches when a ticket is created elsewhere in the same portal, and the figures change', async () => {
    const { el, context } = await renderDashboard();
    await loaded(el);
    await networkIdle();
    const before = { nov: tableRows(chart(el, 'trend')).at(-1)!, backlog: tableRows(chart(el, 'backlog'))[1]! };
    expect(before.nov[0]).to.equal('nov. de 2026');
    await createTicket(context(), {
      organizationId: ORG, productId: FACTS.products.inUse, priority: 'urgent',
      subject: 'Erro ao emitir nota fiscal', description: 'A emissão falha com o erro 539 desde hoje cedo.',
    }, crypto.randomUUID());
    await waitUntil(() => queries().length === 2, 'the dashboard was not refetched');
    await waitUntil(() => tableRows(chart(el, 'trend')).at(-1)![1] !== before.nov[1], 'the chart did not change', { timeout: 8000 });
    expect(parse(tableRows(chart(el, 'trend')).at(-1)![1]!)).to.equal(parse(before.nov[1]!) + 1);
    expect(tableRows(chart(el, 'backlog'))[1]![0]).to.equal('Novo');
    expect(parse(tableRows(chart(el, 'backlog'))[1]![1]!)).to.equal(parse(before.backlog[1]!) + 1);
  });

  it('prints the figures and the charts’ numbers through the portal’s print service', async () => {
    const printed: Array<{ title: string; body: string }> = [];
    const { defaultBrowserServices } = await import('../../../src/core/browser.js');
    const services = { ...defaultBrowserServices, print: async (title: string, body: string) => { printed.push({ title, body }); } };
    const { el } = await renderDashboard({ services });
    await loaded(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=print]')!.click();
    await waitUntil(() => printed.length === 1, 'nothing printed');
    expect(printed[0]!.title).to.match(/^Dashboard do cliente — /);
    const doc = new DOMParser().parseFromString(printed[0]!.body, 'text/html');
    expect(doc.body.textContent).to.contain('Cumprimento do SLA');
    expect(doc.body.textContent).to.contain(chart(el, 'trend').summary);
    expect(doc.querySelectorAll('table')).to.have.length(5);
    expect(doc.querySelectorAll('[style]').length).to.equal(0);
  });

  it('speaks English and Spanish, numbers and dates in their locale', async () => {
    const en = await renderDashboard({ locale: 'en' });
    await loaded(en.el);
    let text = textOf(en.el);
    expect(text).to.contain('Customer dashboard');
    expect(text).to.contain('From 06/01/2026 to 11/28/2026');
    expect(text).to.contain('SLA compliance');
    expect(tableRows(chart(en.el, 'backlog'))[1]![0]).to.equal('New');
    expect(chart(en.el, 'trend').summary).to.match(/^Most tickets opened in \w+ 2026: \d+\./);
    expect(tableRows(chart(en.el, 'trend'))[1]![0]).to.equal('Jun 2026');
    await expect(en.el).to.be.accessible();
    const es = await renderDashboard({ locale: 'es' });
    await loaded(es.el);
    text = textOf(es.el);
    expect(text).to.contain('Panel del cliente');
    expect(text).to.contain('Del 01/06/2026 al 28/11/2026');
    expect(text).to.contain('Cumplimiento del SLA');
    expect(chart(es.el, 'product').summary).to.match(/tuvo más solicitudes: \d+ de \d+\.$/);
  });
});
