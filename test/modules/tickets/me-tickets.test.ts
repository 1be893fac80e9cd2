import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/tickets/define.js';
import { defaultBrowserServices, type BrowserServices } from '../../../src/core/browser.js';
import type { ListEnvelope, TicketSummary } from '../../../src/core/schemas/index.js';
import type { MeTickets } from '../../../src/modules/tickets/me-tickets.js';
import { clearFaults } from '../../../src/mocks/index.js';
import { countElements } from '../../helpers/dom.js';
import { deepActiveElement, deepQuery, FACTS, injectFault, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const OPEN_SUBJECT = 'SPED Fiscal: bloco C190 com valores divergentes em outubro';

/** 1100 px wide: every column of the list shows (narrower lists drop the requester, then the product) */
async function renderTickets(options: { token?: string; tab?: string; ticketId?: string; services?: BrowserServices } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} .services=${options.services ?? defaultBrowserServices}>
    <me-tickets style="width: 1100px" tab=${options.tab ?? 'mine'} ticket-id=${options.ticketId ?? ''}></me-tickets></me-portal>`);
  const tickets = portal.querySelector<MeTickets>('me-tickets')!;
  return { portal, tickets };
}

const list = (tickets: MeTickets) => deepQuery(tickets, 'me-data-list')!;

const ticketRequests = () => sent('GET', '/v1/tickets').map((r) => new URL(r.url).searchParams);

const STATUS: Record<string, string> = { new: 'Novo', open: 'Em atendimento', pending: 'Aguardando cliente', hold: 'Em espera', solved: 'Resolvido', closed: 'Encerrado' };
const PRIORITY: Record<string, string> = { low: 'Baixa', normal: 'Normal', high: 'Alta', urgent: 'Urgente' };

/** The loaded rows a data list shows, in order: the text of each cell (number, subject, status, priority, product, requester, …). */
function shownRows(dataList: HTMLElement): string[][] {
  return [...dataList.shadowRoot!.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)')]
    .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
    .map((row) => [...row.querySelectorAll('[part=cell]')].map((cell) => textOf(cell).trim()));
}

/** What a row should show for a ticket (the first six columns). */
const expectedRow = (t: TicketSummary) => [t.number, t.subject, STATUS[t.status]!, PRIORITY[t.priority]!, t.product?.name ?? 'Sem produto', t.requester.name];

/** The mock API's answer to the same request the widget sent (the mocks are deterministic). */
async function answerTo(request: Request): Promise<ListEnvelope<TicketSummary>> {
  const response = await fetch(request.url, { headers: { Authorization: 'Bearer demo-token' } });
  expect(response.status).to.equal(200);
  return (await response.json()) as ListEnvelope<TicketSummary>;
}

/** The last list request (not the tab counts' pageSize=1) of a path. */
const lastListRequest = (path: string) => sent('GET', path).filter((r) => new URL(r.url).searchParams.get('pageSize') !== '1').at(-1)!;

/** Chooses `value` in the single <me-select> labelled `label`, the way a user does (the native select's change). */
async function chooseIn(root: HTMLElement, label: string, value: string) {
  const select = [...root.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('me-select')].find((s) => s.label === label)!;
  expect(select, `no select labelled ${label}`).to.exist;
  const native = select.shadowRoot!.querySelector('select')!;
  native.value = value;
  expect(native.value, `${label} has no option ${value}`).to.equal(value);
  native.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<me-tickets>', () => {
  useMockApi();

  it('lists my tickets with number, subject, status, priority, product and requester, and counts per tab', async () => {
    const { tickets } = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    const first = ticketRequests().find((q) => q.get('scope') === 'mine' && q.get('pageSize') !== '1')!;
    expect(first.get('organizationId')).to.equal(FACTS.orgs.a);
    expect(first.get('sort')).to.equal('-updatedAt');
    const answer = await answerTo(lastListRequest('/v1/tickets'));
    const rows = shownRows(list(tickets));
    expect(rows.length, 'rows on screen').to.be.greaterThan(5);
    // every row on screen shows its ticket's number, subject, status, priority, product and requester, in the server's order
    expect(rows.map((cells) => cells.slice(0, 6))).to.deep.equal(answer.items.slice(0, rows.length).map(expectedRow));
    const open = rows.find((cells) => cells[1] === OPEN_SUBJECT)!;
    expect(open.slice(0, 4)).to.deep.equal([FACTS.tickets.open.replace('tkt-', ''), OPEN_SUBJECT, 'Em atendimento', 'Alta']);
    expect(open[5]).to.equal('Ana Beatriz Carvalho');
    expect(rows.some((cells) => cells[4] !== 'Sem produto'), 'some rows name their product').to.equal(true);
    const tabs = deepQuery(tickets, 'me-tabs')!;
    await waitUntil(() => /Minhas\s*\d+/.test(textOf(tabs)) && /Da organização\s*10\.000/.test(textOf(tabs)), `no count on the tabs: ${textOf(tabs)}`);
    const mineTotal = (await answerTo(sent('GET', '/v1/tickets').find((r) => new URL(r.url).searchParams.get('scope') === 'mine')!)).total;
    expect(textOf(tabs)).to.match(new RegExp(`Minhas\\s*${mineTotal.toLocaleString('pt-BR').replace('.', '\\.')}`));
  });

  it('hides the organization tab from members, and shows no-permission when they ask for it', async () => {
    const { tickets } = await renderTickets({ token: FACTS.tokens.member, tab: 'organization' });
    await waitForText(tickets, 'Você não tem permissão para ver isto.');
    expect(textOf(deepQuery(tickets, 'me-tabs')!)).to.not.contain('Da organização');
    expect(ticketRequests().some((q) => q.get('scope') === 'organization')).to.equal(false);
  });

  it('shows no-permission when the server answers 403 for stale roles', async () => {
    injectFault({ method: 'GET', path: '/v1/tickets', status: 403, times: 10 });
    const { tickets } = await renderTickets({ tab: 'organization' });
    await waitForText(tickets, 'Você não tem permissão para ver isto.');
  });

  it('searches, filters and sorts on the server', async () => {
    const { tickets } = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    const search = deepQuery(tickets, 'me-search-field')!;
    const input = search.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'SPED' });
    await waitUntil(() => ticketRequests().some((q) => q.get('q') === 'SPED'), 'no request with q=SPED');
    await waitForText(list(tickets), OPEN_SUBJECT);

    const ticketList = deepQuery(tickets, 'me-ticket-list')!;
    await chooseIn(ticketList, 'Prioridade', 'high');
    await waitUntil(() => ticketRequests().some((q) => q.get('q') === 'SPED' && q.get('priority') === 'high'), 'no request with q=SPED&priority=high');
    const filtered = lastListRequest('/v1/tickets');
    const query = new URL(filtered.url).searchParams;
    expect([query.get('scope'), query.get('organizationId'), query.get('q'), query.get('priority'), query.get('sort')]).to.deep.equal(['mine', FACTS.orgs.a, 'SPED', 'high', '-updatedAt']);
    const answer = await answerTo(filtered);
    expect(answer.total, 'the filter leaves some tickets').to.be.greaterThan(1);
    expect(answer.items.every((t) => t.priority === 'high')).to.equal(true);
    await waitUntil(() => shownRows(list(tickets)).length === answer.total, `rows shown: ${shownRows(list(tickets)).length} of ${answer.total}`);
    expect(shownRows(list(tickets)).map((cells) => cells.slice(0, 6)), 'the list shows the filtered answer').to.deep.equal(answer.items.map(expectedRow));

    const header = deepQuery<HTMLButtonElement>(list(tickets), '[role=columnheader] button')!;
    expect(textOf(header).trim()).to.match(/^Número/);
    header.click();
    await waitUntil(() => ticketRequests().some((q) => /^-?number$/.test(q.get('sort') ?? '')), 'no sorted request');
    const sorted = lastListRequest('/v1/tickets');
    const sortQuery = new URL(sorted.url).searchParams;
    expect([sortQuery.get('q'), sortQuery.get('priority')], 'sorting keeps the search and the filter').to.deep.equal(['SPED', 'high']);
    const sortedAnswer = await answerTo(sorted);
    const numbers = sortedAnswer.items.map((t) => Number(t.number));
    const ascending = sortQuery.get('sort') === 'number';
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => (ascending ? a - b : b - a)));
    await waitUntil(() => shownRows(list(tickets))[0]?.[0] === sortedAnswer.items[0]!.number, 'the sorted rows never showed');
    expect(shownRows(list(tickets)).map((cells) => cells.slice(0, 6))).to.deep.equal(sortedAnswer.items.map(expectedRow));
  });

  it('keeps what the user types in the search box: a pause after a space does not eat the space', async () => {
    const { tickets } = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    const input = deepQuery(tickets, 'me-search-field')!.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'SPED ' });
    await waitUntil(() => ticketRequests().some((q) => q.get('q') === 'SPED'), 'no request with q=SPED');
    await waitForText(list(tickets), OPEN_SUBJECT);
    expect(input.value).to.equal('SPED ');
    await sendKeys({ type: 'Fiscal' });
    await waitUntil(() => ticketRequests().some((q) => q.get('q') === 'SPED Fiscal'), `no request with q="SPED Fiscal": ${ticketRequests().map((q) => q.get('q')).join(' | ')}`);
    expect(input.value).to.equal('SPED Fiscal');
  });

  it('scrolls the organization’s 10,000 tickets with a bounded DOM and reaches the last one', async function () {
    this.timeout(60000);
    const { tickets } = await renderTickets({ tab: 'organization' });
    const dataList = list(tickets);
    await waitUntil(() => textOf(dataList).includes('10.000'), 'no announced total', { timeout: 15000 });
    const row = dataList.shadowRoot!.querySelector<HTMLElement>('[role=row][aria-rowindex="2"]')!;
    row.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => dataList.shadowRoot!.querySelector('[role=row][aria-rowindex="10001"]')?.textContent?.trim(), 'the last row never loaded', { timeout: 40000 });
    const pages = ticketRequests().filter((q) => q.get('scope') === 'organization' && q.get('pageSize') === '100').map((q) => q.get('page'));
    expect(pages).to.include('100');
    expect(pages.length).to.be.lessThan(10);
    const elements = countElements(dataList);
    console.info(`tickets list DOM: ${elements} elements for 10,000 tickets`);
    expect(elements).to.be.lessThan(500);
  });

  it('shows an error with retry for a malformed list payload, while the page keeps working', async () => {
    injectFault({ method: 'GET', path: '/v1/tickets', body: { items: 5, page: 1, pageSize: 100, total: 1 }, times: Infinity });
    const { tickets } = await renderTickets();
    await waitForText(tickets, 'formato inesperado');
    clearFaults();
    expect(textOf(deepQuery(tickets, 'me-tabs')!)).to.contain('Em cópia');
    const retry = [...list(tickets).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Tentar novamente'))!;
    retry.click();
    await waitForText(tickets, OPEN_SUBJECT);
  });

  it('opens a ticket from the list with the keyboard and announces it; ticket-id deep-links', async () => {
    const { tickets } = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    const dataList = list(tickets);
    const row = [...dataList.shadowRoot!.querySelectorAll<HTMLElement>('[role=row]')].find((r) => r.textContent!.includes(OPEN_SUBJECT))!;
    row.focus();
    const opened = oneEvent(tickets, 'me-ticket-opened');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.ticketId).to.equal(FACTS.tickets.open);
    await waitUntil(() => deepQuery(tickets, 'me-ticket-detail'), 'no detail');
    await waitForText(deepQuery(tickets, 'me-ticket-detail')!, OPEN_SUBJECT);
    const direct = await renderTickets({ ticketId: FACTS.tickets.solved });
    await waitUntil(() => deepQuery(direct.tickets, 'me-ticket-detail'), 'no detail from ticket-id');
    await waitForText(deepQuery(direct.tickets, 'me-ticket-detail')!, 'Livros fiscais (MATR930) sem as notas de devolução');
  });

  it('downloads the open-tickets CSV and prints the whole report', async () => {
    const downloads: Array<{ name: string; content: Blob | string }> = [];
    const prints: Array<{ title: string; body: string }> = [];
    const services = {
      ...defaultBrowserServices,
      download: (name: string, content: Blob | string) => { downloads.push({ name, content }); },
      print: async (title: string, body: string) => { prints.push({ title, body }); },
    };
    const { tickets } = await renderTickets({ services, tab: 'organization' });
    await waitForText(tickets, 'Baixar CSV');
    const buttons = [...tickets.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=header] button')];
    buttons.find((b) => b.textContent!.includes('Baixar CSV'))!.click();
    await waitUntil(() => downloads.length === 1, 'no download');
    expect(downloads[0]!.name).to.match(/^solicitacoes-abertas-organizacao-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await (downloads[0]!.content as Blob).text();
    expect(csv.split('\n')[0]).to.contain('number,subject,status,priority,product,module,requester,organization,createdAt,dueAt');
    const report = sent('GET', '/v1/tickets/report')[0]!;
    expect(new URL(report.url).searchParams.get('scope')).to.equal('organization');
    buttons.find((b) => b.textContent!.includes('Imprimir'))!.click();
    await waitUntil(() => prints.length === 1, 'nothing printed', { timeout: 8000 });
    const rows = prints[0]!.body.split('<tr>').length - 2; // header row excluded
    const openCount = csv.trim().split('\n').length - 1;
    expect(rows).to.equal(openCount);
    expect(rows).to.be.greaterThan(100); // the whole report, not the rows on screen
  });

  it('browses the archives read-only by source', async () => {
    const { tickets } = await renderTickets();
    await waitForText(tickets, 'Arquivo');
    [...tickets.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=header] button')].find((b) => b.textContent!.trim() === 'Arquivo')!.click();
    await waitForText(tickets, 'Arquivo de solicitações encerradas');
    await waitForText(tickets, 'Solicitações arquivadas são somente para consulta.');
    await waitUntil(() => sent('GET', '/v1/tickets/archive').length > 0, 'no archive request');
    expect(new URL(sent('GET', '/v1/tickets/archive')[0]!.url).searchParams.get('source')).to.equal('legacy');
    const legacy = await answerTo(lastListRequest('/v1/tickets/archive'));
    await waitUntil(() => shownRows(list(tickets)).length > 0, 'no archived rows');
    const legacyRows = shownRows(list(tickets));
    expect(legacyRows.map((cells) => cells.slice(0, 6))).to.deep.equal(legacy.items.slice(0, legacyRows.length).map(expectedRow));

    // a second source: CMNET
    const archive = deepQuery(tickets, 'me-ticket-archive')!;
    await chooseIn(archive, 'Origem', 'cmnet');
    await waitUntil(() => sent('GET', '/v1/tickets/archive').some((r) => new URL(r.url).searchParams.get('source') === 'cmnet'), 'no request for the CMNET archive');
    const cmnet = await answerTo(lastListRequest('/v1/tickets/archive'));
    expect(cmnet.items.length).to.be.greaterThan(0);
    expect(cmnet.items.every((t) => t.platform === 'cmnet' && t.status === 'closed')).to.equal(true);
    await waitUntil(() => shownRows(list(tickets))[0]?.[0] === cmnet.items[0]!.number, 'the CMNET rows never showed');
    const cmnetRows = shownRows(list(tickets));
    expect(cmnetRows.map((cells) => cells.slice(0, 6))).to.deep.equal(cmnet.items.slice(0, cmnetRows.length).map(expectedRow));
    expect(cmnetRows.map((cells) => cells[0])).to.not.include.members(legacyRows.map((cells) => cells[0]));

    // read only: an archived ticket opens with the archive notice and no way to reply, solve or rate
    const row = list(tickets).shadowRoot!.querySelector<HTMLElement>('[role=row][data-index="0"]')!;
    row.focus();
    const opened = oneEvent(tickets, 'me-ticket-opened');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.ticketId).to.equal(cmnet.items[0]!.id);
    await waitUntil(() => deepQuery(tickets, 'me-ticket-detail')?.shadowRoot?.querySelector('[part=ticket]'), 'the archived ticket never showed', { timeout: 6000 });
    const detail = deepQuery(tickets, 'me-ticket-detail')!;
    await waitForText(detail, 'Solicitação arquivada (CMNET): somente consulta.');
    expect(textOf(detail)).to.contain(cmnet.items[0]!.subject);
    expect(detail.shadowRoot!.querySelector('textarea, .reply, button.solve, .rating form'), 'no reply, solve or rating').to.be.null;
    expect(textOf(detail)).to.not.contain('Marcar como resolvida');
  });

  it('is accessible', async () => {
    const { tickets } = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    await expect(tickets).to.be.accessible();
  });

  it('keyboard-only: Tab into the list, arrows to a ticket, Enter opens it, reply, Esc back to the same row', async () => {
    const { tickets } = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    const activeRow = () => deepActiveElement()?.closest('[role=row]') as HTMLElement | null;
    const inList = () => activeRow()?.getRootNode() === list(tickets).shadowRoot && activeRow()!.hasAttribute('data-index');
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 30 && !inList(); i++) await sendKeys({ press: 'Tab' });
    expect(inList(), `Tab never reached a row; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`).to.equal(true);
    for (let i = 0; i < 40 && !activeRow()!.textContent!.includes(OPEN_SUBJECT); i++) await sendKeys({ press: 'ArrowDown' });
    const row = activeRow()!;
    expect(row.textContent).to.contain(OPEN_SUBJECT);

    const opened = oneEvent(tickets, 'me-ticket-opened');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.ticketId).to.equal(FACTS.tickets.open);
    await waitUntil(() => deepQuery(tickets, 'me-ticket-detail'), 'no detail', { timeout: 6000 });
    const detail = deepQuery(tickets, 'me-ticket-detail')!;
    const drawer = deepQuery(tickets, 'me-drawer')!;
    await waitUntil(() => deepQuery(detail, 'textarea'), 'no reply field', { timeout: 6000 });
    const inDrawer = () => { for (let n: Node | null = deepActiveElement(); n; n = (n.getRootNode() as ShadowRoot).host ?? null) if (n === drawer) return true; return false; };
    expect(inDrawer(), 'focus did not move into the drawer').to.equal(true);
    const textarea = deepQuery<HTMLTextAreaElement>(detail, 'textarea')!;
    for (let i = 0; i < 40 && deepActiveElement() !== textarea; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(textarea);
    await sendKeys({ type: 'Segue o log pedido.' });
    const onSubmit = () => ((deepActiveElement()?.getRootNode() as ShadowRoot | undefined)?.host?.localName === 'me-submit-button');
    for (let i = 0; i < 8 && !onSubmit(); i++) await sendKeys({ press: 'Tab' });
    expect(onSubmit()).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent('POST', `/v1/tickets/${FACTS.tickets.open}/comments`).length === 1, 'no reply sent', { timeout: 6000 });
    await waitForText(detail, 'Segue o log pedido.');

    const closed = oneEvent(tickets, 'me-ticket-opened');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.ticketId).to.equal(undefined);
    await waitUntil(() => !deepQuery(tickets, 'me-ticket-detail'), 'the drawer did not close');
    await waitUntil(() => activeRow()?.textContent?.includes(OPEN_SUBJECT), `focus did not come back to the row; it is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
    expect(tickets.ticketId).to.equal(undefined);
  });

  it('a follow-up of a closed ticket opened from the drawer replaces it with the new ticket', async () => {
    const { tickets } = await renderTickets({ ticketId: FACTS.tickets.closed });
    await waitUntil(() => deepQuery(tickets, 'me-ticket-detail')?.shadowRoot?.querySelector('.closed button'), 'no closed notice', { timeout: 6000 });
    const detail = deepQuery(tickets, 'me-ticket-detail')!;
    [...detail.shadowRoot!.querySelectorAll<HTMLButtonElement>('.closed button')].find((b) => b.textContent!.includes('Abrir nova solicitação'))!.click();
    await waitUntil(() => detail.shadowRoot!.querySelector('me-ticket-new')?.shadowRoot?.querySelector('me-field[name="description"]'), 'no follow-up form', { timeout: 6000 });
    const form = detail.shadowRoot!.querySelector('me-ticket-new')!;
    await waitUntil(() => form.shadowRoot!.querySelector('me-field[name="productId"]')?.shadowRoot?.querySelector('select')?.value, 'no product carried over');
    const description = form.shadowRoot!.querySelector('me-field[name="description"]')!.shadowRoot!.querySelector('textarea')!;
    description.value = 'Ainda preciso de ajuda com o prazo das atividades.';
    description.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const created = oneEvent(tickets, 'me-ticket-created');
    form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!.click();
    const { ticket } = (await created).detail;
    await waitUntil(() => tickets.ticketId === ticket.id, 'the drawer did not move to the new ticket');
    await waitUntil(() => textOf(deepQuery(tickets, 'me-ticket-detail')!).includes(ticket.subject), 'the new ticket never showed', { timeout: 6000 });
  });
});
