import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/ticket-manager/define.js';
import type { MeTicketManager } from '../../../src/modules/ticket-manager/me-ticket-manager.js';
import type { TicketList } from '../../../src/core/schemas/tickets.js';
import { click, useMouse } from '../../helpers/input.js';
import { deepActiveElement, deepQuery, FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

async function renderManager(options: { token?: string; ticketId?: string; locale?: string; tall?: boolean } = {}) {
  // tall: 20 rows on screen at once (the list is virtual: only what is near the viewport is rendered)
  const style = `width: 1200px${options.tall ? '; --me-tickets-list-height: 1100px' : ''}`;
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} locale=${options.locale ?? 'pt-BR'}>
    <me-ticket-manager style=${style} ticket-id=${options.ticketId ?? ''}></me-ticket-manager></me-portal>`);
  return { portal, el: portal.querySelector<MeTicketManager>('me-ticket-manager')! };
}

const ticketList = (el: MeTicketManager) => el.shadowRoot!.querySelector('me-ticket-list')!;
const dataList = (el: MeTicketManager) => ticketList(el)?.shadowRoot?.querySelector('me-data-list') as HTMLElement;
const rows = (el: MeTicketManager) => [...(dataList(el)?.shadowRoot?.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)') ?? [])];
const checkbox = (row: HTMLElement) => row.querySelector<HTMLInputElement>('input[type=checkbox]');
const buttonIn = (root: ShadowRoot | Element | undefined, text: string) =>
  [...((root instanceof Element ? root.shadowRoot : root)?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent!.trim().startsWith(text));
const bulkAction = (el: MeTicketManager) => el.shadowRoot!.querySelector('me-ticket-bulk-action')!;
const managedRequests = () => sent('GET', '/v1/tickets').map((r) => new URL(r.url).searchParams).filter((q) => q.get('scope') === 'managed');

async function waitForRows(el: MeTicketManager, min = 1) {
  await waitUntil(() => rows(el).length >= min, `the list never showed ${min} rows`, { timeout: 8000 });
}

/** Picks an organization in the list's organization filter, by keyboard. */
async function filterOrganization(el: MeTicketManager, name: string) {
  const select = deepQuery<HTMLElement>(ticketList(el).shadowRoot!, 'me-select')!;
  const selects = [...ticketList(el).shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('me-select')];
  const organization = selects.find((s) => s.label === 'Organização') ?? select;
  const native = organization.shadowRoot!.querySelector('select')!;
  native.focus();
  const target = [...native.options].findIndex((o) => o.textContent!.includes(name));
  while (native.selectedIndex !== target) await sendKeys({ press: native.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
}

/** The first `n` rows selected with the mouse: a click on the first checkbox, shift+click on the n-th. */
async function selectFirst(el: MeTicketManager, n: number) {
  await waitForRows(el, n);
  await click(checkbox(rows(el)[0]!)!);
  await sendKeys({ down: 'Shift' });
  await click(checkbox(rows(el)[n - 1]!)!);
  await sendKeys({ up: 'Shift' });
  await waitUntil(() => el.shadowRoot!.querySelector('[part=bulk]')?.textContent?.includes(`${n} selecionadas`), `the bar never said ${n} selected`);
}

/** Answers of the mock for the managed list (what the widget showed). */
async function answerOf(request: Request): Promise<TicketList> {
  return (await (await fetch(request.url, { headers: { Authorization: 'Bearer demo-token' } })).json()) as TicketList;
}

describe('<me-ticket-manager>', () => {
  const api = useMockApi();
  useMouse();

  it('lists every linked organization’s tickets (scope=managed) with an organization column and filter', async () => {
    const { el } = await renderManager();
    await waitForRows(el, 5);
    expect(textOf(el)).to.contain('Gerenciar solicitações');
    const first = managedRequests()[0]!;
    expect(first.get('organizationId'), 'all organizations: no organizationId').to.equal(null);
    const answer = await answerOf(sent('GET', '/v1/tickets').find((r) => new URL(r.url).searchParams.get('scope') === 'managed')!);
    expect(new Set(answer.items.map((t) => t.organization.id)).size, 'both organizations in one list').to.be.greaterThan(0);
    const headers = [...dataList(el).shadowRoot!.querySelectorAll('[role=columnheader]')].map((h) => h.textContent!.trim());
    expect(headers).to.include('Organização');
    await filterOrganization(el, 'Sabor do Sul');
    await waitUntil(() => managedRequests().some((q) => q.get('organizationId') === FACTS.orgs.b), 'no request for org B');
    await waitUntil(() => rows(el).length > 0 && rows(el).every((r) => r.textContent!.includes('Sabor do Sul')), 'the rows are not org B’s');
    await expect(el).to.be.accessible();
  });

  it('a bulk CC change over 20 tickets: one PUT per ticket, at most 4 at a time, results per ticket, successes deselected', async function () {
    this.timeout(30000);
    const { el } = await renderManager({ tall: true });
    await filterOrganization(el, 'Metalúrgica');
    await waitUntil(() => managedRequests().some((q) => q.get('organizationId') === FACTS.orgs.a));
    await waitUntil(() => rows(el).length >= 20 && rows(el).every((r) => r.textContent!.includes('Metalúrgica')), 'org A rows', { timeout: 8000 });
    await selectFirst(el, 20);
    const selected = [...el.shadowRoot!.querySelector('me-ticket-list')!.selectedKeys].map((id) => ticketList(el).ticket(id)!);
    const closed = selected.filter((t) => !t.permissions.canEditCcs).length;
    // every PUT waits 150 ms at the mock: the runner's limit shows in how many are open at once
    injectFault({ method: 'PUT', path: '/tickets/:id/ccs', delayMs: 150, times: Infinity });
    let open = 0;
    let peak = 0;
    const worker = api().worker;
    const onStart = ({ request }: { request: Request }) => { if (request.method === 'PUT') { open += 1; peak = Math.max(peak, open); } };
    const onEnd = ({ request }: { request: Request }) => { if (request.method === 'PUT') open -= 1; };
    worker.events.on('request:start', onStart);
    worker.events.on('request:end', onEnd);
    try {
      await click(buttonIn(el.shadowRoot!, 'Pessoas em cópia (20)')!);
      const action = await waitUntil(() => bulkAction(el), 'no action dialog').then(() => bulkAction(el));
      await waitForText(action, 'Adicionar em cópia');
      const add = [...action.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('me-select')].find((s) => s.label === 'Adicionar em cópia')!;
      await click(add.shadowRoot!.querySelector('button')!);
      const option = [...add.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')].find((o) => o.textContent!.includes('Bruno Henrique Souza'))!;
      await click(option);
      await sendKeys({ press: 'Escape' });
      await click(buttonIn(action, 'Aplicar em')!);
      await waitForText(action, 'solicitações alteradas', 15000);
    } finally {
      worker.events.removeListener('request:start', onStart);
      worker.events.removeListener('request:end', onEnd);
    }
    const puts = sent('PUT', /\/v1\/tickets\/[^/]+\/ccs$/);
    console.log(`bulk CC change over 20 selected tickets: ${puts.length} PUT requests, at most ${peak} at once (${closed} closed tickets refused without a request)`);
    expect(puts.length).to.equal(20 - closed);
    expect(peak).to.be.at.most(4);
    expect(peak).to.be.at.least(2);
    for (const request of puts) {
      const id = new URL(request.url).pathname.split('/')[4];
      const body = JSON.parse(await request.clone().text()) as { personIds: string[] };
      // Bruno in copy everywhere, except where he is the requester (never in copy of his own ticket)
      if (selected.find((t) => t.id === id)!.requester.id !== FACTS.users.member) expect(body.personIds).to.include(FACTS.users.member);
    }
    const results = [...bulkAction(el).shadowRoot!.querySelectorAll('.results li')];
    expect(results).to.have.length(20);
    const byNumber = (li: Element) => selected.find((t) => li.querySelector('strong')!.textContent === t.number)!;
    const ok = results.filter((li) => li.classList.contains('ok')).map(byNumber);
    const failed = results.filter((li) => li.classList.contains('failed'));
    console.log(`  ${ok.length} changed; not changed: ${failed.map((li) => textOf(li.querySelector('.outcome')!)).join(' | ')}`);
    expect(ok.length, 'every PUT the server accepted').to.be.at.least(20 - closed - 1);
    // a ticket the server refused (422: someone already in its copy is no longer an active contact) says who
    for (const li of failed.filter((f) => !textOf(f).includes('Sem permissão'))) {
      expect(textOf(li.querySelector('.outcome')!)).to.match(/Não é um contato ativo da organização: \S.+\./);
    }
    for (const ticket of ok) {
      const record = api().db.tickets.find((t) => t.id === ticket.id)!;
      expect(record.ccIds.includes(FACTS.users.member) || record.requesterId === FACTS.users.member, `${ticket.number} has Bruno in copy`).to.equal(true);
    }
    expect(ticketList(el).selectedKeys.size, 'only the ones not changed stay selected').to.equal(failed.length);
  });

  it('a partial failure: members’ organizations refused without a request, a 403 and a 500 shown per ticket, failures kept selected', async function () {
    this.timeout(30000);
    const { el } = await renderManager();
    await waitForRows(el, 12);
    await selectFirst(el, 12);
    const selected = [...ticketList(el).selectedKeys].map((id) => ticketList(el).ticket(id)!);
    const allowed = selected.filter((t) => t.organization.id === FACTS.orgs.a && t.permissions.canEditCcs && t.ccs.length);
    const refused = selected.filter((t) => t.organization.id !== FACTS.orgs.a || !t.permissions.canEditCcs);
    expect(refused.some((t) => t.organization.id === FACTS.orgs.b), 'the first rows mix both organizations').to.equal(true);
    const [forbidden, broken] = selected.filter((t) => t.organization.id === FACTS.orgs.a && t.permissions.canEditCcs);
    injectFault({ method: 'PUT', path: `/tickets/${forbidden!.id}/ccs`, status: 403, body: {
      type: 'https://api.meu-espaco.example/problems/permission-denied', title: 'Sem permissão', status: 403, detail: 'Você não pode alterar as pessoas em cópia.' } });
    injectFault({ method: 'PUT', path: `/tickets/${broken!.id}/ccs`, status: 500 });
    await click(buttonIn(el.shadowRoot!, 'Pessoas em cópia (12)')!);
    await waitUntil(() => bulkAction(el));
    const action = bulkAction(el);
    await waitForText(action, 'ficam de fora');
    const remove = [...action.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('me-select')].find((s) => s.label === 'Remover da cópia')!;
    await click(remove.shadowRoot!.querySelector('button')!);
    await click(remove.shadowRoot!.querySelector<HTMLElement>('[role=option]')!);
    await sendKeys({ press: 'Escape' });
    await click(buttonIn(action, 'Aplicar em')!);
    await waitForText(action, 'solicitações alteradas', 15000);
    await networkIdle();
    const sentIds = sent('PUT', /\/ccs$/).map((r) => new URL(r.url).pathname.split('/')[4]);
    expect(sentIds.some((id) => refused.some((t) => t.id === id)), 'nothing sent for a refused ticket').to.equal(false);
    expect(sentIds.length).to.equal(selected.length - refused.length);
    const resultText = textOf(action.shadowRoot!.querySelector('.results')!);
    expect(resultText).to.contain('Você não pode alterar as pessoas em cópia.');
    expect(resultText).to.contain('Sem permissão: você não é administrador desta organização');
    const kept = ticketList(el).selectedKeys;
    expect(kept.has(forbidden!.id) && kept.has(broken!.id)).to.equal(true);
    const failedRows = action.shadowRoot!.querySelectorAll('.results li.failed').length;
    expect(failedRows, 'the refused, the 403 and the 500 at least').to.be.at.least(refused.length + 2);
    expect(kept.size, 'exactly the failures stay selected').to.equal(failedRows);
    expect(textOf(action)).to.contain('continuam selecionadas');
    expect(allowed.length).to.be.greaterThan(0);
    // another try of the failures: the 500 now goes through
    await click(buttonIn(action, 'Tentar de novo as que falharam')!);
    await waitUntil(() => sent('PUT', `/v1/tickets/${broken!.id}/ccs`).length === 2, 'the failed ticket was not sent again');
  });

  it('changes the requester of the ticket in the drawer to an active contact of its organization', async () => {
    const { el } = await renderManager({ ticketId: FACTS.tickets.open });
    const drawer = el.shadowRoot!.querySelector('me-drawer')!;
    await waitUntil(() => buttonIn(el.shadowRoot!, 'Trocar solicitante'), 'no requester action in the drawer', { timeout: 8000 });
    await click(buttonIn(el.shadowRoot!, 'Trocar solicitante')!);
    await waitUntil(() => bulkAction(el));
    const action = bulkAction(el);
    await waitForText(action, 'Novo solicitante');
    const field = action.shadowRoot!.querySelector('me-field')!;
    const select = field.shadowRoot!.querySelector('select')!;
    select.focus();
    const target = [...select.options].findIndex((o) => o.textContent!.includes('Carlos Eduardo Lima'));
    while (select.selectedIndex !== target) await sendKeys({ press: 'ArrowDown' });
    await click(buttonIn(action, 'Trocar em 1')!);
    await waitForText(action, 'Pronto: 1 de 1');
    const [put] = sent('PUT', `/v1/tickets/${FACTS.tickets.open}/requester`);
    expect(JSON.parse(await put!.clone().text())).to.deep.equal({ requesterId: FACTS.users.secondAdminA });
    await click(buttonIn(action, 'Fechar')!);
    expect(drawer.open, 'the drawer stays open when the dialog closes').to.equal(true);
    const detail = el.shadowRoot!.querySelector('me-ticket-detail')!;
    await waitForText(detail, 'Carlos Eduardo Lima');
  });

  it('a member sees the tickets but no selection and no admin action', async () => {
    const { el } = await renderManager({ token: FACTS.tokens.member, ticketId: FACTS.tickets.member });
    await waitForRows(el, 3);
    expect(checkbox(rows(el)[0]!)).to.equal(null);
    await waitForText(el, 'Você é membro desta organização');
    expect(buttonIn(el.shadowRoot!, 'Trocar solicitante')).to.equal(undefined);
    expect(buttonIn(el.shadowRoot!, 'Pessoas em cópia')).to.equal(undefined);
  });

  it('keyboard only: select rows with Space, open the CC action, add a person, apply', async function () {
    this.timeout(30000);
    const { el } = await renderManager();
    await filterOrganization(el, 'Metalúrgica');
    await waitUntil(() => rows(el).length >= 3 && rows(el).every((r) => r.textContent!.includes('Metalúrgica')), 'org A rows', { timeout: 8000 });
    dataList(el).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => ticketList(el).selectedKeys.size === 2, 'Space did not select two rows');
    const button = buttonIn(el.shadowRoot!, 'Pessoas em cópia (2)')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bulkAction(el));
    const action = bulkAction(el);
    await waitForText(action, 'Adicionar em cópia');
    const add = [...action.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('me-select')].find((s) => s.label === 'Adicionar em cópia')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => (add as unknown as { values: string[] }).values.length === 1, 'no person chosen by keyboard');
    const apply = buttonIn(action, 'Aplicar em')!;
    apply.focus();
    await sendKeys({ press: 'Enter' });
    await waitForText(action, 'solicitações alteradas', 10000);
    expect(sent('PUT', /\/ccs$/).length).to.be.at.most(2);
    expect(deepActiveElement(), 'focus on the summary').to.equal(action.shadowRoot!.querySelector('.summary'));
  });

  it('states: the list’s error with retry, outside any portal, English and Spanish', async () => {
    injectFault({ method: 'GET', path: '/tickets', query: { scope: 'managed' }, status: 500, times: 1 });
    const { el } = await renderManager();
    await waitUntil(() => buttonIn(dataList(el), 'Tentar novamente'), 'no retry', { timeout: 8000 });
    await click(buttonIn(dataList(el), 'Tentar novamente')!);
    await waitForRows(el, 3);
    const alone = await fixture(html`<me-ticket-manager></me-ticket-manager>`);
    await waitForText(alone, 'me-portal');
    const { el: en } = await renderManager({ locale: 'en' });
    await waitForText(en, 'Manage requests');
    const { el: es } = await renderManager({ locale: 'es' });
    await waitForText(es, 'Gestionar solicitudes');
  });
});
