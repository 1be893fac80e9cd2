/**
 * <me-os-approval>'s states and everything around the decisions: loading, empty, error with
 * retry, no permission (403), misconfigured, malformed payloads, XSS-free text, history and its
 * filters, the detail drawer (deep link) and print, the shared cache, languages and axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultBrowserServices } from '../../../src/core/browser.js';
import '../../../src/modules/os-approval/define.js';
import type { MeOsApproval } from '../../../src/modules/os-approval/me-os-approval.js';
import type { PortalContext } from '../../../src/core/context.js';
import { click, useMouse } from '../../helpers/input.js';
import { FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { ORG, decisionPosts, list, listPath, pendingOrders, renderApproval, rowOf, rows, waitForRows } from './helpers.js';

const stateOf = (el: MeOsApproval) => el.shadowRoot!.querySelector('[part=state]') ?? list(el)?.shadowRoot?.querySelector('[part=state]');

describe('<me-os-approval> states', () => {
  const api = useMockApi();
  useMouse();

  it('misconfigured outside a portal', async () => {
    const el = await fixture<MeOsApproval>(html`<me-os-approval></me-os-approval>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-kind=misconfigured]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('loading, then the pending list with every column (deadline overdue as icon + text)', async () => {
    injectFault({ method: 'GET', path: listPath, delayMs: 400 });
    const { el } = await renderApproval();
    await waitUntil(() => list(el)?.shadowRoot?.querySelector('[aria-busy=true]') || stateOf(el)?.getAttribute('data-kind') === 'loading', 'no loading state');
    await waitForRows(el);
    const [first] = await pendingOrders();
    const text = textOf(rowOf(el, first!.number)!);
    expect(text).to.include(first!.title);
    expect(text).to.include(first!.consultant.name);
    expect(text).to.include('R$');
    expect(text).to.match(/\d+(,\d+)? h/);
    const overdue = rows(el).map((r) => r.querySelector('[data-tone=danger]')).find(Boolean);
    expect(overdue, 'an overdue deadline').to.exist;
    expect(overdue!.textContent).to.include('Vencido em');
    expect(overdue!.querySelector('svg')).to.exist;
    // the tab counts the pending orders (the first page's total)
    expect(textOf(el.shadowRoot!.querySelector('me-tabs')!)).to.include(String((await pendingOrders()).length));
  });

  it('empty', async () => {
    injectFault({ method: 'GET', path: listPath, body: { items: [], page: 1, pageSize: 50, total: 0 }, times: Infinity });
    const { el } = await renderApproval();
    await waitForText(el, 'Nenhuma OS aguardando aprovação.');
  });

  it('error with retry (500), and the retry shows the list', async () => {
    injectFault({ method: 'GET', path: listPath, status: 500, times: 2 });
    const { el } = await renderApproval();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'error', 'no error state', { timeout: 6000 });
    await click(stateOf(el)!.querySelector('button')!);
    await waitForRows(el);
  });

  it('no permission (403 from the server)', async () => {
    injectFault({ method: 'GET', path: listPath, status: 403, times: Infinity });
    const { el } = await renderApproval();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'forbidden', 'no forbidden state', { timeout: 6000 });
  });

  it('an expired session (401) is the portal\'s session state, with nothing of its own sent', async () => {
    const { el } = await renderApproval({ token: FACTS.tokens.expired });
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'error', 'no session error', { timeout: 6000 });
    expect(textOf(stateOf(el)!)).to.include('Sua sessão expirou');
    expect(sent('GET', listPath)).to.have.length(0);
  });

  it('a malformed list is an error naming the field', async () => {
    injectFault({ method: 'GET', path: listPath, body: { items: [{ id: 'x', number: 12 }], page: 1, pageSize: 50, total: 1 }, times: Infinity });
    const { el } = await renderApproval();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'error', 'no error state', { timeout: 6000 });
    expect(textOf(stateOf(el)!)).to.match(/items\.0\.number/);
  });

  it('a 500 on a decision says so on the row; nothing else changes', async () => {
    const [first] = await pendingOrders();
    injectFault({ method: 'POST', path: `/v1/organizations/${ORG}/service-orders/${first!.id}/decision`, status: 500 });
    const { el } = await renderApproval();
    await waitForRows(el);
    await click(rowOf(el, first!.number)!.querySelector('button.os-approve')!);
    await waitForText(rowOf(el, first!.number)!, 'Não foi possível decidir');
  });

  it('members see the list without decision buttons (the server only lets admins decide)', async () => {
    const { el } = await renderApproval({ token: FACTS.tokens.member });
    await waitForRows(el);
    expect(el.shadowRoot!.querySelector('button.os-approve, me-submit-button.bulk-approve')).to.equal(null);
    expect(rows(el)[0]!.querySelector('button.os-approve')).to.equal(null);
    await waitForText(el, 'Somente administradores');
  });

  it('renders service-order text as text (no markup from the server)', async () => {
    const [first] = await pendingOrders();
    const evil = '<img src=x onerror="window.__osXss=1"><b>negrito</b>';
    injectFault({ method: 'GET', path: listPath, body: { items: [{ ...first, title: evil, description: evil, entries: [{ ...first!.entries[0], activity: evil }] }], page: 1, pageSize: 50, total: 1 }, times: Infinity });
    const { el } = await renderApproval();
    await waitForRows(el);
    expect(rows(el)[0]!.textContent).to.include(evil);
    await click(rows(el)[0]!.querySelector('[role=gridcell]:nth-child(3)')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=detail]'), 'no detail');
    const detail = el.shadowRoot!.querySelector('[part=detail]')!;
    expect(detail.querySelector('img, b')).to.equal(null);
    expect(detail.textContent).to.include(evil);
    expect((window as { __osXss?: number }).__osXss).to.equal(undefined);
  });

  it('opens an order with a click on its row: description, entries table, totals; prints it', async () => {
    const prints: Array<{ title: string; body: string }> = [];
    const services = { ...defaultBrowserServices, print: async (title: string, body: string) => { prints.push({ title, body }); } };
    const [first] = await pendingOrders();
    const { el } = await renderApproval({ services });
    await waitForRows(el);
    const opened: Array<string | undefined> = [];
    el.addEventListener('me-os-opened', (e) => opened.push(e.detail.orderId));
    await click(rowOf(el, first!.number)!.querySelector('[role=gridcell]:nth-child(3)')!);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=detail]'), 'no detail');
    const detail = el.shadowRoot!.querySelector('[part=detail]')!;
    expect(detail.textContent).to.include(first!.description);
    expect(detail.querySelectorAll('table.entries tbody tr')).to.have.length(first!.entries.length);
    expect(detail.querySelector('tfoot')!.textContent).to.include('Total');
    expect(opened).to.deep.equal([first!.id]);
    await expect(el).to.be.accessible();
    const printButton = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.drawer-actions button')].find((b) => b.textContent!.includes('Imprimir'))!;
    await click(printButton);
    await waitUntil(() => prints.length === 1, 'nothing printed');
    expect(prints[0]!.title).to.equal(`OS ${first!.number}`);
    expect(prints[0]!.body).to.include(first!.entries[0]!.activity);
  });

  it('prints the whole pending list', async () => {
    const prints: Array<{ title: string; body: string }> = [];
    const services = { ...defaultBrowserServices, print: async (title: string, body: string) => { prints.push({ title, body }); } };
    const orders = await pendingOrders();
    const { el } = await renderApproval({ services });
    await waitForRows(el);
    await click(el.shadowRoot!.querySelector<HTMLButtonElement>('[part=header] button')!);
    await waitUntil(() => prints.length === 1, 'nothing printed', { timeout: 6000 });
    expect(prints[0]!.body.split('<tr>').length - 2).to.equal(orders.length);
  });

  it('a deep link (order-id) opens the order in the drawer', async () => {
    const { el } = await renderApproval({ orderId: FACTS.serviceOrders.rejected });
    await waitUntil(() => el.shadowRoot!.querySelector('[part=detail]'), 'no detail', { timeout: 6000 });
    const decision = el.shadowRoot!.querySelector('[part=detail] .decision')!;
    expect(decision.textContent).to.match(/Rejeitada por .+ em /);
    expect(el.shadowRoot!.querySelector('me-drawer')!.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });

  it('history: approved by default, then rejected; search; who, when and why', async () => {
    const { el } = await renderApproval({ tab: 'history' });
    await waitForRows(el);
    expect(textOf(rows(el)[0]!)).to.include('Aprovada');
    const select = el.shadowRoot!.querySelector('me-select')!;
    select.value = 'rejected';
    select.dispatchEvent(new CustomEvent('change', { detail: { value: 'rejected' } }));
    await waitUntil(() => sent('GET', listPath).some((r) => new URL(r.url).searchParams.get('status') === 'rejected'), 'no rejected query');
    await waitUntil(() => rows(el).length && rows(el).every((r) => textOf(r).includes('Rejeitada')), 'rejected rows never showed', { timeout: 6000 });
    expect(textOf(rows(el)[0]!)).to.match(/\S+ \S+/);
    const search = el.shadowRoot!.querySelector('me-search-field')!;
    search.dispatchEvent(new CustomEvent('me-search', { detail: { value: 'inexistente-xyz' } }));
    await waitForText(el, 'Nenhuma OS corresponde aos filtros.');
    await expect(el).to.be.accessible();
  });

  it('a decision invalidates the pending list, the history and the dashboard in the shared cache', async () => {
    const [first] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el);
    const queryClient = (el as unknown as { portal: PortalContext }).portal.queryClient;
    queryClient.setQueryData(['organizations', ORG, 'dashboard', { from: '2026-11-01' }], { serviceOrders: { pending: 14 } });
    queryClient.setQueryData(['organizations', ORG, 'service-orders', 'history', { status: 'approved' }, 1, 50], { items: [], total: 0, page: 1, pageSize: 50 });
    await click(rowOf(el, first!.number)!.querySelector('button.os-approve')!);
    await waitUntil(() => queryClient.getQueryState(['organizations', ORG, 'dashboard', { from: '2026-11-01' }])?.isInvalidated, 'the dashboard was not invalidated', { timeout: 6000 });
    expect(queryClient.getQueryState(['organizations', ORG, 'service-orders', 'history', { status: 'approved' }, 1, 50])?.isInvalidated).to.equal(true);
    await waitUntil(() => !rowOf(el, first!.number), 'the pending list did not refresh', { timeout: 6000 });
    expect(decisionPosts()).to.have.length(1);
  });

  it('speaks English and Spanish', async () => {
    for (const [locale, title, approve] of [['en', 'Approve service orders', 'Approve'], ['es', 'Aprobar OS', 'Aprobar']] as const) {
      const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale=${locale}><me-os-approval style="width: 1100px"></me-os-approval></me-portal>`);
      const el = portal.querySelector<MeOsApproval>('me-os-approval')!;
      await waitForRows(el);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(title);
      expect(rows(el)[0]!.querySelector('button.os-approve')!.textContent!.trim()).to.equal(approve);
    }
  });

  it('is accessible (list with selection and row buttons, reject dialog)', async () => {
    const { el } = await renderApproval();
    await waitForRows(el, 3);
    await expect(el).to.be.accessible();
    await click(rows(el)[0]!.querySelector('button.os-reject')!);
    await waitUntil(() => el.shadowRoot!.querySelector('me-dialog.reject-dialog')!.shadowRoot!.querySelector('dialog')!.open, 'no dialog');
    await expect(el).to.be.accessible();
    await networkIdle();
  });

  void api;
});
